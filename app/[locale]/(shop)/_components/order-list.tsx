import { ChevronRight, ShoppingBag } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/money";
import {
  ChannelBadge,
  orderDateTime,
  OrderStatusBadge,
  useOrderWords,
  type OrderData,
} from "@/app/_components/order-status";
import { Link } from "@/i18n/navigation";
import { OrderTimeline } from "./order-timeline";
import { buttonClasses } from "@/ui/button";

/** The customer's orders from every channel, newest first, each with where it stands. */
export function OrderList({ orders, headingLevel: H = "h3" }: { orders: OrderData[]; headingLevel?: "h2" | "h3" }) {
  const t = useTranslations("shop.orders");
  const locale = useLocale();
  const words = useOrderWords();
  if (!orders.length) {
    return (
      <div className="flex flex-col items-center rounded-2xl border border-dashed border-stone-300 px-6 py-10 text-center">
        <ShoppingBag aria-hidden="true" className="size-8 text-stone-400" />
        <p className="mt-3 font-medium text-stone-950">{t("none")}</p>
        <p className="mt-1 max-w-sm text-sm text-stone-600">{t("noneText")}</p>
        <Link href="/" className={buttonClasses({ size: "sm", className: "mt-5" })}>
          {t("startShopping")}
        </Link>
      </div>
    );
  }
  return (
    <ul className="space-y-3">
      {orders.map((order) => {
        const count = order.lines.reduce((n, l) => n + l.quantity, 0);
        return (
          <li
            key={order.id}
            className="group relative rounded-2xl border border-stone-200 p-4 transition-colors hover:border-stone-400 sm:p-5"
          >
            <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
              <div className="min-w-0">
                <H className="font-semibold text-stone-950">
                  {/* The link covers the card, so the whole card is one target. */}
                  <Link
                    href={`/orders/${order.number}`}
                    className="after:absolute after:inset-0 after:rounded-2xl focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:outline-accent-700"
                  >
                    {t("order", { number: order.number })}
                  </Link>
                </H>
                <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600">
                  <time dateTime={order.placedAt.toISOString()}>
                    {orderDateTime(order.placedAt, order.location.timezone, true, locale)}
                  </time>
                  <ChannelBadge channel={order.channel} />
                </p>
              </div>
              <div className="flex items-center gap-3">
                <OrderStatusBadge status={order.status} />
                <p className="font-semibold text-stone-950 tabular-nums">
                  {formatMoney(order.total.amountMinor, order.total.currency)}
                </p>
                <ChevronRight
                  aria-hidden="true"
                  className="hidden size-4 text-stone-400 transition-colors group-hover:text-stone-900 sm:block"
                />
              </div>
            </div>
            <p className="mt-2 text-sm text-stone-600">
              {words.fulfilment(order)} · {t("items", { count })}
            </p>
            <OrderTimeline
              compact
              fulfilment={order.fulfilment}
              soldAtCounter={order.soldAtCounter}
              status={order.status}
              timeline={order.timeline}
              timeZone={order.location.timezone}
              className="mt-4 max-w-md"
            />
          </li>
        );
      })}
    </ul>
  );
}
