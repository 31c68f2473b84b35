/**
 * A second process listening on the PostgreSQL bus, forked by bench/latency.ts. It notes when each
 * `stock.changed` arrives (the sequence number rides in `available`) and hands the list back over
 * IPC only when asked, so reporting never competes with receiving.
 *
 *   argv[2]: the database URL. Messages in: ping, collect. Out: ready, pong, received.
 */
import { createPostgresBus } from "@/server/domain/events/postgres-bus";

export type ToSubscriber = { type: "ping" } | { type: "collect"; expected: number };
export type FromSubscriber =
  { type: "ready" } | { type: "pong"; at: number } | { type: "received"; receipts: [seq: number, at: number][] };

/** Wall-clock ms with sub-ms precision, comparable between processes on one machine. */
const now = () => performance.timeOrigin + performance.now();
/** After the last event, how long a straggler is waited for before the count is final. */
const QUIET_MS = 3_000;

const url = process.argv[2];
if (!url || !process.send) throw new Error("Run by bench/latency.ts with a database URL and an IPC channel.");
const send = (message: FromSubscriber) => process.send!(message);

const bus = await createPostgresBus(url);
const receipts: [number, number][] = [];
let lastAt = now();
bus.subscribe(({ event }) => {
  if (event.type !== "stock.changed") return;
  lastAt = now();
  receipts.push([event.available, lastAt]);
});

process.on("message", async (message: ToSubscriber) => {
  if (message.type === "ping") return send({ type: "pong", at: now() });
  while (receipts.length < message.expected && now() - lastAt < QUIET_MS) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  send({ type: "received", receipts });
  await bus.close();
  process.disconnect();
});

// LISTEN is in place once createPostgresBus resolves: from here on nothing is missed.
send({ type: "ready" });
