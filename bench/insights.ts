/**
 * Insights over the demo year (db/seed/history.ts), on PGlite and on PostgreSQL at
 * BENCH_DATABASE_URL / TEST_DATABASE_URL: the rollup refresh (the first, over the whole year; after
 * a few new orders; with nothing new), each dashboard call's p50 and p95 over BENCH_INSIGHTS_RUNS
 * runs for the last 30 days and the last year (goal: p95 ≤ 300 ms), and web checkout's latency
 * with and without the scheduler's paced refreshes running beside it, each of the last
 * BENCH_INSIGHTS_TOUCHED_DAYS days (goal: p95 within 1.5×). A miss prints FAIL; the
 * run still succeeds, it is a report.
 *
 *   npx tsx --conditions=react-server bench/insights.ts
 *   BENCH_INSIGHTS_SCALE=0.1 BENCH_INSIGHTS_RUNS=10 npx tsx --conditions=react-server bench/insights.ts
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openPglite, openPostgres, queryRows, type Database, type Db } from "@/db/client";
import { seed } from "@/db/seed/seed";
import { seedHistory } from "@/db/seed/history";
import { addItem } from "@/server/domain/cart/cart";
import { placeOrder } from "@/server/domain/checkout/checkout";
import type { Shopper } from "@/server/domain/customers/shopper";
import { clickAndCollectFigures } from "@/server/domain/insights/click-and-collect";
import { channelMixFigures } from "@/server/domain/insights/channel-mix";
import { customerInsights } from "@/server/domain/insights/customer";
import { clickAndCollectInput, insightsRangeInput, salesInput } from "@/server/domain/insights/inputs";
import { ropoFigures } from "@/server/domain/insights/ropo";
import { funnelFigures, searchFigures } from "@/server/domain/insights/search";
import { REFRESH_PACE, refreshSales } from "@/server/domain/insights/rollup";
import { salesFigures } from "@/server/domain/insights/sales";
import { createTestPaymentProvider } from "@/server/domain/payments/test-provider";
import { pickupOrder } from "./orders-shop";
import { createTempDatabase } from "./temp-postgres";

/** What a dashboard call is given: a range of Madrid days, and a store to filter by. */
type Range = { from: string; to: string };
type Refs = { storeId: string; categoryId: string; customerId: string };

/** The dashboard's calls, one line each. */
const DASHBOARD: Array<{ label: string; call: (db: Db, range: Range, refs: Refs) => Promise<unknown> }> = [
  { label: "sales", call: (db, r) => salesFigures(db, salesInput.parse(r)) },
  { label: "sales by week", call: (db, r) => salesFigures(db, salesInput.parse({ ...r, by: "week" })) },
  { label: "sales, one store", call: (db, r, s) => salesFigures(db, salesInput.parse({ ...r, storeId: s.storeId })) },
  { label: "sales, web", call: (db, r) => salesFigures(db, salesInput.parse({ ...r, channel: "web" })) },
  { label: "click-and-collect", call: (db, r) => clickAndCollectFigures(db, clickAndCollectInput.parse(r)) },
  {
    label: "click-and-collect, one store",
    call: (db, r, s) => clickAndCollectFigures(db, clickAndCollectInput.parse({ ...r, storeId: s.storeId })),
  },
  {
    label: "sales, one category",
    call: (db, r, s) => salesFigures(db, salesInput.parse({ ...r, categoryId: s.categoryId })),
  },
  { label: "channel mix and cohorts", call: (db, r) => channelMixFigures(db, insightsRangeInput.parse(r)) },
  { label: "web-to-store and attach", call: (db, r) => ropoFigures(db, insightsRangeInput.parse(r)) },
  { label: "search", call: (db, r) => searchFigures(db, insightsRangeInput.parse(r)) },
  { label: "funnel", call: (db, r) => funnelFigures(db, insightsRangeInput.parse(r)) },
  { label: "one customer (the year's best)", call: (db, _r, s) => customerInsights(db, s.customerId) },
];

const SCALE = Number(process.env.BENCH_INSIGHTS_SCALE ?? 1);
const RUNS = Number(process.env.BENCH_INSIGHTS_RUNS ?? 30);
/** Web orders placed one after another, timed, without and then with refreshes running. */
const PLACEMENTS = Number(process.env.BENCH_INSIGHTS_ORDERS ?? 60);
const QUERY_GOAL_MS = 300;
const CHECKOUT_GOAL = 1.5;

const madridDay = (daysAgo: number) =>
  new Date(Date.now() - daysAgo * 86_400_000).toLocaleDateString("en-CA", { timeZone: "Europe/Madrid" });
const RANGES: Array<{ label: string; range: Range }> = [
  { label: "30 days", range: { from: madridDay(29), to: madridDay(0) } },
  { label: "year", range: { from: madridDay(364), to: madridDay(0) } },
];

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

type Latency = { p50: number; p95: number };
const latency = (times: number[]): Latency => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};

type Report = {
  driver: string;
  seedSeconds: number;
  orders: number;
  interactions: number;
  refreshes: Array<{ label: string; ms: number; days: number }>;
  queries: Array<{ label: string; range: string } & Latency>;
  checkout: { alone: Latency; refreshing: Latency & { orders: number }; refreshes: number };
};

/** A web shopper with one unit of a well-stocked variant in the cart, ready to check out at `storeId`. */
async function shoppers(db: Db, count: number, variantId: string): Promise<Shopper[]> {
  const out: Shopper[] = [];
  for (let i = 0; i < count; i++) {
    const shopper: Shopper = { kind: "guest", id: randomUUID() };
    await addItem(db, shopper, variantId, 1);
    out.push(shopper);
  }
  return out;
}

/** Places each shopper's order in turn, each timed. */
async function placeAll(db: Db, list: Shopper[], storeId: string) {
  const payments = createTestPaymentProvider();
  const times: number[] = [];
  for (const shopper of list)
    times.push((await timed(() => placeOrder(db, shopper, pickupOrder(storeId), payments))).ms);
  return times;
}

/** Every day of the year changed again (an order a day touched), so the next refresh recomputes them all. */
/** One order of each of the last `days` days changes (a busy minute: picked, ready, collected, shipped). */
const touchDays = (db: Db, days: number) =>
  db.execute(sql`
    update "order" set updated_at = now() where id in (
      select distinct on ((placed_at at time zone 'Europe/Madrid')::date) id from "order"
       where placed_at > now() - make_interval(days => ${days}) order by (placed_at at time zone 'Europe/Madrid')::date, id)`);
/** How many days each refresh beside checkout recomputes. */
const TOUCHED_DAYS = Number(process.env.BENCH_INSIGHTS_TOUCHED_DAYS ?? 7);

async function run(driver: string, database: Database): Promise<Report> {
  const { db } = database;
  await seed(db);
  process.stdout.write(`${driver}: demo history at scale ${SCALE}… `);
  const history = await seedHistory(db, { scale: SCALE, refresh: false });
  process.stdout.write(
    `${history.orders.toLocaleString("en-GB")} orders in ${history.seconds.toFixed(0)} s; refreshing… `,
  );

  const [store] = await queryRows<{ id: string; variantId: string }>(
    db,
    sql`select l.id, (select v.id from variant v join product p on p.id = v.product_id
                       where p.web_from is not null and v.archived_at is null order by v.sku limit 1) as "variantId"
          from location l where l.slug = 'madrid'`,
  );
  const { id: storeId, variantId } = store!;
  // Shelves the bench cannot empty: its orders are about time, not stock.
  await db.execute(
    sql`update stock_level set on_hand = 1000000 where variant_id = ${variantId} and location_id = ${storeId}`,
  );

  const refreshes: Report["refreshes"] = [];
  const refreshOnce = async (label: string) => {
    const { ms, result } = await timed(() => refreshSales(db));
    refreshes.push({ label, ms, days: result.days });
  };
  await refreshOnce("first, over the year");
  await placeAll(db, await shoppers(db, 5, variantId), storeId);
  await refreshOnce("after 5 new orders");
  await refreshOnce("nothing new since");
  const [refs] = await queryRows<{ categoryId: string; customerId: string }>(
    db,
    sql`select (select id from category order by sort_order limit 1) as "categoryId",
          (select customer_id from customer_day group by customer_id order by sum(revenue_minor) desc limit 1) as "customerId"`,
  );
  const given: Refs = { storeId, ...refs! };

  process.stdout.write("dashboard… ");
  const queries: Report["queries"] = [];
  for (const { label, range } of RANGES) {
    for (const d of DASHBOARD) {
      await d.call(db, range, given); // plans and caches warm
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push((await timed(() => d.call(db, range, given))).ms);
      queries.push({ label: d.label, range: label, ...latency(times) });
    }
  }

  process.stdout.write("checkout… ");
  const warm = await shoppers(db, 10, variantId);
  await placeAll(db, warm, storeId);
  const alone = latency(await placeAll(db, await shoppers(db, PLACEMENTS, variantId), storeId));
  // Beside refreshes back to back as the app's scheduler runs them (paced, REFRESH_PACE), each of
  // the last TOUCHED_DAYS days: as many orders as alone, and more until three refreshes have run.
  const waiting = await shoppers(db, PLACEMENTS * 5, variantId);
  let placing = true;
  let refreshed = 0;
  const loop = (async () => {
    while (placing) {
      await touchDays(db, TOUCHED_DAYS);
      await refreshSales(db, { pace: REFRESH_PACE });
      refreshed += 1;
    }
  })();
  const payments = createTestPaymentProvider();
  const times: number[] = [];
  for (const shopper of waiting) {
    if (times.length >= PLACEMENTS && refreshed >= 3) break;
    times.push((await timed(() => placeOrder(db, shopper, pickupOrder(storeId), payments))).ms);
  }
  const refreshing = latency(times);
  placing = false;
  await loop;
  console.log("done.");
  const [counted] = await queryRows<{ orders: number; interactions: number }>(
    db,
    sql`select (select count(*)::int from "order") as orders, (select count(*)::int from interaction) as interactions`,
  );
  return {
    driver,
    seedSeconds: history.seconds,
    orders: counted!.orders,
    interactions: counted!.interactions,
    refreshes,
    queries,
    checkout: { alone, refreshing: { ...refreshing, orders: times.length }, refreshes: refreshed },
  };
}

const ms = (n: number) => (n >= 100 ? `${n.toFixed(0)} ms` : `${n.toFixed(1)} ms`);
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");

function print(reports: Report[]) {
  console.log(`\nInsights over the demo year (scale ${SCALE}), ${RUNS} runs per call; goal p95 ≤ ${QUERY_GOAL_MS} ms`);
  for (const r of reports) {
    console.log(
      `\n${r.driver}: ${r.orders.toLocaleString("en-GB")} orders, ${r.interactions.toLocaleString("en-GB")} interactions (history written in ${r.seedSeconds.toFixed(0)} s)`,
    );
    console.log("  rollup refresh:");
    for (const f of r.refreshes)
      console.log(`    ${f.label.padEnd(24)} ${ms(f.ms).padStart(10)}  (${f.days} days recomputed)`);
    console.log(`  ${"dashboard call".padEnd(30)} ${"range".padEnd(8)} ${"p50".padStart(10)} ${"p95".padStart(10)}`);
    for (const q of r.queries) {
      console.log(
        `  ${q.label.padEnd(30)} ${q.range.padEnd(8)} ${ms(q.p50).padStart(10)} ${ms(q.p95).padStart(10)}  ${verdict(q.p95 <= QUERY_GOAL_MS)}`,
      );
    }
    const { alone, refreshing, refreshes } = r.checkout;
    const ratio = refreshing.p95 / alone.p95;
    console.log(`  placeOrder, one after another:`);
    console.log(`    ${PLACEMENTS} alone`.padEnd(38) + `p50 ${ms(alone.p50)}, p95 ${ms(alone.p95)}`);
    console.log(
      `    ${refreshing.orders} beside ${refreshes} paced ${TOUCHED_DAYS}-day refreshes`.padEnd(38) +
        `p50 ${ms(refreshing.p50)}, p95 ${ms(refreshing.p95)}  ` +
        `(p50 ${(refreshing.p50 / alone.p50).toFixed(2)}×, p95 ${ratio.toFixed(2)}×; goal ≤ ${CHECKOUT_GOAL}×)  ${verdict(ratio <= CHECKOUT_GOAL)}`,
    );
  }
}

async function main() {
  const reports: Report[] = [];
  // On disk, as the demo runs: a year of history is more than a test's in-memory database holds.
  const dir = await mkdtemp(path.join(tmpdir(), "mostrador-bench-insights-"));
  const pglite = await openPglite(dir);
  try {
    reports.push(await run("pglite", pglite));
  } finally {
    await pglite.close();
    await rm(dir, { recursive: true, force: true });
  }
  const temp = await createTempDatabase();
  if (temp) {
    const pg = await openPostgres(temp.url);
    try {
      reports.push(await run("postgres", pg));
    } finally {
      await pg.close();
      await temp.drop();
    }
  }
  print(reports);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
