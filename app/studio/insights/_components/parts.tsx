"use client";

import { clsx } from "clsx";
import { ArrowDownRight, ArrowUpRight, CircleAlert, Download } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import Papa from "papaparse";
import { useMemo } from "react";
import { formatMoney } from "@/lib/money";
import { Bone } from "@/ui/skeleton";
import { figureFormats } from "../_lib/figures";
import { change } from "../_lib/range";

/** The insights pages' pieces: filters, figures with their change, alerts and CSV downloads. */

/** The figures' numbers and dates in the reader's language (see figureFormats). */
export function useFigureFormats() {
  const locale = useLocale();
  return useMemo(() => figureFormats(locale), [locale]);
}

export function Select({
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

export function DateField({
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

export function Alert({ children }: { children: React.ReactNode }) {
  return (
    <p role="alert" className="flex items-start gap-2 rounded-lg bg-out-bg px-3 py-2.5 text-sm text-out">
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      {children}
    </p>
  );
}

type CallError = { message: string; data?: unknown };

/** A failed call in words: the server's own message, or that it could not be reached. */
export function ErrorText({ error, short }: { error: CallError; short?: boolean }) {
  const t = useTranslations("insights.state");
  return <>{error.data ? error.message : t(short ? "offlineShort" : "offline")}</>;
}

/** Loading, failed or empty: what a panel says instead of its figures. */
export function PanelState({ error, empty }: { error?: CallError | null; empty?: string }) {
  if (error)
    return (
      <p role="alert" className="text-sm text-out">
        <ErrorText error={error} />
      </p>
    );
  if (empty) return <p className="py-4 text-sm text-stone-500">{empty}</p>;
  return (
    <div className="space-y-2" aria-busy="true">
      <Bone className="h-4 w-full" />
      <Bone className="h-4 w-4/5" />
      <Bone className="h-4 w-3/5" />
    </div>
  );
}

type FigureFormat = "number" | "money" | "percent";

export function Figure({
  label,
  now,
  before,
  money,
  format = money ? "money" : "number",
}: {
  label: string;
  now?: number;
  before?: number;
  money?: boolean;
  format?: FigureFormat;
}) {
  const t = useTranslations("insights.figure");
  const f = useFigureFormats();
  const show = (n: number) => (format === "money" ? formatMoney(n) : format === "percent" ? f.percent(n) : f.number(n));
  // A rate changes by points (14.6 % from 13.4 % is +1.2 points), a count or an amount by a share of itself.
  const delta =
    now === undefined || before === undefined ? undefined : format === "percent" ? now - before : change(now, before);
  return (
    <div className="rounded-xl border border-stone-200 bg-white px-5 py-4">
      <p className="text-sm text-stone-600">{label}</p>
      {now === undefined ? (
        <Bone className="mt-2 h-8 w-32" />
      ) : (
        <p className="mt-1 text-2xl font-semibold tracking-tight text-stone-950 tabular-nums">{show(now)}</p>
      )}
      <p className="mt-1 min-h-5 text-xs text-stone-500 tabular-nums">
        {delta === undefined ? null : delta === null ? (
          t("nothingBefore")
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
              {format === "percent" ? t("points", { value: f.signedPoints(delta) }) : f.signedPercent(delta)}
            </span>
            {t("versus", { value: show(before!) })}
          </span>
        )}
      </p>
    </div>
  );
}

/** Cents as euros with a decimal comma, as a Spanish spreadsheet reads them. */
export const euros = (minor: number) => (minor / 100).toFixed(2).replace(".", ",");

/**
 * Rows as a CSV a Spanish Excel opens as is (`;`, decimal comma, a byte-order mark), whatever the
 * reader's language: the shop's spreadsheets are Spanish ones. The headers are in their language.
 */
export function CsvButton({
  name,
  fields,
  rows,
  label,
}: {
  /** The file's name, without .csv. */
  name: string;
  fields: string[];
  rows: (string | number)[][];
  /** What the file holds, for the button's name ("Download {label} as CSV"). */
  label?: string;
}) {
  const t = useTranslations("insights.csv");
  function download() {
    const csv = Papa.unparse({ fields, data: rows }, { delimiter: ";", newline: "\r\n" });
    const url = URL.createObjectURL(new Blob([`\uFEFF${csv}\r\n`], { type: "text/csv;charset=utf-8" }));
    const a = Object.assign(document.createElement("a"), { href: url, download: `${name}.csv` });
    a.click();
    URL.revokeObjectURL(url);
  }
  return (
    <button
      type="button"
      onClick={download}
      disabled={rows.length === 0}
      aria-label={t("download", { what: label ?? t("these") })}
      className="inline-flex h-8 items-center gap-1.5 rounded-lg border border-stone-300 px-2.5 text-xs font-medium text-stone-800 hover:border-stone-400 hover:bg-stone-50 disabled:opacity-50"
    >
      <Download aria-hidden="true" className="size-3.5" />
      {t("button")}
    </button>
  );
}

/** When the figures were computed: they follow the orders and touchpoints within a minute. */
export function ComputedAt({ data }: { data?: { computedAt: Date | null } }) {
  const t = useTranslations("insights.computedAt");
  const f = useFigureFormats();
  return (
    <p className="text-xs text-stone-500" aria-live="polite">
      {data ? (data.computedAt ? t("at", { at: f.madrid(new Date(data.computedAt)) }) : t("first")) : "\u00a0"}
    </p>
  );
}
