import { clsx } from "clsx";
import type { RouterOutputs } from "@/app/_lib/types";
import { statusWords } from "@/lib/order-status";
import { Badge, type BadgeTone } from "@/ui/badge";

/** What the shop sends for one of the customer's orders (type-only). */
export type OrderData = RouterOutputs["orders"]["get"];
export type OrderStatus = OrderData["status"];

export const STATUS_LABELS: Record<OrderStatus, string> = statusWords("label");

export const CHANNEL_LABELS: Record<OrderData["channel"], string> = { web: "Online", store: "In store" };

export { isClosed } from "@/lib/order-status";

const tone: Record<OrderStatus, BadgeTone> = {
  placed: "neutral",
  picking: "low",
  ready: "ok",
  collected: "quiet",
  shipped: "low",
  delivered: "quiet",
  cancelled: "out",
  expired: "out",
};

export function OrderStatusBadge({ status, className }: { status: OrderStatus; className?: string }) {
  return (
    <Badge tone={tone[status]} className={clsx("ring-1 ring-inset", className)}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}

export function ChannelBadge({ channel }: { channel: OrderData["channel"] }) {
  return (
    <span className="inline-flex items-center rounded-full border border-stone-200 px-2 py-0.5 text-xs font-medium text-stone-600">
      {CHANNEL_LABELS[channel]}
    </span>
  );
}

/** How the customer gets it, in a few words: "Click & collect · Madrid", "Delivery", "Bought in store · Madrid". */
export function fulfilmentLabel(order: Pick<OrderData, "channel" | "fulfilment" | "location">): string {
  if (order.fulfilment === "delivery") return "Delivery";
  if (order.channel === "store") return `Bought in store · ${order.location.name}`;
  return `Click & collect · ${order.location.name}`;
}

/** The state of the money, in the customer's words. */
export function paymentInWords(order: Pick<OrderData, "paymentMethod" | "paymentStatus" | "fulfilment">): string {
  const { paymentMethod: method, paymentStatus: status, fulfilment } = order;
  switch (status) {
    case "authorized":
      return fulfilment === "delivery"
        ? "Card authorised — charged when we send it"
        : "Card authorised — charged when you collect";
    case "pending":
      return method === "pay_at_pickup" ? "Pay at the counter when you collect" : "Payment pending";
    case "paid":
      return method === "cash" ? "Paid in cash" : method === "pay_at_pickup" ? "Paid at the counter" : "Paid by card";
    case "voided":
      return "Payment cancelled — you were not charged";
    case "refunded":
      return "Refunded";
  }
}

/** Each order's times are shown in its location's time zone, where the customer collects or it ships from. */
export function orderDateTime(date: Date, timeZone: string, withYear = false): string {
  return dateTimeFormat(timeZone, withYear).format(date);
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(timeZone: string, withYear: boolean) {
  const key = `${timeZone}:${withYear}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      day: "numeric",
      month: "short",
      ...(withYear ? { year: "numeric" } : {}),
      hour: "2-digit",
      minute: "2-digit",
    };
    try {
      format = new Intl.DateTimeFormat("en-GB", { ...options, timeZone });
    } catch {
      format = new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "Europe/Madrid" });
    }
    formats.set(key, format);
  }
  return format;
}
