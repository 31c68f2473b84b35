import "server-only";

/**
 * What changed, published after the transaction that changed it commits. Payloads stay small:
 * ids and new values; a subscriber that needs more reads it. `owner` fields ("customer:<id>" or
 * "guest:<hash>") let subscriptions filter per shopper; they never reach a browser.
 */
export type DomainEvent =
  | { type: "stock.changed"; variantId: string; locationId: string; available: number }
  | { type: "price.changed"; variantId: string; amountMinor: number; currency: string }
  | { type: "cart.updated"; cartId: string; owner: string }
  | { type: "order.updated"; orderId: string; number: string; status: string; owner: string | null; locationId: string }
  | { type: "pickup.queue"; locationId: string }
  /** What shows or sells changed (publication, content, variants, prices): pages showing these refetch. */
  | { type: "catalog.changed"; productIds: string[]; variantIds: string[] };

export type EventType = DomainEvent["type"];

/** An event as delivered: an id unique across processes, and when it was published (ms). */
export type EventEnvelope = { id: string; publishedAt: number; event: DomainEvent };

export interface EventBus {
  readonly kind: "in-process" | "postgres";
  publish(events: DomainEvent[]): Promise<void>;
  /** Resolves once everything published so far has gone out (tests, the bench, a stopping server). */
  settled(): Promise<void>;
  /** Calls the listener for every event from every process; returns the unsubscribe. */
  subscribe(listener: (envelope: EventEnvelope) => void): () => void;
  close(): Promise<void>;
}
