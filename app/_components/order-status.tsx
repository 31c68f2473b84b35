import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import type { RouterOutputs } from "@/app/_lib/types";
import type { Locale } from "@/i18n/locales";
import { formatDateWith } from "@/lib/format";
import { Badge, type BadgeTone } from "@/ui/badge";

/** What the shop sends for one of the customer's orders (type-only). */
export type OrderData = RouterOutputs["orders"]["get"];
export type OrderStatus = OrderData["status"];

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
  const t = useTranslations("common.orderStatus.label");
  return (
    <Badge tone={tone[status]} className={clsx("ring-1 ring-inset", className)}>
      {t(status)}
    </Badge>
  );
}

export function ChannelBadge({ channel }: { channel: OrderData["channel"] }) {
  const t = useTranslations("common.channel");
  return (
    <span className="inline-flex items-center rounded-full border border-stone-200 px-2 py-0.5 text-xs font-medium text-stone-600">
      {t(channel)}
    </span>
  );
}

type StatusForm = "label" | "step" | "atCounter";

/**
 * An order's words in the reader's language, for pages (server or client) and their strings:
 * `words.status("ready")` is "Listo para recoger" / "Ready to collect".
 */
export function useOrderWords() {
  const t = useTranslations("common");
  return {
    status: (status: OrderStatus, form: StatusForm = "label") => t(`orderStatus.${form}.${status}`),
    channel: (channel: OrderData["channel"]) => t(`channel.${channel}`),
    /** How the customer gets it: "Recogida en tienda · Madrid", "Envío a domicilio", "Comprado en tienda · Madrid". */
    fulfilment(order: Pick<OrderData, "channel" | "fulfilment" | "location">): string {
      if (order.fulfilment === "delivery") return t("fulfilment.delivery");
      return t(order.channel === "store" ? "fulfilment.counter" : "fulfilment.pickup", { store: order.location.name });
    },
    /** The state of the money, in the customer's words. */
    payment(order: Pick<OrderData, "paymentMethod" | "paymentStatus" | "fulfilment">): string {
      const { paymentMethod: method, paymentStatus: status, fulfilment } = order;
      switch (status) {
        case "authorized":
          return t(fulfilment === "delivery" ? "payment.authorizedDelivery" : "payment.authorizedPickup");
        case "pending":
          return t(method === "pay_at_pickup" ? "payment.pendingAtPickup" : "payment.pending");
        case "paid":
          return t(
            method === "cash"
              ? "payment.paidCash"
              : method === "pay_at_pickup"
                ? "payment.paidAtCounter"
                : "payment.paidCard",
          );
        case "voided":
          return t("payment.voided");
        case "refunded":
          return t("payment.refunded");
      }
    },
  };
}

/** Each order's times are shown in its location's time zone, where the customer collects or it ships from. */
export function orderDateTime(date: Date, timeZone: string, withYear = false, locale: Locale = "en"): string {
  const options: Intl.DateTimeFormatOptions = {
    day: "numeric",
    month: "short",
    ...(withYear ? { year: "numeric" } : {}),
    hour: "2-digit",
    minute: "2-digit",
  };
  try {
    return formatDateWith(date, locale, options, { timeZone });
  } catch {
    // A location whose zone this platform does not know: the shop's own.
    return formatDateWith(date, locale, options);
  }
}
