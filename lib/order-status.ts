/** An order's statuses (db/schema/orders.ts order_status; server/domain/orders checks they agree). */
export const ORDER_STATUSES = [
  "placed",
  "picking",
  "ready",
  "collected",
  "shipped",
  "delivered",
  "cancelled",
  "expired",
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

type StatusWords = {
  /** A badge the customer and staff read: "Ready to collect". */
  label: string;
  /** A step on the order's timeline: "Ready". */
  step: string;
  /** Returns at the counter, where a placed order and one being picked are the same to the customer. */
  atCounter: string;
  /** Inside a sentence: "Order MAD-1042 is ready for pickup, so it can’t…". */
  inSentence: string;
};

/** Each status in the words of every place that shows it: a new status is one more row here. */
export const ORDER_STATUS_WORDS: Record<OrderStatus, StatusWords> = {
  placed: { label: "Placed", step: "Placed", atCounter: "Being prepared", inSentence: "new" },
  picking: { label: "Being picked", step: "Picking", atCounter: "Being prepared", inSentence: "being picked" },
  ready: { label: "Ready to collect", step: "Ready", atCounter: "Ready for pickup", inSentence: "ready for pickup" },
  collected: { label: "Collected", step: "Collected", atCounter: "Collected", inSentence: "collected" },
  shipped: { label: "Shipped", step: "Shipped", atCounter: "On its way", inSentence: "shipped" },
  delivered: { label: "Delivered", step: "Delivered", atCounter: "Delivered", inSentence: "delivered" },
  cancelled: { label: "Cancelled", step: "Cancelled", atCounter: "Cancelled", inSentence: "cancelled" },
  expired: { label: "Not collected", step: "Expired", atCounter: "Expired", inSentence: "expired" },
};

/** One form of every status, as a table: `statusWords("label").ready` is "Ready to collect". */
export function statusWords(form: keyof StatusWords): Record<OrderStatus, string> {
  return Object.fromEntries(ORDER_STATUSES.map((s) => [s, ORDER_STATUS_WORDS[s][form]])) as Record<OrderStatus, string>;
}

/** The order is over: nothing more will happen to it. */
export function isClosed(status: OrderStatus): boolean {
  return status === "collected" || status === "delivered" || status === "cancelled" || status === "expired";
}
