import "server-only";
import { on } from "node:events";
import { EventEmitter } from "node:events";
import type { DomainEvent, EventBus, EventEnvelope } from "./events";
import { createInProcessBus } from "./in-process-bus";
import { log } from "@/server/log";

const holder = globalThis as { __mostradorEventBus?: EventBus; __mostradorShutdown?: AbortController };

/** Aborted when the process is asked to stop: every open stream ends so the server can drain. */
function shutdown(): AbortController {
  return (holder.__mostradorShutdown ??= new AbortController());
}

/** Thrown into every open stream at shutdown; the client reconnects (to this instance's successor). */
export class StreamsClosing extends Error {
  constructor() {
    super("This server is restarting; reconnect.");
    this.name = "StreamsClosing";
  }
}

/** Ends every open stream (at SIGTERM): a server holding event streams would otherwise never drain. */
export function closeAllStreams() {
  shutdown().abort();
}

/** The process's bus: in-process until the server opens PostgreSQL and installs its own. */
export function eventBus(): EventBus {
  return (holder.__mostradorEventBus ??= createInProcessBus());
}

export function setEventBus(bus: EventBus) {
  holder.__mostradorEventBus = bus;
}

/**
 * Publishes after commit. The change is already saved, and nothing the caller answers depends on
 * the announcement, so this hands the events to the bus and returns: on PostgreSQL they go out
 * with the next NOTIFY, shared with whatever else commits meanwhile. A failure to announce is
 * logged, never thrown: pages refetch on reconnect, the stream only makes them faster.
 */
export async function publish(...events: DomainEvent[]) {
  if (!events.length) return;
  try {
    eventBus()
      .publish(events)
      .catch((err: unknown) => log.error({ err }, "publishing events failed"));
  } catch (err) {
    log.error({ err }, "publishing events failed");
  }
}

/** The bus's events as an async iterable, until `signal` aborts: what a subscription loops over. */
export async function* eventStream(signal: AbortSignal | undefined, accept: (event: DomainEvent) => boolean) {
  const closing = shutdown().signal;
  if (closing.aborted) throw new StreamsClosing();
  const local = new EventEmitter();
  const unsubscribe = eventBus().subscribe((envelope) => {
    if (accept(envelope.event)) local.emit("event", envelope);
  });
  try {
    for await (const [envelope] of on(local, "event", {
      signal: signal ? AbortSignal.any([signal, closing]) : closing,
    }))
      yield envelope as EventEnvelope;
  } catch (err) {
    if ((err as Error).name !== "AbortError") throw err;
    // The subscriber left: end quietly. The server is stopping: tell the client to come back.
    if (closing.aborted && !signal?.aborted) throw new StreamsClosing();
  } finally {
    unsubscribe();
  }
}
