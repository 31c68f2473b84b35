import { ArrowLeft, CalendarClock, CircleCheck, CreditCard, MapPin, Truck, User } from "lucide-react";
import type { Metadata } from "next";
import { useLocale, useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import { formatDateWith } from "@/lib/format";
import { groupOpeningHours, todaysHours } from "@/lib/hours";
import { isOrderNumber } from "@/lib/order-number";
import { firstName } from "@/lib/words";
import { OrderSummary } from "@/app/[locale]/(shop)/_components/order-summary";
import { LiveOrder } from "@/app/_components/live";
import {
  isClosed,
  orderDateTime,
  OrderStatusBadge,
  useOrderWords,
  type OrderData,
} from "@/app/_components/order-status";
import { OrderTimeline } from "@/app/[locale]/(shop)/_components/order-timeline";
import { PickupCode } from "@/app/[locale]/(shop)/orders/[number]/_components/pickup-code";
import { auth } from "@/server/auth";
import { api, orNotFound } from "@/trpc/server";
import { firstValue, type RawSearchParams } from "../../_lib/search-params";
import { buttonClasses } from "@/ui/button";

// An order is one customer's: never cached, always read with their session.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ number: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { number } = await params;
  const t = await getTranslations("checkout.order");
  return {
    title: isOrderNumber(number) ? t("heading", { number: number.toUpperCase() }) : t("metaTitle"),
    robots: { index: false },
  };
}

export default async function OrderPage({ params, searchParams }: Props) {
  const { number } = await params;
  // The same shape the orders router accepts; anything else is a page that does not exist.
  if (!isOrderNumber(number)) notFound();
  const [order, session, raw, locale, t, tr] = await Promise.all([
    orNotFound(api.orders.get({ number })),
    auth(),
    searchParams,
    getLocale(),
    getTranslations("checkout.order"),
    getTranslations("checkout.receive"),
  ]);
  const justPlaced = firstValue(raw, "placed") === "1" && order.status === "placed";
  const signedIn = !!session?.user?.id;
  const tz = order.location.timezone;
  const showCode =
    order.fulfilment === "pickup" && !!order.pickupCode && !isClosed(order.status) && !order.soldAtCounter;
  /** Paid at pickup and still open: the store keeps it until this date. */
  const keptUntil =
    order.collectBy && order.paymentStatus === "pending" && !isClosed(order.status) ? order.collectBy : null;
  const name = firstName(order.contactName);
  const store = order.location.name;
  const thanks = t.rich("thanks", {
    hasName: name ? "yes" : "no",
    name,
    number: order.number,
    nowrap: (chunks) => <span className="whitespace-nowrap">{chunks}</span>,
  });
  const placed = t.rich(order.channel === "store" ? "placedAtCounter" : "placedOnline", {
    date: orderDateTime(order.placedAt, tz, true, locale),
    store,
    time: (chunks) => <time dateTime={order.placedAt.toISOString()}>{chunks}</time>,
  });
  const kept = keptUntil
    ? t.rich("keptUntil", {
        date: orderDateTime(keptUntil, tz, true, locale),
        strong: (chunks) => <strong className="font-semibold text-stone-950">{chunks}</strong>,
        time: (chunks) => <time dateTime={keptUntil.toISOString()}>{chunks}</time>,
      })
    : null;

  return (
    <div className="mx-auto max-w-6xl px-4 pt-6 pb-16 sm:px-6 lg:px-10 lg:pt-10 lg:pb-24">
      <Link
        href={signedIn ? "/account#orders" : "/orders"}
        className="inline-flex min-h-11 items-center gap-1.5 text-sm text-stone-600 underline-offset-4 hover:text-stone-950 hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("back")}
      </Link>

      <header className="mt-2">
        {justPlaced ? (
          <>
            <p className="inline-flex items-center gap-1.5 text-sm font-medium text-ok">
              <CircleCheck aria-hidden="true" className="size-4" />
              {t("confirmed")}
            </p>
            <h1 className="mt-2 text-[1.75rem] leading-tight font-semibold tracking-tight text-balance text-stone-950 sm:text-4xl">
              {thanks}
            </h1>
          </>
        ) : (
          <>
            <div className="flex flex-wrap items-center gap-3">
              <h1 className="text-3xl font-semibold tracking-tight text-stone-950 sm:text-4xl">
                {t("heading", { number: order.number })}
              </h1>
              <OrderStatusBadge status={order.status} />
            </div>
            <p className="mt-2 text-sm text-stone-500">{placed}</p>
          </>
        )}
        <p className="mt-3 max-w-2xl text-base leading-relaxed text-stone-700">
          {t(`status.${statusKey(order)}`, { store })}
        </p>
        {kept ? (
          <p className="mt-3 inline-flex max-w-2xl items-start gap-2 rounded-2xl bg-stone-100 px-4 py-3 text-sm leading-relaxed text-stone-800">
            <CalendarClock aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-stone-500" />
            <span>{kept}</span>
          </p>
        ) : null}
      </header>

      <div className="mt-8 grid gap-6 lg:mt-10 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <div className="space-y-6">
          {showCode && order.pickupCode ? (
            <section
              aria-labelledby="code-heading"
              className="rounded-3xl border border-stone-200 bg-stone-50 p-6 sm:p-8"
            >
              <h2 id="code-heading" className="sr-only">
                {t("code.heading")}
              </h2>
              <PickupCode orderNumber={order.number} code={order.pickupCode} storeName={store} />
            </section>
          ) : null}

          <section aria-labelledby="progress-heading" className="rounded-3xl border border-stone-200 p-6 sm:p-8">
            <div className="flex items-center justify-between gap-3">
              <h2 id="progress-heading" className="text-lg font-semibold text-stone-950">
                {t("progress")}
              </h2>
              {isClosed(order.status) ? null : <LiveOrder number={order.number} />}
            </div>
            <OrderTimeline
              fulfilment={order.fulfilment}
              soldAtCounter={order.soldAtCounter}
              status={order.status}
              timeline={order.timeline}
              timeZone={tz}
              className="mt-5"
            />
          </section>

          <OrderSummary
            heading={t("items")}
            // Units the store couldn't find are shown, but neither charged nor handed over.
            lines={order.lines.map((l) => ({
              ...l,
              key: l.variantId,
              href: `/p/${l.slug}`,
              problem: l.missing ? t("missing", { count: l.missing }) : null,
            }))}
            subtotal={order.subtotal}
            fulfilment={
              order.soldAtCounter
                ? null
                : { label: tr(order.fulfilment === "delivery" ? "delivery" : "pickup"), cost: order.shipping }
            }
            total={order.total}
            className="sm:p-8"
          />
        </div>

        <aside className="space-y-6" aria-label={t("details")}>
          {order.fulfilment === "pickup" ? <StoreCard order={order} /> : <DeliveryCard order={order} />}
          <PaymentCard order={order} />

          <section aria-labelledby="contact-heading" className="rounded-3xl border border-stone-200 p-6">
            <h2 id="contact-heading" className="flex items-center gap-2 text-base font-semibold text-stone-950">
              <User aria-hidden="true" className="size-4 text-stone-500" />
              {t("contact")}
            </h2>
            <p className="mt-2 text-sm text-stone-900">{order.contactName}</p>
            <p className="text-sm break-all text-stone-600">{order.email}</p>
          </section>

          <Link href="/" className={buttonClasses({ variant: "secondary", className: "flex" })}>
            {t("continue")}
          </Link>
        </aside>
      </div>
    </div>
  );
}

/** Which of checkout.order.status says where the order stands. */
function statusKey(order: OrderData) {
  if (order.soldAtCounter && order.status === "collected") return "counter";
  if (order.status === "placed") return order.fulfilment === "pickup" ? "placedPickup" : "placedDelivery";
  return order.status;
}

function PaymentCard({ order }: { order: OrderData }) {
  const t = useTranslations("checkout.order");
  const words = useOrderWords();
  return (
    <section aria-labelledby="payment-heading" className="rounded-3xl border border-stone-200 p-6">
      <h2 id="payment-heading" className="flex items-center gap-2 text-base font-semibold text-stone-950">
        <CreditCard aria-hidden="true" className="size-4 text-stone-500" />
        {t("payment")}
      </h2>
      <p className="mt-2 text-sm text-stone-700">{words.payment(order)}</p>
    </section>
  );
}

/** lib/hours names days in English ("Mon–Sat"): each in the reader's words ("lun–sáb"). */
const WEEK = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
function dayNames(days: string, locale: Locale): string {
  return days
    .split("–")
    .map((day) => {
      const index = WEEK.indexOf(day);
      // 1 January 2024 was a Monday.
      const date = new Date(Date.UTC(2024, 0, 1 + index, 12));
      return index < 0 ? day : formatDateWith(date, locale, { weekday: "short" }, { timeZone: "UTC" });
    })
    .join("–");
}

function StoreCard({ order }: { order: OrderData }) {
  const t = useTranslations("checkout");
  const locale = useLocale();
  const { location } = order;
  const today = todaysHours(location.openingHours, location.timezone);
  return (
    <section aria-labelledby="store-heading" className="rounded-3xl border border-stone-200 p-6">
      <h2 id="store-heading" className="flex items-center gap-2 text-base font-semibold text-stone-950">
        <MapPin aria-hidden="true" className="size-4 text-accent-600" />
        {t(order.channel === "store" ? "order.store" : "order.pickUpAt")}
      </h2>
      <p className="mt-2 text-sm font-medium text-stone-950">{location.name}</p>
      <address className="text-sm text-stone-600 not-italic">
        {location.addressLine}
        <br />
        {location.city}
      </address>
      <p className="mt-3 text-sm text-stone-700">
        {today ? t("receive.openToday", { hours: today }) : t("receive.closedToday")}
      </p>
      <dl className="mt-3 space-y-1 text-sm">
        {groupOpeningHours(location.openingHours).map((h) => (
          <div key={h.days} className="flex justify-between gap-4">
            <dt className="text-stone-500">{dayNames(h.days, locale)}</dt>
            <dd className="text-stone-800 tabular-nums">{h.hours === "Closed" ? t("order.closed") : h.hours}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function DeliveryCard({ order }: { order: OrderData }) {
  const t = useTranslations("checkout");
  const address = order.deliveryAddress;
  return (
    <section aria-labelledby="delivery-heading" className="rounded-3xl border border-stone-200 p-6">
      <h2 id="delivery-heading" className="flex items-center gap-2 text-base font-semibold text-stone-950">
        <Truck aria-hidden="true" className="size-4 text-accent-600" />
        {t("order.deliveringTo")}
      </h2>
      {address ? (
        <address className="mt-2 text-sm leading-relaxed text-stone-700 not-italic">
          <span className="font-medium text-stone-950">{address.name}</span>
          <br />
          {address.line1}
          {address.line2 ? (
            <>
              <br />
              {address.line2}
            </>
          ) : null}
          <br />
          {address.postalCode} {address.city}
          <br />
          {address.country === "ES" ? t("fields.spain") : address.country}
          {address.phone ? (
            <>
              <br />
              {address.phone}
            </>
          ) : null}
        </address>
      ) : (
        <p className="mt-2 text-sm text-stone-600">{t("order.noAddress")}</p>
      )}
    </section>
  );
}
