/**
 * Live updates: how soon a committed stock change reaches a subscriber in another process, and
 * how many idle subscribers one app instance holds and at what memory each. Figures only; the
 * run fails only when an event is lost.
 *
 *   npm run bench                                       # after bench/orders.ts
 *   BENCH_EVENTS=5000 BENCH_EVENT_INTERVAL_MS=0 BENCH_SUBSCRIBERS=5000 npm run bench
 */
import { fanOut, SUBSCRIBERS } from "./fan-out";
import { EVENTS, INTERVAL_MS, inProcessLatency, postgresLatency, type LatencyResult } from "./latency";

const ms = (n: number) => n.toFixed(3);
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function printLatency(results: LatencyResult[]) {
  const floor = results[0]!.median;
  console.table(
    results.map((r) => ({
      bus: r.bus,
      "sent / delivered": `${r.sent} / ${r.delivered}`,
      "events / s": r.eventsPerSecond.toFixed(0),
      "median ms": ms(r.median),
      "p90 ms": ms(r.p90),
      "p99 ms": ms(r.p99),
      "max ms": ms(r.max),
      "median : in-process": (r.median / floor).toFixed(0),
    })),
  );
  const offset = results.find((r) => r.clockOffsetMs !== undefined)?.clockOffsetMs;
  console.log(
    "Time from a stock change's COMMIT returning to a subscriber holding its event, every event delivered" +
      (offset === undefined ? "." : `; the two processes' clocks agree within ${Math.abs(offset).toFixed(3)} ms.`),
  );
}

async function main() {
  console.log(
    `\nLive updates: ${EVENTS} committed stock changes, one every ${INTERVAL_MS} ms after the last was published\n`,
  );
  const results = [await inProcessLatency()];
  const postgres = await postgresLatency();
  if (postgres) results.push(postgres);
  printLatency(results);

  console.log(`\nLive updates: ${SUBSCRIBERS} idle live.stock streams on one app instance (PGlite), then one order\n`);
  const f = await fanOut();
  console.table([
    {
      "streams open": f.subscribers,
      "opened in s": f.connectSeconds.toFixed(1),
      "server RSS before MiB": mib(f.rssBefore),
      "after MiB": mib(f.rssAfter),
      "KiB / stream": ((f.rssAfter - f.rssBefore) / f.subscribers / 1024).toFixed(1),
      "heard the order": `${f.received} / ${f.subscribers}`,
      "placeOrder ms": f.placeOrderMs.toFixed(1),
      "first heard ms": f.firstMs.toFixed(1),
      "last heard ms": f.lastMs.toFixed(1),
      "first → last ms": (f.lastMs - f.firstMs).toFixed(1),
    },
  ]);
  console.log(
    "Server memory each idle stream adds, and time from sending placeOrder until the first and the last stream held its stock event.",
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
