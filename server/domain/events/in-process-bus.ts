import "server-only";
import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import type { DomainEvent, EventBus, EventEnvelope } from "./events";

/** One process (the embedded database): events go straight from publisher to subscribers. */
export function createInProcessBus(): EventBus {
  const emitter = new EventEmitter();
  // Every open page holds a listener; thousands are expected, not a leak.
  emitter.setMaxListeners(0);
  const origin = randomUUID().slice(0, 8);
  let seq = 0;
  return {
    kind: "in-process",
    async publish(events: DomainEvent[]) {
      const envelopes = events.map((event): EventEnvelope => ({
        id: `${origin}-${++seq}`,
        publishedAt: Date.now(),
        event,
      }));
      // Delivered on the next turn of the event loop: writing an event into thousands of open
      // streams takes a while, and the request that caused it should answer first.
      setImmediate(() => {
        for (const envelope of envelopes) emitter.emit("event", envelope);
      });
    },
    settled() {
      // Deliveries are queued with setImmediate, in order: this one runs after them.
      return new Promise((resolve) => setImmediate(resolve));
    },
    subscribe(listener) {
      emitter.on("event", listener);
      return () => emitter.off("event", listener);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}
