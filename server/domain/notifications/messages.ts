import "server-only";
import { asc, eq } from "drizzle-orm";
import { groupOpeningHours } from "@/lib/hours";
import { formatMoney } from "@/lib/money";
import { location, order, orderLine, type Location, type Order, type OrderLine } from "@/db/schema";
import type { Tx } from "@/db/client";
import { queueNotification } from "./outbox";

type Context = { order: Order; store: Location; lines: OrderLine[] };

/** What a message about an order needs, read inside the transaction that changed it. */
async function loadContext(tx: Tx, orderId: string): Promise<Context> {
  const [row] = await tx
    .select({ order, store: location })
    .from(order)
    .innerJoin(location, eq(location.id, order.locationId))
    .where(eq(order.id, orderId));
  if (!row) throw new Error(`order ${orderId} vanished inside its own transaction`);
  const lines = await tx.select().from(orderLine).where(eq(orderLine.orderId, orderId)).orderBy(asc(orderLine.sku));
  return { ...row, lines };
}

const money = (c: Context, minor: number) => formatMoney(minor, c.order.currency);
const hello = (c: Context) => `Hello ${c.order.contactName.trim().split(/\s+/)[0] || "there"},`;
const itemName = (l: Pick<OrderLine, "productName" | "size" | "colour">) =>
  [l.productName, [l.colour, l.size].filter(Boolean).join(", ")].filter(Boolean).join(" — ");
const signOff = "Mostrador";

function storeBlock(c: Context) {
  const hours = groupOpeningHours(c.store.openingHours).map((h) => `  ${h.days}: ${h.hours}`);
  return [
    `${c.store.name}`,
    `${c.store.addressLine}, ${c.store.postalCode} ${c.store.city}`,
    ...(c.store.phone ? [`Phone: ${c.store.phone}`] : []),
    "Opening hours:",
    ...hours,
  ].join("\n");
}

/** Units still coming to the counter: everything not found missing. */
function keptLines(c: Context) {
  return c.lines
    .filter((l) => l.quantity - l.missingQuantity > 0)
    .map((l) => `  ${l.quantity - l.missingQuantity} × ${itemName(l)}`);
}

function toWhom(c: Context) {
  return { orderId: c.order.id, customerId: c.order.customerId, toEmail: c.order.email };
}

/** Paid at pickup: the date the store keeps it until (expiry.ts), in the store's time. */
function collectByLines(c: Context) {
  if (!c.order.collectBy || c.order.paymentStatus !== "pending") return [];
  const when = new Intl.DateTimeFormat("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: c.store.timezone,
  }).format(c.order.collectBy);
  return [`Collect it by ${when}: after that the order expires and the items go back on the shelves.`];
}

/** "Your order MAD-1234 is ready for pickup at …", with the code to show and the store's hours. */
export async function queueOrderReady(tx: Tx, orderId: string) {
  const c = await loadContext(tx, orderId);
  const pay =
    c.order.paymentMethod === "pay_at_pickup"
      ? `Pay ${money(c, c.order.totalMinor)} at the counter, by card or cash.`
      : `Total: ${money(c, c.order.totalMinor)}, charged to your card when you collect.`;
  const missing = c.lines.filter((l) => l.missingQuantity > 0);
  return queueNotification(tx, {
    kind: "order_ready",
    ...toWhom(c),
    subject: `Your order ${c.order.number} is ready for pickup at ${c.store.name}`,
    body: [
      hello(c),
      "",
      `Your order ${c.order.number} is ready for pickup at ${c.store.name}.`,
      "",
      `Your pickup code: ${c.order.pickupCode ?? "—"}`,
      "Show it (or the QR code on your order page) at the counter.",
      "",
      "Waiting for you:",
      ...keptLines(c),
      ...(missing.length
        ? ["", "Not available (not charged):", ...missing.map((l) => `  ${l.missingQuantity} × ${itemName(l)}`)]
        : []),
      "",
      pay,
      ...collectByLines(c),
      "",
      storeBlock(c),
      "",
      signOff,
    ].join("\n"),
  });
}

/** Some units could not be found: what is missing, that it is not charged, and the new total. */
export async function queueLinesMissing(tx: Tx, orderId: string, missing: { line: OrderLine; quantity: number }[]) {
  const c = await loadContext(tx, orderId);
  return queueNotification(tx, {
    kind: "lines_missing",
    ...toWhom(c),
    subject: `Some items in your order ${c.order.number} are unavailable`,
    body: [
      hello(c),
      "",
      `We’re sorry: while preparing your order ${c.order.number} at ${c.store.name} we couldn’t find:`,
      ...missing.map((m) => `  ${m.quantity} × ${itemName(m.line)} (${money(c, m.quantity * m.line.unitPriceMinor)})`),
      "",
      "You won’t be charged for them.",
      `New total: ${money(c, c.order.totalMinor)}`,
      "",
      "Still coming:",
      ...keptLines(c),
      "",
      "We’ll write again when your order is ready to collect.",
      "",
      signOff,
    ].join("\n"),
  });
}

/** The order ended before collection: cancelled (by staff, or nothing could be found) or expired. */
export async function queueOrderEnded(
  tx: Tx,
  orderId: string,
  ending: { status: "cancelled" | "expired"; note: string },
) {
  const c = await loadContext(tx, orderId);
  const paid =
    c.order.paymentMethod === "card"
      ? "The amount held on your card is released: you have not been charged."
      : "Nothing was charged.";
  const expired = ending.status === "expired";
  return queueNotification(tx, {
    kind: expired ? "order_expired" : "order_cancelled",
    ...toWhom(c),
    subject: expired ? `Your order ${c.order.number} was not collected` : `Your order ${c.order.number} was cancelled`,
    body: [
      hello(c),
      "",
      expired
        ? `Your order ${c.order.number} wasn’t collected in time, so the items went back on the shelves at ${c.store.name}.`
        : `Your order ${c.order.number} for pickup at ${c.store.name} was cancelled.`,
      ...(expired ? [] : [`Reason: ${ending.note}`]),
      "",
      paid,
      "",
      signOff,
    ].join("\n"),
  });
}

/** Goods came back at a counter: what was returned, and where the money goes. */
export async function queueRefundIssued(
  tx: Tx,
  orderId: string,
  refund: {
    storeName: string;
    lines: { line: OrderLine; quantity: number; amountMinor: number }[];
    refundMinor: number;
    method: "card" | "cash" | "pay_at_pickup";
  },
) {
  const c = await loadContext(tx, orderId);
  const where =
    refund.method === "card" ? "to the card you paid with (it can take a few days to show)" : "in cash at the counter";
  return queueNotification(tx, {
    kind: "refund_issued",
    ...toWhom(c),
    subject: `Your return for order ${c.order.number}: ${money(c, refund.refundMinor)} refunded`,
    body: [
      hello(c),
      "",
      `You returned at ${refund.storeName}:`,
      ...refund.lines.map((r) => `  ${r.quantity} × ${itemName(r.line)} (${money(c, r.amountMinor)})`),
      "",
      `Refund: ${money(c, refund.refundMinor)}, ${where}.`,
      "",
      signOff,
    ].join("\n"),
  });
}
