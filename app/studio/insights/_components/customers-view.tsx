"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { RouterOutputs } from "@/app/_lib/types";
import { formatMoney } from "@/lib/money";
import { useTRPC } from "@/trpc/react";
import { Panel } from "../../_components/controls";
import type { DayRange } from "../_lib/range";
import { ComputedAt, CsvButton, euros, Figure, number, PanelState, percent, shareOf } from "./parts";

type Mix = RouterOutputs["insights"]["channelMix"];

const SEGMENT_LABELS: Record<Mix["segments"][number]["segment"], string> = {
  web: "Web only",
  store: "Store only",
  both: "Web and store",
};
const SEGMENT_COLOURS: Record<Mix["segments"][number]["segment"], string> = {
  web: "bg-sky-600",
  store: "bg-accent-600",
  both: "bg-emerald-600",
};
const CHANNEL_LABELS = { web: "Web", store: "Store" } as const;
const oneDecimal = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/**
 * Known customers across the channels: who buys only on the web, only in store, or both, what
 * each is worth, the cohorts by first month and channel, and how much each channel sells of what
 * the other showed first (web-to-store, ROPO) and at the counter to people collecting an order.
 */
export function CustomersView({ range }: { range: DayRange }) {
  const trpc = useTRPC();
  const live = { placeholderData: keepPreviousData, refetchInterval: 60_000 };
  const mix = useQuery(trpc.insights.channelMix.queryOptions(range, live));
  const ropo = useQuery(trpc.insights.ropo.queryOptions(range, live));
  const m = mix.data;
  const r = ropo.data;
  const both = m?.segments.find((s) => s.segment === "both");
  const bothBefore = m?.previousSegments.find((s) => s.segment === "both");
  const file = (name: string) => `mostrador-${name}-${range.from}-${range.to}`;

  return (
    <>
      <ComputedAt data={m} />
      <section aria-label="Across channels" className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <Figure
          label="Customers on both channels"
          now={both?.customerShare}
          before={bothBefore?.customerShare}
          format="percent"
        />
        <Figure
          label="Their share of revenue"
          now={both?.revenueShare}
          before={bothBefore?.revenueShare}
          format="percent"
        />
        <Figure
          label="Store sales seen on the web first"
          now={r?.webToStore.knownShare}
          before={r?.previous.webToStore.knownShare}
          format="percent"
        />
        <Figure
          label="Pickups with a counter sale"
          now={r?.pickupAttach.rate}
          before={r?.previous.pickupAttach.rate}
          format="percent"
        />
      </section>

      <Panel
        title="Channel mix"
        description="Known customers by where they bought in the period. Walk-ins and guests are nobody’s, so they are left out."
        actions={
          m ? (
            <CsvButton
              name={file("channel-mix")}
              label="the channel mix"
              fields={["segment", "customers", "customer_share", "orders", "revenue", "revenue_share", "spend_per_customer", "orders_per_customer"]} // prettier-ignore
              rows={m.segments.map((s) => [
                SEGMENT_LABELS[s.segment],
                s.customers,
                s.customerShare.toFixed(4).replace(".", ","),
                s.orders,
                euros(s.revenueMinor),
                s.revenueShare.toFixed(4).replace(".", ","),
                euros(s.spendPerCustomerMinor),
                s.ordersPerCustomer.toFixed(2).replace(".", ","),
              ])}
            />
          ) : null
        }
      >
        {!m ? (
          <PanelState error={mix.error} />
        ) : m.segments.every((s) => s.customers === 0) ? (
          <PanelState empty="No known customer bought in this period." />
        ) : (
          <div className="space-y-5">
            <ShareBar label="Customers" segments={m.segments.map((s) => [s.segment, s.customerShare])} />
            <ShareBar label="Revenue" segments={m.segments.map((s) => [s.segment, s.revenueShare])} />
            <div className="-mx-5 overflow-x-auto">
              <table className="w-full min-w-[40rem] text-sm" aria-label="Channel mix">
                <thead className="text-left text-xs text-stone-500">
                  <tr className="border-b border-stone-100">
                    <th className="px-5 pb-2 font-medium">Customers who bought</th>
                    <th className="px-2 pb-2 text-right font-medium">Customers</th>
                    <th className="px-2 pb-2 text-right font-medium">Revenue</th>
                    <th className="px-2 pb-2 text-right font-medium">Spend each</th>
                    <th className="px-5 pb-2 text-right font-medium">Orders each</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-stone-100 tabular-nums">
                  {m.segments.map((s) => (
                    <tr key={s.segment}>
                      <th scope="row" className="px-5 py-2.5 text-left font-medium text-stone-900">
                        <span
                          aria-hidden="true"
                          className={`mr-2 inline-block size-2.5 rounded-sm ${SEGMENT_COLOURS[s.segment]}`}
                        />
                        {SEGMENT_LABELS[s.segment]}
                      </th>
                      <td className="px-2 py-2.5 text-right">
                        {number.format(s.customers)}{" "}
                        <span className="text-stone-500">({percent.format(s.customerShare)})</span>
                      </td>
                      <td className="px-2 py-2.5 text-right">
                        {formatMoney(s.revenueMinor)}{" "}
                        <span className="text-stone-500">({percent.format(s.revenueShare)})</span>
                      </td>
                      <td className="px-2 py-2.5 text-right">{formatMoney(s.spendPerCustomerMinor)}</td>
                      <td className="px-5 py-2.5 text-right">{oneDecimal.format(s.ordersPerCustomer)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </Panel>

      <div className="grid gap-5 lg:grid-cols-2">
        <Panel
          title="Web-to-store, and back"
          description="Sales of a product the same customer had viewed, searched for or added to a cart on the other channel in the 14 days before."
          actions={
            r ? (
              <CsvButton
                name={file("web-to-store")}
                label="web-to-store by store"
                fields={["store", "store_sales", "known_customer_sales", "seen_on_web_first", "revenue", "revenue_seen_on_web_first", "pickups_collected", "counter_sales_while_collecting"]} // prettier-ignore
                rows={r.byStore.map((s) => [
                  s.name,
                  s.sales,
                  s.knownSales,
                  s.influencedSales,
                  euros(s.revenueMinor),
                  euros(s.influencedRevenueMinor),
                  s.collected,
                  s.attachSales,
                ])}
              />
            ) : null
          }
        >
          {!r ? (
            <PanelState error={ropo.error} />
          ) : (
            <dl className="grid grid-cols-1 gap-4 text-sm sm:grid-cols-2">
              <Direction
                title="Bought in store, seen on the web"
                d={r.webToStore}
                of="store sales"
                beforeShare={r.previous.webToStore.knownShare}
              />
              <Direction
                title="Bought on the web, seen in store"
                d={r.storeToWeb}
                of="web sales"
                beforeShare={r.previous.storeToWeb.knownShare}
              />
            </dl>
          )}
        </Panel>

        <Panel
          title="Pickup attach"
          description="Counter sales to a customer within 30 minutes of collecting an order at that store."
        >
          {!r ? (
            <PanelState error={ropo.error} />
          ) : r.byStore.length === 0 ? (
            <PanelState empty="No store sales in this period." />
          ) : (
            <table className="w-full text-sm" aria-label="Pickup attach by store">
              <thead className="text-left text-xs text-stone-500">
                <tr>
                  <th className="pb-2 font-medium">Store</th>
                  <th className="pb-2 text-right font-medium">Collected</th>
                  <th className="pb-2 text-right font-medium">With a sale</th>
                  <th className="pb-2 text-right font-medium">Extra revenue</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100 tabular-nums">
                {r.byStore.map((s) => (
                  <tr key={s.storeId}>
                    <th scope="row" className="py-2 pr-3 text-left font-normal text-stone-900">
                      {s.name}
                    </th>
                    <td className="py-2 text-right">{number.format(s.collected)}</td>
                    <td className="py-2 text-right">
                      {number.format(s.attachSales)}{" "}
                      <span className="text-stone-500">({shareOf(s.attachSales, s.collected)})</span>
                    </td>
                    <td className="py-2 text-right font-medium text-stone-950">{formatMoney(s.attachRevenueMinor)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Panel>
      </div>

      <Panel
        title="Cohorts"
        description="Customers by the month and channel of their first purchase in the period, and the share who bought again in each month after."
        actions={
          m?.cohorts.length ? (
            <CsvButton
              name={file("cohorts")}
              label="the cohorts"
              fields={["first_month", "first_channel", "customers", ...cohortMonths(m).map((k) => `month_${k}`)]}
              rows={m.cohorts.map((c) => [
                c.month,
                c.channel,
                c.customers,
                ...cohortMonths(m).map((k) => c.active[k] ?? 0),
              ])}
            />
          ) : null
        }
      >
        {!m ? (
          <PanelState error={mix.error} />
        ) : m.cohorts.length === 0 ? (
          <PanelState empty="Nobody bought for the first time in this period." />
        ) : (
          <div className="-mx-5 overflow-x-auto">
            <table className="w-full text-sm" aria-label="Cohorts">
              <thead className="text-left text-xs text-stone-500">
                <tr className="border-b border-stone-100">
                  <th className="px-5 pb-2 font-medium">First bought</th>
                  <th className="px-2 pb-2 text-right font-medium">Customers</th>
                  {cohortMonths(m)
                    .slice(1)
                    .map((k) => (
                      <th key={k} className="px-2 pb-2 text-right font-medium">
                        +{k} mo
                      </th>
                    ))}
                </tr>
              </thead>
              <tbody className="tabular-nums">
                {m.cohorts.map((c) => (
                  <tr key={`${c.month}-${c.channel}`} className="border-b border-stone-50">
                    <th scope="row" className="px-5 py-1.5 text-left font-normal whitespace-nowrap text-stone-900">
                      {monthLabel(c.month)} · {CHANNEL_LABELS[c.channel]}
                    </th>
                    <td className="px-2 py-1.5 text-right">{number.format(c.customers)}</td>
                    {cohortMonths(m)
                      .slice(1)
                      .map((k) => {
                        const rate = c.customers && k < c.active.length ? (c.active[k] ?? 0) / c.customers : null;
                        return (
                          <td
                            key={k}
                            className="px-2 py-1.5 text-right text-stone-900"
                            style={rate === null ? undefined : { backgroundColor: `rgb(168 77 46 / ${Math.min(0.08 + rate * 1.2, 0.9)})` }} // prettier-ignore
                          >
                            {rate === null ? "" : percent.format(rate)}
                          </td>
                        );
                      })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>

      <Panel
        title="Best customers"
        description="Who spent most in the period, and where. Open one to see their journey."
      >
        {!m ? (
          <PanelState error={mix.error} />
        ) : m.topCustomers.length === 0 ? (
          <PanelState empty="No known customer bought in this period." />
        ) : (
          <table className="w-full text-sm" aria-label="Best customers">
            <thead className="text-left text-xs text-stone-500">
              <tr>
                <th className="pb-2 font-medium">Customer</th>
                <th className="pb-2 text-right font-medium">Web orders</th>
                <th className="pb-2 text-right font-medium">Store orders</th>
                <th className="pb-2 text-right font-medium">Spent</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100 tabular-nums">
              {m.topCustomers.map((c) => (
                <tr key={c.customerId}>
                  <th scope="row" className="py-2 pr-3 text-left font-normal">
                    <Link
                      href={`/studio/insights/customers/${c.customerId}`}
                      className="font-medium text-accent-800 underline-offset-2 hover:underline"
                    >
                      {c.name}
                    </Link>
                  </th>
                  <td className="py-2 text-right">{number.format(c.webOrders)}</td>
                  <td className="py-2 text-right">{number.format(c.storeOrders)}</td>
                  <td className="py-2 text-right font-medium text-stone-950">{formatMoney(c.revenueMinor)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
    </>
  );
}

/** The month offsets the cohort table shows: as many as the oldest cohort has, up to a year. */
function cohortMonths(m: Mix): number[] {
  const longest = Math.min(13, Math.max(1, ...m.cohorts.map((c) => c.active.length)));
  return Array.from({ length: longest }, (_, k) => k);
}

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const monthLabel = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`));

function ShareBar({ label, segments }: { label: string; segments: [keyof typeof SEGMENT_LABELS, number][] }) {
  return (
    <div>
      <p className="text-xs font-medium text-stone-600">{label}</p>
      <div className="mt-1 flex h-3 overflow-hidden rounded-full bg-stone-100" aria-hidden="true">
        {segments.map(([segment, share]) => (
          <span key={segment} className={SEGMENT_COLOURS[segment]} style={{ width: `${share * 100}%` }} />
        ))}
      </div>
      <p className="sr-only">
        {segments.map(([segment, share]) => `${SEGMENT_LABELS[segment]} ${percent.format(share)}`).join(", ")}
      </p>
    </div>
  );
}

function Direction({
  title,
  d,
  of,
  beforeShare,
}: {
  title: string;
  d: RouterOutputs["insights"]["ropo"]["webToStore"];
  of: string;
  beforeShare: number;
}) {
  return (
    <div className="rounded-lg bg-stone-50 px-4 py-3">
      <dt className="font-medium text-stone-900">{title}</dt>
      <dd className="mt-1 text-2xl font-semibold tracking-tight text-stone-950 tabular-nums">
        {percent.format(d.knownShare)}
      </dd>
      <dd className="text-xs text-stone-600">
        {number.format(d.influencedSales)} of {number.format(d.knownSales)} {of} to known customers (
        {percent.format(d.share)} of all {number.format(d.sales)}); {formatMoney(d.influencedRevenueMinor)} revenue.
        Before: {percent.format(beforeShare)}.
      </dd>
    </div>
  );
}
