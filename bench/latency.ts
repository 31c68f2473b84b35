/**
 * Commit-to-delivery latency of a `stock.changed` event: from the moment the transaction that
 * changed stock has committed to the moment a subscriber holds the event. On PostgreSQL the
 * subscriber is another process (LISTEN/NOTIFY, as between app instances); on PGlite it is the
 * same process (the in-process bus), which is the floor the ratio is taken against.
 */
import { fork, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { openPglite, openPostgres, type Database, type Db } from "@/db/client";
import { stockLevel } from "@/db/schema";
import { seed } from "@/db/seed/seed";
import type { StockKey } from "@/server/domain/events/announce";
import type { EventBus } from "@/server/domain/events/events";
import { createInProcessBus } from "@/server/domain/events/in-process-bus";
import { createPostgresBus } from "@/server/domain/events/postgres-bus";
import type { FromSubscriber, ToSubscriber } from "./subscriber";
import { createTempDatabase } from "./temp-postgres";

export const EVENTS = Number(process.env.BENCH_EVENTS ?? 1000);
/** A pause between events, so the figure is delivery time rather than the depth of a queue. */
export const INTERVAL_MS = Number(process.env.BENCH_EVENT_INTERVAL_MS ?? 2);

export type LatencyResult = {
  bus: string;
  sent: number;
  delivered: number;
  eventsPerSecond: number;
  median: number;
  p90: number;
  p99: number;
  max: number;
  /** Cross-process only: how far the subscriber's clock reads from ours, by IPC round trip. */
  clockOffsetMs?: number;
};

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function oneStockRow(db: Db): Promise<StockKey> {
  await seed(db);
  const [row] = await db
    .select({ variantId: stockLevel.variantId, locationId: stockLevel.locationId })
    .from(stockLevel)
    .limit(1);
  if (!row) throw new Error("The seed left no stock to change.");
  return row;
}

/** Commits a one-row change, then publishes its event as checkout does; returns each commit time. */
async function sendAll(db: Db, bus: EventBus, key: StockKey) {
  const committed: number[] = [];
  const started = performance.now();
  for (let seq = 0; seq < EVENTS; seq++) {
    await db.transaction(async (tx) => {
      await tx
        .update(stockLevel)
        .set({ updatedAt: sql`now()` })
        .where(and(eq(stockLevel.variantId, key.variantId), eq(stockLevel.locationId, key.locationId)));
    });
    committed.push(now());
    // The sequence number rides in `available`, so a receipt can be matched to its commit.
    await bus.publish([{ type: "stock.changed", ...key, available: seq }]);
    if (INTERVAL_MS > 0) await sleep(INTERVAL_MS);
  }
  return { committed, seconds: (performance.now() - started) / 1000 };
}

function summarise(bus: string, committed: number[], seconds: number, receipts: [number, number][]): LatencyResult {
  const seen = new Set<number>();
  const latencies: number[] = [];
  for (const [seq, at] of receipts) {
    const sentAt = committed[seq];
    if (sentAt === undefined || seen.has(seq)) throw new Error(`${bus}: unexpected or duplicate event ${seq}`);
    seen.add(seq);
    latencies.push(at - sentAt);
  }
  if (seen.size !== committed.length)
    throw new Error(`${bus}: LOST EVENTS — ${committed.length} sent, ${seen.size} delivered`);
  latencies.sort((a, b) => a - b);
  return {
    bus,
    sent: committed.length,
    delivered: seen.size,
    eventsPerSecond: committed.length / seconds,
    median: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
  };
}

/** PGlite serves one process, so its bus is an in-process emitter: the floor. */
export async function inProcessLatency(): Promise<LatencyResult> {
  const database = await openPglite("memory://");
  const bus = createInProcessBus();
  try {
    const key = await oneStockRow(database.db);
    const receipts: [number, number][] = [];
    bus.subscribe(({ event }) => {
      if (event.type === "stock.changed") receipts.push([event.available, now()]);
    });
    const { committed, seconds } = await sendAll(database.db, bus, key);
    return summarise("in-process (PGlite)", committed, seconds, receipts);
  } finally {
    await bus.close();
    await database.close();
  }
}

function request(child: ChildProcess, message: ToSubscriber): Promise<FromSubscriber> {
  const reply = once(child, "message") as Promise<[FromSubscriber]>;
  child.send(message);
  return reply.then(([m]) => m);
}

/** The subscriber's clock minus ours, from the ping with the shortest round trip (error ≤ half of it). */
async function clockOffset(child: ChildProcess) {
  let best = { rtt: Infinity, offset: NaN };
  for (let i = 0; i < 50; i++) {
    const t0 = now();
    const pong = await request(child, { type: "ping" });
    const t1 = now();
    if (pong.type === "pong" && t1 - t0 < best.rtt) best = { rtt: t1 - t0, offset: pong.at - (t0 + t1) / 2 };
  }
  return best.offset;
}

/** Two processes on one PostgreSQL: this one commits and publishes, a forked one listens. */
export async function postgresLatency(): Promise<LatencyResult | null> {
  const temp = await createTempDatabase();
  if (!temp) return null;
  let database: Database | undefined;
  let bus: EventBus | undefined;
  let child: ChildProcess | undefined;
  try {
    database = await openPostgres(temp.url, { max: 2 });
    const key = await oneStockRow(database.db);
    child = fork(path.join(import.meta.dirname, "subscriber.ts"), [temp.url], {
      execArgv: ["--import", "tsx", "--conditions=react-server"],
    });
    const [ready] = (await Promise.race([once(child, "message"), once(child, "exit").then(() => [null])])) as [
      FromSubscriber | null,
    ];
    if (ready?.type !== "ready") throw new Error("The subscriber process did not start.");
    const offset = await clockOffset(child);

    bus = await createPostgresBus(temp.url);
    const { committed, seconds } = await sendAll(database.db, bus, key);
    const reply = await request(child, { type: "collect", expected: committed.length });
    if (reply.type !== "received") throw new Error(`The subscriber answered ${reply.type}.`);
    return { ...summarise("PostgreSQL, other process", committed, seconds, reply.receipts), clockOffsetMs: offset };
  } finally {
    if (child && child.exitCode === null) child.kill();
    await bus?.close();
    await database?.close();
    await temp.drop();
  }
}
