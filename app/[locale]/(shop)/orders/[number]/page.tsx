import { ArrowLeft, CalendarClock, CircleCheck, CreditCard, MapPin, Truck, User } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { groupOpeningHours, todaysHours } from "@/lib/hours";
import { isOrderNumber } from "@/lib/order-number";
import { firstName } from "@/lib/words";
import { OrderSummary } from "@/app/[locale]/(shop)/_components/order-summary";
import { LiveOrder } from "@/app/_components/live";
import {
  isClosed,
  orderDateTime,
  OrderStatusBadge,
  paymentInWords,
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
  return { title: isOrderNumber(number) ? `Order ${number.toUpperCase()}` : "Order", robots: { index: false } };
}

export default async function OrderPage({ params, searchParams }: Props) {
  const { number } = await params;
  // The same shape the orders router accepts; anything else is a page that does not exist.
  if (!isOrderNumber(number)) notFound();
  const [order, session, raw] = await Promise.all([orNotFound(api.orders.get({ number })), auth(), searchParams]);
  const justPlaced = firstValue(raw, "placed") === "1" && order.status === "placed";
  const signedIn = !!session?.user?.id;
  const tz = order.location.timezone;
  const showCode =
    order.fulfilment === "pickup" && !!order.pickupCode && !isClosed(order.status) && !order.soldAtCounter;
  /** Paid at pickup and still open: the store keeps it until this date. */
  const keptUntil =
    order.collectBy && order.paymentStatus === "pending" && !isClosed(order.status) ? order.collectBy : null;

  return (
    <div className="mx-auto max-w-6xl px-4 pt-6 pb-16 sm:px-6 lg:px-10 lg:pt-10 lg:pb-24">
      <Link
        href={signedIn ? "/account#orders" : "/orders"}
        className="inline-flex min-h-11 items-center gap-1.5 text-sm text-stone-600 underline-offset-4 hover:text-stone-950 hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        Your orders
      </Link>

      <header className="mt-2">
        {justPlaced ? (
          <>
            <p className="inline-flex items-center gap-1.5 text-sm font-medium text-ok">
              <CircleCheck aria-hidden="true" className="size-4" />
              Order confirmed
            </p>
            <h1 className="mt-2 text-[1.75rem] leading-tight font-semibold tracking-tight text-balance text-stone-950 sm:text-4xl">
              Thank you{firstName(order.contactName) ? `, ${firstName(order.contactName)}` : ""} — order{" "}
              <span className="whitespace-nowrap">{order.number}</span> is placed
            </h1>
          </>
        ) : (
          <>
            <div className="flex flex-wrap items-center gap-3">
              <h1 className="text-3xl font-semibold tracking-tight text-stone-950 sm:text-4xl">Order {order.number}</h1>
              <OrderStatusBadge status={order.status} />
            </div>
            <p className="mt-2 text-sm text-stone-500">
              Placed <time dateTime={order.placedAt.toISOString()}>{orderDateTime(order.placedAt, tz, true)}</time>
              {order.channel === "store" ? ` at the counter in ${order.location.name}` : " online"}
            </p>
          </>
        )}
        <p className="mt-3 max-w-2xl text-base leading-relaxed text-stone-700">{statusMessage(order)}</p>
        {keptUntil ? (
          <p className="mt-3 inline-flex max-w-2xl items-start gap-2 rounded-2xl bg-stone-100 px-4 py-3 text-sm leading-relaxed text-stone-800">
            <CalendarClock aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-stone-500" />
            <span>
              <strong className="font-semibold text-stone-950">
                Collect and pay by <time dateTime={keptUntil.toISOString()}>{orderDateTime(keptUntil, tz, true)}</time>.
              </strong>{" "}
              After that the order expires and the items go back on the shelves.
            </span>
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
                Pickup code
              </h2>
              <PickupCode orderNumber={order.number} code={order.pickupCode} storeName={order.location.name} />
            </section>
          ) : null}

          <section aria-labelledby="progress-heading" className="rounded-3xl border border-stone-200 p-6 sm:p-8">
            <div className="flex items-center justify-between gap-3">
              <h2 id="progress-heading" className="text-lg font-semibold text-stone-950">
                Progress
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
            heading="Items"
            // Units the store couldn't find are shown, but neither charged nor handed over.
            lines={order.lines.map((l) => ({
              ...l,
              key: l.variantId,
              href: `/p/${l.slug}`,
              problem: l.missing ? `${l.missing} unavailable — not charged` : null,
            }))}
            subtotal={order.subtotal}
            fulfilment={
              order.soldAtCounter
                ? null
                : { label: order.fulfilment === "delivery" ? "Delivery" : "Click & collect", cost: order.shipping }
            }
            total={order.total}
            className="sm:p-8"
          />
        </div>

        <aside className="space-y-6" aria-label="Order details">
          {order.fulfilment === "pickup" ? <StoreCard order={order} /> : <DeliveryCard order={order} />}

          <section aria-labelledby="payment-heading" className="rounded-3xl border border-stone-200 p-6">
            <h2 id="payment-heading" className="flex items-center gap-2 text-base font-semibold text-stone-950">
              <CreditCard aria-hidden="true" className="size-4 text-stone-500" />
              Payment
            </h2>
            <p className="mt-2 text-sm text-stone-700">{paymentInWords(order)}</p>
          </section>

          <section aria-labelledby="contact-heading" className="rounded-3xl border border-stone-200 p-6">
            <h2 id="contact-heading" className="flex items-center gap-2 text-base font-semibold text-stone-950">
              <User aria-hidden="true" className="size-4 text-stone-500" />
              Contact
            </h2>
            <p className="mt-2 text-sm text-stone-900">{order.contactName}</p>
            <p className="text-sm break-all text-stone-600">{order.email}</p>
          </section>

          <Link href="/" className={buttonClasses({ variant: "secondary", className: "flex" })}>
            Continue shopping
          </Link>
        </aside>
      </div>
    </div>
  );
}

function statusMessage(order: OrderData): string {
  const store = order.location.name;
  if (order.soldAtCounter && order.status === "collected") return `Bought at the counter in ${store}.`;
  switch (order.status) {
    case "placed":
      return order.fulfilment === "pickup"
        ? `We’re getting it ready at ${store}. It’s usually ready to collect within 2 hours — bring your pickup code.`
        : "We’re preparing your parcel at our warehouse and will send it to the address below.";
    case "picking":
      return `We’re picking your items at ${store} now.`;
    case "ready":
      return `It’s ready! Collect it at ${store} and show your pickup code at the counter.`;
    case "collected":
      return "You collected this order. Thank you for shopping with us.";
    case "shipped":
      return "Your parcel is on its way.";
    case "delivered":
      return "Your parcel was delivered.";
    case "cancelled":
      return "This order was cancelled.";
    case "expired":
      return `This order wasn’t collected in time, so the items went back on the shelves at ${store}.`;
  }
}

function StoreCard({ order }: { order: OrderData }) {
  const { location } = order;
  const today = todaysHours(location.openingHours, location.timezone);
  return (
    <section aria-labelledby="store-heading" className="rounded-3xl border border-stone-200 p-6">
      <h2 id="store-heading" className="flex items-center gap-2 text-base font-semibold text-stone-950">
        <MapPin aria-hidden="true" className="size-4 text-accent-600" />
        {order.channel === "store" ? "Store" : "Pick up at"}
      </h2>
      <p className="mt-2 text-sm font-medium text-stone-950">{location.name}</p>
      <address className="text-sm text-stone-600 not-italic">
        {location.addressLine}
        <br />
        {location.city}
      </address>
      <p className="mt-3 text-sm text-stone-700">{today ? `Open today ${today}` : "Closed today"}</p>
      <dl className="mt-3 space-y-1 text-sm">
        {groupOpeningHours(location.openingHours).map((h) => (
          <div key={h.days} className="flex justify-between gap-4">
            <dt className="text-stone-500">{h.days}</dt>
            <dd className="text-stone-800 tabular-nums">{h.hours}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function DeliveryCard({ order }: { order: OrderData }) {
  const address = order.deliveryAddress;
  return (
    <section aria-labelledby="delivery-heading" className="rounded-3xl border border-stone-200 p-6">
      <h2 id="delivery-heading" className="flex items-center gap-2 text-base font-semibold text-stone-950">
        <Truck aria-hidden="true" className="size-4 text-accent-600" />
        Delivering to
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
          {address.country === "ES" ? "Spain" : address.country}
          {address.phone ? (
            <>
              <br />
              {address.phone}
            </>
          ) : null}
        </address>
      ) : (
        <p className="mt-2 text-sm text-stone-600">No address on this order.</p>
      )}
    </section>
  );
}
