"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { RouterOutputs } from "@/app/_lib/types";
import { formatMoney } from "@/lib/money";
import { useTRPC } from "@/trpc/react";
import { Bone } from "@/ui/skeleton";
import { Panel } from "../../_components/controls";
import { fillPeriods, type DayRange } from "../_lib/range";
import { ClickAndCollect } from "./click-and-collect";
import { Alert, ComputedAt, CsvButton, ErrorText, euros, Figure, useFigureFormats } from "./parts";

type Sales = RouterOutputs["insights"]["sales"];
type Row = Sales["totals"];

// Only this page loads the chart library, and only in the browser.
const SalesChart = dynamic(() => import("./sales-chart"), {
  ssr: false,
  loading: () => <Bone className="h-[260px] w-full rounded-lg" />,
});

const FULFILMENTS = ["delivery", "pickup", "counter"] as const;
const isFulfilment = (f: string): f is (typeof FULFILMENTS)[number] => (FULFILMENTS as readonly string[]).includes(f);

export type SalesFilters = { storeId: string; channel: "" | "web" | "store"; categoryId: string; by: "day" | "week" };

/**
 * Sales for a range of Madrid days beside the period before: four figures, revenue by day or
 * week, and the split by channel, fulfilment, store and staff at the till; then click-and-collect
 * by store. Everything is read from the minute-old rollups.
 */
export function SalesView({ range, filters }: { range: DayRange; filters: SalesFilters }) {
  const t = useTranslations("insights.sales");
  const column = useTranslations("insights.csv.column");
  const f = useFigureFormats();
  const trpc = useTRPC();
  const sales = useQuery(
    trpc.insights.sales.queryOptions(
      {
        ...range,
        storeId: filters.storeId || undefined,
        channel: filters.channel || undefined,
        categoryId: filters.categoryId || undefined,
        by: filters.by,
      },
      { placeholderData: keepPreviousData, refetchInterval: 60_000 },
    ),
  );
  const data = sales.data;
  const figureColumns = [column("orders"), column("units"), column("revenue"), column("averageOrder")];
  const breakdownCsv = (name: "channel" | "fulfilment" | "store" | "staff", rows: (Row & { label: string })[]) => (
    <CsvButton
      name={t(`breakdown.${name}.file`, range)}
      label={t(`breakdown.${name}.csv`)}
      fields={[column(name === "staff" ? "staffMember" : name), ...figureColumns]}
      rows={rows.map((r) => [r.label, r.orders, r.units, euros(r.revenueMinor), euros(r.averageMinor)])}
    />
  );
  const byChannel = data?.byChannel.map((r) => ({
    key: r.channel,
    label: t(`channel.${r.channel}`),
    ...r,
  }));
  const byFulfilment = data?.byFulfilment.map((r) => ({
    key: r.fulfilment,
    label: isFulfilment(r.fulfilment) ? t(`fulfilment.${r.fulfilment}`) : r.fulfilment,
    ...r,
  }));
  const byStore = data?.byStore.map((r) => ({ key: r.storeId, label: r.name, ...r }));
  const byStaff = data?.byStaff.map((r) => ({ key: r.staffId, label: r.name, ...r }));

  return (
    <>
      <ComputedAt data={data} />
      {sales.isError && !data ? (
        <Alert>
          <ErrorText error={sales.error} />
        </Alert>
      ) : null}

      <section aria-label={t("totals")} className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <Figure label={t("revenue")} now={data?.totals.revenueMinor} before={data?.previousTotals.revenueMinor} money />
        <Figure label={t("orders")} now={data?.totals.orders} before={data?.previousTotals.orders} />
        <Figure
          label={t("averageOrder")}
          now={data?.totals.averageMinor}
          before={data?.previousTotals.averageMinor}
          money
        />
        <Figure label={t("units")} now={data?.totals.units} before={data?.previousTotals.units} />
      </section>
      {data ? (
        <p className="-mt-2 text-xs text-stone-500">
          {t("compared", { from: f.fullDay(data.previousPeriod.from), to: f.fullDay(data.previousPeriod.to) })}
          {filters.categoryId ? ` ${t("categoryNote")}` : null}
        </p>
      ) : null}

      <Panel
        title={filters.by === "week" ? t("perWeek") : t("perDay")}
        actions={
          data ? (
            <CsvButton
              name={t("file", { from: data.from, to: data.to })}
              label={filters.by === "week" ? t("csvPerWeek") : t("csvPerDay")}
              fields={[column("periodStart"), ...figureColumns]}
              rows={data.byPeriod.map((r) => [
                r.start,
                r.orders,
                r.units,
                euros(r.revenueMinor),
                euros(r.averageMinor),
              ])}
            />
          ) : null
        }
      >
        {data ? (
          data.byPeriod.length ? (
            <SalesChart
              points={fillPeriods(data.byPeriod, data, filters.by, {
                orders: 0,
                units: 0,
                revenueMinor: 0,
                averageMinor: 0,
              })}
              by={filters.by}
            />
          ) : (
            <p className="py-16 text-center text-sm text-stone-500">{t("noSales")}</p>
          )
        ) : (
          <Bone className="h-[260px] w-full rounded-lg" />
        )}
      </Panel>

      <div className="grid gap-5 lg:grid-cols-2">
        <Breakdown
          title={t("breakdown.channel.title")}
          rows={byChannel}
          csv={byChannel && breakdownCsv("channel", byChannel)}
        />
        <Breakdown
          title={t("breakdown.fulfilment.title")}
          rows={byFulfilment}
          csv={byFulfilment && breakdownCsv("fulfilment", byFulfilment)}
        />
        <Breakdown title={t("breakdown.store.title")} rows={byStore} csv={byStore && breakdownCsv("store", byStore)} />
        <Breakdown
          title={t("breakdown.staff.title")}
          empty={filters.categoryId ? t("noCategorySplit") : t("noCounterSales")}
          rows={byStaff}
          csv={byStaff && breakdownCsv("staff", byStaff)}
        />
      </div>

      <ClickAndCollect range={range} storeId={filters.storeId} />
    </>
  );
}

function Breakdown({
  title,
  rows,
  empty,
  csv,
}: {
  title: string;
  rows?: (Row & { key: string; label: string })[];
  empty?: string;
  csv?: React.ReactNode;
}) {
  const t = useTranslations("insights.sales");
  const f = useFigureFormats();
  const total = rows?.reduce((sum, r) => sum + r.revenueMinor, 0) ?? 0;
  return (
    <Panel title={title} actions={rows?.length ? csv : null}>
      {!rows ? (
        <div className="space-y-2">
          <Bone className="h-4 w-full" />
          <Bone className="h-4 w-4/5" />
        </div>
      ) : rows.length === 0 ? (
        <p className="py-4 text-sm text-stone-500">{empty ?? t("noSales")}</p>
      ) : (
        <table className="w-full text-sm" aria-label={title}>
          <thead className="text-left text-xs text-stone-500">
            <tr>
              <th className="pb-2 font-medium"></th>
              <th className="pb-2 pl-3 text-right font-medium">{t("orders")}</th>
              <th className="pb-2 pl-3 text-right font-medium">{t("average")}</th>
              <th className="pb-2 pl-3 text-right font-medium">{t("revenue")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row" className="py-2 pr-3 text-left font-normal text-stone-900">
                  <span className="block">{r.label}</span>
                  <span aria-hidden="true" className="mt-1 block h-1 rounded-full bg-stone-100">
                    <span
                      className="block h-1 rounded-full bg-accent-600"
                      style={{ width: `${total ? (r.revenueMinor / total) * 100 : 0}%` }}
                    />
                  </span>
                </th>
                <td className="py-2 pl-3 text-right whitespace-nowrap text-stone-700 tabular-nums">
                  {f.number(r.orders)}
                </td>
                <td className="py-2 pl-3 text-right whitespace-nowrap text-stone-700 tabular-nums">
                  {formatMoney(r.averageMinor)}
                </td>
                <td className="py-2 pl-3 text-right font-medium whitespace-nowrap text-stone-950 tabular-nums">
                  {formatMoney(r.revenueMinor)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
