import "server-only";
import { on } from "node:events";
import { EventEmitter } from "node:events";
import type { DomainEvent, EventBus, EventEnvelope } from "./events";
import { createInProcessBus } from "./in-process-bus";

const holder = globalThis as { __mostradorEventBus?: EventBus };

/** The process's bus: in-process until the server opens PostgreSQL and installs its own. */
export function eventBus(): EventBus {
  return (holder.__mostradorEventBus ??= createInProcessBus());
}

export function setEventBus(bus: EventBus) {
  holder.__mostradorEventBus = bus;
}

/**
 * Publishes after commit. The change is already saved, so a failure to announce it is logged,
 * not thrown: pages refetch on reconnect, the stream only makes them faster.
 */
export async function publish(...events: DomainEvent[]) {
  if (!events.length) return;
  try {
    await eventBus().publish(events);
  } catch (err) {
    console.error("[events] publish failed", err);
  }
}

/** The bus's events as an async iterable, until `signal` aborts: what a subscription loops over. */
export async function* eventStream(signal: AbortSignal | undefined, accept: (event: DomainEvent) => boolean) {
  const local = new EventEmitter();
  const unsubscribe = eventBus().subscribe((envelope) => {
    if (accept(envelope.event)) local.emit("event", envelope);
  });
  try {
    for await (const [envelope] of on(local, "event", { signal })) yield envelope as EventEnvelope;
  } catch (err) {
    if ((err as Error).name !== "AbortError") throw err;
  } finally {
    unsubscribe();
  }
}
