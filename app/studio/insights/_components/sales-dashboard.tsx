"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { clsx } from "clsx";
import { ArrowDownRight, ArrowUpRight, CircleAlert, Download } from "lucide-react";
import dynamic from "next/dynamic";
import Papa from "papaparse";
import { useId, useState } from "react";
import type { RouterOutputs } from "@/app/_lib/types";
import { formatMoney } from "@/lib/money";
import { formatMadrid } from "@/lib/shop-time";
import { INSIGHTS_MAX_DAYS, daysBetween } from "@/server/domain/insights/inputs";
import { useTRPC } from "@/trpc/react";
import { Bone } from "@/ui/skeleton";
import { Panel } from "../../_components/controls";
import { ClickAndCollect } from "./click-and-collect";
import {
  change,
  fillPeriods,
  PRESET_LABELS,
  presetRange,
  RANGE_PRESETS,
  type DayRange,
  type RangePreset,
} from "../_lib/range";

type Sales = RouterOutputs["insights"]["sales"];
type Row = Sales["totals"];

// Only this page loads the chart library, and only in the browser.
const SalesChart = dynamic(() => import("./sales-chart"), {
  ssr: false,
  loading: () => <Bone className="h-[260px] w-full rounded-lg" />,
});

const number = new Intl.NumberFormat("en-GB");
const percent = new Intl.NumberFormat("en-GB", {
  style: "percent",
  maximumFractionDigits: 1,
  signDisplay: "exceptZero",
});
const FULFILMENT_LABELS: Record<string, string> = {
  delivery: "Delivery",
  pickup: "Click-and-collect",
  counter: "At the counter",
};

type Filters = {
  preset: RangePreset | "custom";
  range: DayRange;
  storeId: string;
  channel: "" | "web" | "store";
  by: "day" | "week";
};

/**
 * Sales for a range of Madrid days beside the period before: four figures, revenue by day or
 * week, and the split by channel, fulfilment, store and staff at the till. Everything is read
 * from the minute-old rollups; the page says when they were computed.
 */
export function SalesDashboard({ stores }: { stores: { id: string; name: string }[] }) {
  const trpc = useTRPC();
  const id = useId();
  const [filters, setFilters] = useState<Filters>(() => ({
    preset: "30d",
    range: presetRange("30d"),
    storeId: "",
    channel: "",
    by: "day",
  }));
  const { range } = filters;
  const rangeProblem =
    range.from > range.to
      ? "The range ends before it starts."
      : daysBetween(range.from, range.to) >= INSIGHTS_MAX_DAYS
        ? `Choose at most ${INSIGHTS_MAX_DAYS} days.`
        : null;
  const sales = useQuery(
    trpc.insights.sales.queryOptions(
      {
        ...range,
        storeId: filters.storeId || undefined,
        channel: filters.channel || undefined,
        by: filters.by,
      },
      { enabled: !rangeProblem, placeholderData: keepPreviousData, refetchInterval: 60_000 },
    ),
  );
  const data = sales.data;
  const set = (next: Partial<Filters>) => setFilters((f) => ({ ...f, ...next }));

  return (
    <div className="mx-auto max-w-6xl space-y-5 pb-10">
      <div role="search" aria-label="Which sales" className="flex flex-wrap items-end gap-3">
        <Select
          id={`${id}-range`}
          label="Period"
          value={filters.preset}
          onChange={(preset) => {
            if (preset === "custom") set({ preset });
            else set({ preset: preset as RangePreset, range: presetRange(preset as RangePreset) });
          }}
        >
          {RANGE_PRESETS.map((p) => (
            <option key={p} value={p}>
              {PRESET_LABELS[p]}
            </option>
          ))}
          <option value="custom">Custom dates</option>
        </Select>
        {filters.preset === "custom" ? (
          <>
            <DateField
              id={`${id}-from`}
              label="From"
              value={range.from}
              onChange={(from) => set({ range: { ...range, from } })}
            />
            <DateField
              id={`${id}-to`}
              label="To"
              value={range.to}
              onChange={(to) => set({ range: { ...range, to } })}
            />
          </>
        ) : null}
        <Select id={`${id}-store`} label="Store" value={filters.storeId} onChange={(storeId) => set({ storeId })}>
          <option value="">Every store</option>
          {stores.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </Select>
        <Select
          id={`${id}-channel`}
          label="Channel"
          value={filters.channel}
          onChange={(channel) => set({ channel: channel as Filters["channel"] })}
        >
          <option value="">Web and stores</option>
          <option value="web">Web</option>
          <option value="store">Stores</option>
        </Select>
        <Select id={`${id}-by`} label="Per" value={filters.by} onChange={(by) => set({ by: by as Filters["by"] })}>
          <option value="day">Day</option>
          <option value="week">Week</option>
        </Select>
        <p className="ml-auto pb-2 text-xs text-stone-500" aria-live="polite">
          {data
            ? data.computedAt
              ? `Figures as of ${formatMadrid(new Date(data.computedAt))}; they follow the orders within a minute.`
              : "The figures are being computed for the first time; they appear within a minute."
            : null}
        </p>
      </div>

      {rangeProblem ? <Alert>{rangeProblem}</Alert> : null}
      {sales.isError && !data ? (
        <Alert>
          {sales.error.data
            ? sales.error.message
            : "We couldn’t reach the server. The figures will load when it answers."}
        </Alert>
      ) : null}

      <section aria-label="Totals" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Figure label="Revenue" now={data?.totals.revenueMinor} before={data?.previousTotals.revenueMinor} money />
        <Figure label="Orders" now={data?.totals.orders} before={data?.previousTotals.orders} />
        <Figure
          label="Average order"
          now={data?.totals.averageMinor}
          before={data?.previousTotals.averageMinor}
          money
        />
        <Figure label="Units" now={data?.totals.units} before={data?.previousTotals.units} />
      </section>
      {data ? (
        <p className="-mt-2 text-xs text-stone-500">
          Compared with {data.previousPeriod.from} to {data.previousPeriod.to}, the same number of days just before.
        </p>
      ) : null}

      <Panel
        title={filters.by === "week" ? "Revenue per week" : "Revenue per day"}
        actions={data ? <CsvButton sales={data} /> : null}
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
            <p className="py-16 text-center text-sm text-stone-500">No sales in this period.</p>
          )
        ) : (
          <Bone className="h-[260px] w-full rounded-lg" />
        )}
      </Panel>

      <div className="grid gap-5 lg:grid-cols-2">
        <Breakdown
          title="By channel"
          rows={data?.byChannel.map((r) => ({ key: r.channel, label: r.channel === "web" ? "Web" : "Stores", ...r }))}
        />
        <Breakdown
          title="By fulfilment"
          rows={data?.byFulfilment.map((r) => ({
            key: r.fulfilment,
            label: FULFILMENT_LABELS[r.fulfilment] ?? r.fulfilment,
            ...r,
          }))}
        />
        <Breakdown title="By store" rows={data?.byStore.map((r) => ({ key: r.storeId, label: r.name, ...r }))} />
        <Breakdown
          title="At the counter, by staff member"
          empty="No counter sales in this period."
          rows={data?.byStaff.map((r) => ({ key: r.staffId, label: r.name, ...r }))}
        />
      </div>

      {rangeProblem ? null : <ClickAndCollect range={range} storeId={filters.storeId} />}
    </div>
  );
}

function Select({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-stone-600">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="mt-1 h-9 rounded-lg border border-stone-300 bg-white pr-7 pl-2.5 text-sm text-stone-900 hover:border-stone-400 focus:border-stone-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-accent-700/40"
      >
        {children}
      </select>
    </div>
  );
}

function DateField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-stone-600">
        {label}
      </label>
      <input
        id={id}
        type="date"
        value={value}
        onChange={(e) => e.target.value && onChange(e.target.value)}
        className="mt-1 h-9 rounded-lg border border-stone-300 bg-white px-2.5 text-sm text-stone-900 hover:border-stone-400 focus:border-stone-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-accent-700/40"
      />
    </div>
  );
}

function Alert({ children }: { children: React.ReactNode }) {
  return (
    <p role="alert" className="flex items-start gap-2 rounded-lg bg-out-bg px-3 py-2.5 text-sm text-out">
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      {children}
    </p>
  );
}

function Figure({ label, now, before, money }: { label: string; now?: number; before?: number; money?: boolean }) {
  const show = (n: number) => (money ? formatMoney(n) : number.format(n));
  const delta = now === undefined || before === undefined ? undefined : change(now, before);
  return (
    <div className="rounded-xl border border-stone-200 bg-white px-5 py-4">
      <p className="text-sm text-stone-600">{label}</p>
      {now === undefined ? (
        <Bone className="mt-2 h-8 w-32" />
      ) : (
        <p className="mt-1 text-2xl font-semibold tracking-tight text-stone-950 tabular-nums">{show(now)}</p>
      )}
      <p className="mt-1 h-5 text-xs text-stone-500 tabular-nums">
        {delta === undefined ? null : delta === null ? (
          "Nothing in the period before"
        ) : (
          <span className="inline-flex items-center gap-1">
            <span
              className={clsx(
                "inline-flex items-center font-medium",
                delta > 0 ? "text-ok" : delta < 0 ? "text-out" : "text-stone-600",
              )}
            >
              {delta > 0 ? (
                <ArrowUpRight aria-hidden="true" className="size-3.5" />
              ) : delta < 0 ? (
                <ArrowDownRight aria-hidden="true" className="size-3.5" />
              ) : null}
              {percent.format(delta)}
            </span>
            vs {show(before!)} before
          </span>
        )}
      </p>
    </div>
  );
}

function Breakdown({
  title,
  rows,
  empty = "No sales in this period.",
}: {
  title: string;
  rows?: (Row & { key: string; label: string })[];
  empty?: string;
}) {
  const total = rows?.reduce((sum, r) => sum + r.revenueMinor, 0) ?? 0;
  return (
    <Panel title={title}>
      {!rows ? (
        <div className="space-y-2">
          <Bone className="h-4 w-full" />
          <Bone className="h-4 w-4/5" />
        </div>
      ) : rows.length === 0 ? (
        <p className="py-4 text-sm text-stone-500">{empty}</p>
      ) : (
        <table className="w-full text-sm" aria-label={title}>
          <thead className="text-left text-xs text-stone-500">
            <tr>
              <th className="pb-2 font-medium"></th>
              <th className="pb-2 text-right font-medium">Orders</th>
              <th className="pb-2 text-right font-medium">Average</th>
              <th className="pb-2 text-right font-medium">Revenue</th>
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
                <td className="py-2 text-right text-stone-700 tabular-nums">{number.format(r.orders)}</td>
                <td className="py-2 text-right text-stone-700 tabular-nums">{formatMoney(r.averageMinor)}</td>
                <td className="py-2 text-right font-medium text-stone-950 tabular-nums">
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

/** The period's rows as a CSV a Spanish Excel opens as is (`;`, decimal comma, a byte-order mark). */
function CsvButton({ sales }: { sales: Sales }) {
  function download() {
    const euros = (minor: number) => (minor / 100).toFixed(2).replace(".", ",");
    const csv = Papa.unparse(
      {
        fields: ["period_start", "orders", "units", "revenue", "average_order"],
        data: sales.byPeriod.map((r) => [r.start, r.orders, r.units, euros(r.revenueMinor), euros(r.averageMinor)]),
      },
      { delimiter: ";", newline: "\r\n" },
    );
    const url = URL.createObjectURL(new Blob([`\uFEFF${csv}\r\n`], { type: "text/csv;charset=utf-8" }));
    const a = Object.assign(document.createElement("a"), {
      href: url,
      download: `mostrador-sales-${sales.from}-${sales.to}.csv`,
    });
    a.click();
    URL.revokeObjectURL(url);
  }
  return (
    <button
      type="button"
      onClick={download}
      className="inline-flex h-8 items-center gap-1.5 rounded-lg border border-stone-300 px-2.5 text-xs font-medium text-stone-800 hover:border-stone-400 hover:bg-stone-50"
    >
      <Download aria-hidden="true" className="size-3.5" />
      CSV
    </button>
  );
}
