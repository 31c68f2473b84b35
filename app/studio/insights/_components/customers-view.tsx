"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { RouterOutputs } from "@/app/_lib/types";
import { formatMoney } from "@/lib/money";
import { useTRPC } from "@/trpc/react";
import { Panel } from "../../_components/controls";
import type { DayRange } from "../_lib/range";
import { ComputedAt, CsvButton, euros, Figure, PanelState, useFigureFormats } from "./parts";

type Mix = RouterOutputs["insights"]["channelMix"];
type Segment = Mix["segments"][number]["segment"];

const SEGMENT_COLOURS: Record<Segment, string> = {
  web: "bg-sky-600",
  store: "bg-accent-600",
  both: "bg-emerald-600",
};

/**
 * Known customers across the channels: who buys only on the web, only in store, or both, what
 * each is worth, the cohorts by first month and channel, and how much each channel sells of what
 * the other showed first (web-to-store, ROPO) and at the counter to people collecting an order.
 */
export function CustomersView({ range }: { range: DayRange }) {
  const t = useTranslations("insights.customers");
  const column = useTranslations("insights.csv.column");
  const value = useTranslations("insights.csv.value");
  const f = useFigureFormats();
  const trpc = useTRPC();
  const live = { placeholderData: keepPreviousData, refetchInterval: 60_000 };
  const mix = useQuery(trpc.insights.channelMix.queryOptions(range, live));
  const ropo = useQuery(trpc.insights.ropo.queryOptions(range, live));
  const m = mix.data;
  const r = ropo.data;
  const both = m?.segments.find((s) => s.segment === "both");
  const bothBefore = m?.previousSegments.find((s) => s.segment === "both");

  return (
    <>
      <ComputedAt data={m} />
      <section aria-label={t("across")} className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <Figure label={t("onBoth")} now={both?.customerShare} before={bothBefore?.customerShare} format="percent" />
        <Figure label={t("theirShare")} now={both?.revenueShare} before={bothBefore?.revenueShare} format="percent" />
        <Figure
          label={t("seenOnWebFirst")}
          now={r?.webToStore.knownShare}
          before={r?.previous.webToStore.knownShare}
          format="percent"
        />
        <Figure
          label={t("pickupsWithSale")}
          now={r?.pickupAttach.rate}
          before={r?.previous.pickupAttach.rate}
          format="percent"
        />
      </section>

      <Panel
        title={t("mix.title")}
        description={t("mix.description")}
        actions={
          m ? (
            <CsvButton
              name={t("mix.file", range)}
              label={t("mix.csv")}
              fields={[column("segment"), column("customers"), column("customerShare"), column("orders"), column("revenue"), column("revenueShare"), column("spendPerCustomer"), column("ordersPerCustomer")]} // prettier-ignore
              rows={m.segments.map((s) => [
                t(`segment.${s.segment}`),
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
          <PanelState empty={t("mix.empty")} />
        ) : (
          <div className="space-y-5">
            <ShareBar label={t("mix.customers")} segments={m.segments.map((s) => [s.segment, s.customerShare])} />
            <ShareBar label={t("mix.revenue")} segments={m.segments.map((s) => [s.segment, s.revenueShare])} />
            <div className="-mx-5 overflow-x-auto">
              <table className="w-full min-w-[40rem] text-sm" aria-label={t("mix.title")}>
                <thead className="text-left text-xs text-stone-500">
                  <tr className="border-b border-stone-100">
                    <th className="px-5 pb-2 font-medium">{t("mix.whoBought")}</th>
                    <th className="px-2 pb-2 text-right font-medium">{t("mix.customers")}</th>
                    <th className="px-2 pb-2 text-right font-medium">{t("mix.revenue")}</th>
                    <th className="px-2 pb-2 text-right font-medium">{t("mix.spendEach")}</th>
                    <th className="px-5 pb-2 text-right font-medium">{t("mix.ordersEach")}</th>
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
                        {t(`segment.${s.segment}`)}
                      </th>
                      <td className="px-2 py-2.5 text-right">
                        {f.number(s.customers)} <span className="text-stone-500">({f.percent(s.customerShare)})</span>
                      </td>
                      <td className="px-2 py-2.5 text-right">
                        {formatMoney(s.revenueMinor)}{" "}
                        <span className="text-stone-500">({f.percent(s.revenueShare)})</span>
                      </td>
                      <td className="px-2 py-2.5 text-right">{formatMoney(s.spendPerCustomerMinor)}</td>
                      <td className="px-5 py-2.5 text-right">{f.oneDecimal(s.ordersPerCustomer)}</td>
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
          title={t("ropo.title")}
          description={t("ropo.description")}
          actions={
            r ? (
              <CsvButton
                name={t("ropo.file", range)}
                label={t("ropo.csv")}
                fields={[column("store"), column("storeSales"), column("knownCustomerSales"), column("seenOnWebFirst"), column("revenue"), column("revenueSeenOnWebFirst"), column("pickupsCollected"), column("counterSalesWhileCollecting")]} // prettier-ignore
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
              <Direction direction="webToStore" d={r.webToStore} beforeShare={r.previous.webToStore.knownShare} />
              <Direction direction="storeToWeb" d={r.storeToWeb} beforeShare={r.previous.storeToWeb.knownShare} />
            </dl>
          )}
        </Panel>

        <Panel title={t("attach.title")} description={t("attach.description")}>
          {!r ? (
            <PanelState error={ropo.error} />
          ) : r.byStore.length === 0 ? (
            <PanelState empty={t("attach.empty")} />
          ) : (
            <table className="w-full text-sm" aria-label={t("attach.table")}>
              <thead className="text-left text-xs text-stone-500">
                <tr>
                  <th className="pb-2 font-medium">{t("attach.store")}</th>
                  <th className="pb-2 pl-3 text-right font-medium">{t("attach.collected")}</th>
                  <th className="pb-2 pl-3 text-right font-medium">{t("attach.withSale")}</th>
                  <th className="pb-2 pl-3 text-right font-medium">{t("attach.extraRevenue")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100 tabular-nums">
                {r.byStore.map((s) => (
                  <tr key={s.storeId}>
                    <th scope="row" className="py-2 pr-3 text-left font-normal text-stone-900">
                      {s.name}
                    </th>
                    <td className="py-2 pl-3 text-right whitespace-nowrap">{f.number(s.collected)}</td>
                    <td className="py-2 pl-3 text-right whitespace-nowrap">
                      {f.number(s.attachSales)}{" "}
                      <span className="text-stone-500">({f.shareOf(s.attachSales, s.collected)})</span>
                    </td>
                    <td className="py-2 pl-3 text-right font-medium whitespace-nowrap text-stone-950">
                      {formatMoney(s.attachRevenueMinor)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Panel>
      </div>

      <Panel
        title={t("cohorts.title")}
        description={t("cohorts.description")}
        actions={
          m?.cohorts.length ? (
            <CsvButton
              name={t("cohorts.file", range)}
              label={t("cohorts.csv")}
              fields={[
                column("firstMonth"),
                column("firstChannel"),
                column("customers"),
                ...cohortMonths(m).map((k) => column("month", { k })),
              ]}
              rows={m.cohorts.map((c) => [
                c.month,
                value(`channel.${c.channel}`),
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
          <PanelState empty={t("cohorts.empty")} />
        ) : (
          <div className="-mx-5 overflow-x-auto">
            <table className="w-full text-sm" aria-label={t("cohorts.title")}>
              <thead className="text-left text-xs text-stone-500">
                <tr className="border-b border-stone-100">
                  <th className="px-5 pb-2 font-medium">{t("cohorts.firstBought")}</th>
                  <th className="px-2 pb-2 text-right font-medium">{t("cohorts.customers")}</th>
                  {cohortMonths(m)
                    .slice(1)
                    .map((k) => (
                      <th key={k} className="px-2 pb-2 text-right font-medium">
                        {t("cohorts.monthsAfter", { k })}
                      </th>
                    ))}
                </tr>
              </thead>
              <tbody className="tabular-nums">
                {m.cohorts.map((c) => (
                  <tr key={`${c.month}-${c.channel}`} className="border-b border-stone-50">
                    <th scope="row" className="px-5 py-1.5 text-left font-normal whitespace-nowrap text-stone-900">
                      {t("cohorts.row", { month: f.month(c.month), channel: t(`channel.${c.channel}`) })}
                    </th>
                    <td className="px-2 py-1.5 text-right">{f.number(c.customers)}</td>
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
                            {rate === null ? "" : f.percent(rate)}
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

      <Panel title={t("best.title")} description={t("best.description")}>
        {!m ? (
          <PanelState error={mix.error} />
        ) : m.topCustomers.length === 0 ? (
          <PanelState empty={t("best.empty")} />
        ) : (
          <table className="w-full text-sm" aria-label={t("best.title")}>
            <thead className="text-left text-xs text-stone-500">
              <tr>
                <th className="pb-2 font-medium">{t("best.customer")}</th>
                <th className="pb-2 text-right font-medium">{t("best.webOrders")}</th>
                <th className="pb-2 text-right font-medium">{t("best.storeOrders")}</th>
                <th className="pb-2 text-right font-medium">{t("best.spent")}</th>
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
                  <td className="py-2 text-right">{f.number(c.webOrders)}</td>
                  <td className="py-2 text-right">{f.number(c.storeOrders)}</td>
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

function ShareBar({ label, segments }: { label: string; segments: [Segment, number][] }) {
  const t = useTranslations("insights.customers");
  const { percent } = useFigureFormats();
  return (
    <div>
      <p className="text-xs font-medium text-stone-600">{label}</p>
      <div className="mt-1 flex h-3 overflow-hidden rounded-full bg-stone-100" aria-hidden="true">
        {segments.map(([segment, share]) => (
          <span key={segment} className={SEGMENT_COLOURS[segment]} style={{ width: `${share * 100}%` }} />
        ))}
      </div>
      <p className="sr-only">
        {segments
          .map(([segment, share]) => t("mix.share", { segment: t(`segment.${segment}`), share: percent(share) }))
          .join(", ")}
      </p>
    </div>
  );
}

function Direction({
  direction,
  d,
  beforeShare,
}: {
  direction: "webToStore" | "storeToWeb";
  d: RouterOutputs["insights"]["ropo"]["webToStore"];
  beforeShare: number;
}) {
  const t = useTranslations("insights.customers.ropo");
  const f = useFigureFormats();
  return (
    <div className="rounded-lg bg-stone-50 px-4 py-3">
      <dt className="font-medium text-stone-900">{t(direction)}</dt>
      <dd className="mt-1 text-2xl font-semibold tracking-tight text-stone-950 tabular-nums">
        {f.percent(d.knownShare)}
      </dd>
      <dd className="text-xs text-stone-600">
        {t("detail", {
          direction,
          influenced: f.number(d.influencedSales),
          known: f.number(d.knownSales),
          share: f.percent(d.share),
          sales: f.number(d.sales),
          revenue: formatMoney(d.influencedRevenueMinor),
          before: f.percent(beforeShare),
        })}
      </dd>
    </div>
  );
}
