import "server-only";
import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import type { Client, Pool } from "pg";
import type { OnStatement } from "@/db/client";
import type { DomainEvent, EventBus, EventEnvelope } from "./events";
import { log } from "@/server/log";

export const EVENTS_CHANNEL = "mostrador_events";
/** NOTIFY payloads must stay under 8000 bytes; events are a few hundred at most. */
const MAX_PAYLOAD = 7_500;
/**
 * A NOTIFY's commit holds a lock that every notifying commit in the database waits for, so it
 * must not also wait for the disk: events are sent after the change they announce has committed
 * (durably), and a notification lost in a crash costs nothing, since pages refetch when their
 * stream reconnects. Measured: with the commit flushed to disk, NOTIFY capped the whole
 * database at about 670 orders a second here.
 */
const NOTIFY = "select pg_notify($1, $2), set_config('synchronous_commit', 'off', true)";

/**
 * Many processes over one PostgreSQL: events go out with NOTIFY and come back to every process
 * (this one included) through one LISTEN connection per process, so all subscribers see the
 * same stream in the same order. The listener reconnects with backoff if the connection drops.
 * `onStatement` hears each NOTIFY as it is sent (the bench counts statements per operation).
 */
export async function createPostgresBus(url: string, opts: { onStatement?: OnStatement } = {}): Promise<EventBus> {
  const { default: pg } = await import("pg");
  const pool: Pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on("error", (err) => log.error({ err }, "event bus: idle connection failed"));
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const origin = randomUUID().slice(0, 8);
  let seq = 0;
  let listener: Client | null = null;
  let closed = false;
  let retry = 0;

  async function listen() {
    const client = new pg.Client({ connectionString: url });
    client.on("notification", (message) => {
      if (message.channel !== EVENTS_CHANNEL || !message.payload) return;
      try {
        for (const envelope of JSON.parse(message.payload) as EventEnvelope[]) emitter.emit("event", envelope);
      } catch (err) {
        log.error({ err }, "event bus: unreadable notification");
      }
    });
    client.on("error", (err) => log.error({ err }, "event bus: listener failed"));
    client.on("end", () => {
      if (closed) return;
      listener = null;
      const wait = Math.min(30_000, 250 * 2 ** retry++);
      setTimeout(() => void listen().catch(() => undefined), wait).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    listener = client;
    retry = 0;
  }
  await listen();

  /**
   * Publishes that arrive while a NOTIFY is on its way go out together in the next one, as few
   * as fit under the payload limit. Each commit is announced by at most one NOTIFY, and commits
   * that land at the same moment share one: NOTIFY serialises every notifying commit in the
   * database, so the fewer there are, the more orders the database can take.
   */
  let waiting: { envelopes: EventEnvelope[]; sent: () => void; failed: (err: unknown) => void }[] = [];
  let sending = false;
  async function sendWaiting() {
    if (sending) return;
    sending = true;
    try {
      while (waiting.length) {
        const taken = waiting;
        waiting = [];
        try {
          for (const batch of underPayloadLimit(taken.flatMap((w) => w.envelopes))) {
            opts.onStatement?.(NOTIFY);
            await pool.query(NOTIFY, [EVENTS_CHANNEL, JSON.stringify(batch)]);
          }
          for (const w of taken) w.sent();
        } catch (err) {
          for (const w of taken) w.failed(err);
        }
      }
    } finally {
      sending = false;
    }
  }

  async function settled() {
    while (sending || waiting.length) await new Promise((resolve) => setTimeout(resolve, 1));
  }

  return {
    kind: "postgres",
    publish(events: DomainEvent[]) {
      const envelopes = events.map((event): EventEnvelope => ({
        id: `${origin}-${++seq}`,
        publishedAt: Date.now(),
        event,
      }));
      return new Promise<void>((sent, failed) => {
        waiting.push({ envelopes, sent, failed });
        void sendWaiting();
      });
    },
    settled,
    subscribe(handler) {
      emitter.on("event", handler);
      return () => emitter.off("event", handler);
    },
    async close() {
      await settled();
      closed = true;
      emitter.removeAllListeners();
      await listener?.end().catch(() => undefined);
      await pool.end();
    },
  };
}

/** Envelopes in order, in batches whose JSON stays under NOTIFY's payload limit. */
function underPayloadLimit(envelopes: EventEnvelope[]): EventEnvelope[][] {
  const batches: EventEnvelope[][] = [];
  let batch: EventEnvelope[] = [];
  let size = 2;
  for (const envelope of envelopes) {
    const length = JSON.stringify(envelope).length + 1;
    if (batch.length && size + length > MAX_PAYLOAD) {
      batches.push(batch);
      batch = [];
      size = 2;
    }
    batch.push(envelope);
    size += length;
  }
  if (batch.length) batches.push(batch);
  return batches;
}
