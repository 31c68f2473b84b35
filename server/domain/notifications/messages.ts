import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Locale } from "@/i18n/locales";
import { formatDateWith } from "@/lib/format";
import { groupOpeningHours } from "@/lib/hours";
import { formatMoney } from "@/lib/money";
import { location, order, orderLine, type Location, type Order, type OrderLine } from "@/db/schema";
import type { Tx } from "@/db/client";
import { queueNotification } from "./outbox";
import { emailWords, greeting, type EmailWords } from "./words";

/** An order's messages are in the language it was placed in (order.locale), whoever triggers them. */
type Context = { order: Order; store: Location; lines: OrderLine[]; locale: Locale; t: EmailWords };

/** What a message about an order needs, read inside the transaction that changed it. */
async function loadContext(tx: Tx, orderId: string): Promise<Context> {
  const [row] = await tx
    .select({ order, store: location })
    .from(order)
    .innerJoin(location, eq(location.id, order.locationId))
    .where(eq(order.id, orderId));
  if (!row) throw new Error(`order ${orderId} vanished inside its own transaction`);
  const lines = await tx.select().from(orderLine).where(eq(orderLine.orderId, orderId)).orderBy(asc(orderLine.sku));
  const locale = row.order.locale;
  return { ...row, lines, locale, t: emailWords(locale) };
}

const money = (c: Context, minor: number) => formatMoney(minor, c.order.currency);
const hello = (c: Context) => greeting(c.t, c.order.contactName);
const itemName = (l: Pick<OrderLine, "productName" | "size" | "colour">) =>
  [l.productName, [l.colour, l.size].filter(Boolean).join(", ")].filter(Boolean).join(" — ");
const signOff = (c: Context) => c.t("email.signOff");

function storeBlock(c: Context) {
  const hours = groupOpeningHours(c.store.openingHours, { locale: c.locale, closed: c.t("email.closed") }).map(
    (h) => `  ${h.days}: ${h.hours}`,
  );
  return [
    `${c.store.name}`,
    `${c.store.addressLine}, ${c.store.postalCode} ${c.store.city}`,
    ...(c.store.phone ? [c.t("email.storePhone", { phone: c.store.phone })] : []),
    c.t("email.openingHours"),
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
  const when = formatDateWith(
    c.order.collectBy,
    c.locale,
    { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" },
    { timeZone: c.store.timezone },
  );
  return [c.t("email.collectBy", { when })];
}

/** "Your order MAD-1234 is ready for pickup at …", with the code to show and the store's hours. */
export async function queueOrderReady(tx: Tx, orderId: string) {
  const c = await loadContext(tx, orderId);
  const total = money(c, c.order.totalMinor);
  const pay = c.t(
    c.order.paymentMethod === "pay_at_pickup" ? "email.orderReady.payAtCounter" : "email.orderReady.chargedOnCollect",
    { total },
  );
  const said = { number: c.order.number, store: c.store.name };
  const missing = c.lines.filter((l) => l.missingQuantity > 0);
  return queueNotification(tx, {
    kind: "order_ready",
    ...toWhom(c),
    subject: c.t("email.orderReady.subject", said),
    body: [
      hello(c),
      "",
      c.t("email.orderReady.intro", said),
      "",
      c.t("email.orderReady.code", { code: c.order.pickupCode ?? "—" }),
      c.t("email.orderReady.showCode"),
      "",
      c.t("email.orderReady.waiting"),
      ...keptLines(c),
      ...(missing.length
        ? ["", c.t("email.orderReady.notAvailable"), ...missing.map((l) => `  ${l.missingQuantity} × ${itemName(l)}`)]
        : []),
      "",
      pay,
      ...collectByLines(c),
      "",
      storeBlock(c),
      "",
      signOff(c),
    ].join("\n"),
  });
}

/** Some units could not be found: what is missing, that it is not charged, and the new total. */
export async function queueLinesMissing(tx: Tx, orderId: string, missing: { line: OrderLine; quantity: number }[]) {
  const c = await loadContext(tx, orderId);
  return queueNotification(tx, {
    kind: "lines_missing",
    ...toWhom(c),
    subject: c.t("email.linesMissing.subject", { number: c.order.number }),
    body: [
      hello(c),
      "",
      c.t("email.linesMissing.intro", { number: c.order.number, store: c.store.name }),
      ...missing.map((m) => `  ${m.quantity} × ${itemName(m.line)} (${money(c, m.quantity * m.line.unitPriceMinor)})`),
      "",
      c.t("email.linesMissing.notCharged"),
      c.t("email.linesMissing.newTotal", { total: money(c, c.order.totalMinor) }),
      "",
      c.t("email.linesMissing.stillComing"),
      ...keptLines(c),
      "",
      c.t("email.linesMissing.willWrite"),
      "",
      signOff(c),
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
  const paid = c.t(c.order.paymentMethod === "card" ? "email.orderEnded.released" : "email.orderEnded.nothingCharged");
  const expired = ending.status === "expired";
  const said = { number: c.order.number, store: c.store.name };
  return queueNotification(tx, {
    kind: expired ? "order_expired" : "order_cancelled",
    ...toWhom(c),
    subject: c.t(expired ? "email.orderEnded.subjectExpired" : "email.orderEnded.subjectCancelled", said),
    body: [
      hello(c),
      "",
      c.t(expired ? "email.orderEnded.expired" : "email.orderEnded.cancelled", said),
      ...(expired ? [] : [c.t("email.orderEnded.reason", { note: ending.note })]),
      "",
      paid,
      "",
      signOff(c),
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
  const where = c.t(refund.method === "card" ? "email.refund.toCard" : "email.refund.inCash");
  const amount = money(c, refund.refundMinor);
  return queueNotification(tx, {
    kind: "refund_issued",
    ...toWhom(c),
    subject: c.t("email.refund.subject", { number: c.order.number, amount }),
    body: [
      hello(c),
      "",
      c.t("email.refund.returnedAt", { store: refund.storeName }),
      ...refund.lines.map((r) => `  ${r.quantity} × ${itemName(r.line)} (${money(c, r.amountMinor)})`),
      "",
      c.t("email.refund.refund", { amount, where }),
      "",
      signOff(c),
    ].join("\n"),
  });
}
