"use client";

import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { INSIGHTS_MAX_DAYS, daysBetween } from "@/server/domain/insights/inputs";
import { presetRange, RANGE_PRESETS, type DayRange, type RangePreset } from "../_lib/range";
import { INSIGHTS_VIEWS, type InsightsView } from "../_lib/views";
import { CustomersView } from "./customers-view";
import { Alert, DateField, Select } from "./parts";
import { SalesView, type SalesFilters } from "./sales-dashboard";
import { SearchView } from "./search-view";

/**
 * The insights: one period for every view (presets or custom Madrid days, compared with the days
 * just before), and the sales' own filters. The view is kept in the address, so a link or a
 * reload opens the same one.
 */
export function InsightsDashboard({
  stores,
  categories,
  initialView,
}: {
  stores: { id: string; name: string }[];
  categories: { id: string; name: string }[];
  initialView: InsightsView;
}) {
  const t = useTranslations("insights");
  const id = useId();
  const [view, setView] = useState(initialView);
  const [preset, setPreset] = useState<RangePreset | "custom">("30d");
  const [range, setRange] = useState<DayRange>(() => presetRange("30d"));
  const [sales, setSales] = useState<SalesFilters>({ storeId: "", channel: "", categoryId: "", by: "day" });
  const rangeProblem =
    range.from > range.to
      ? t("filters.endsBeforeStart")
      : daysBetween(range.from, range.to) >= INSIGHTS_MAX_DAYS
        ? t("filters.tooLong", { max: INSIGHTS_MAX_DAYS })
        : null;
  const show = (next: InsightsView) => {
    setView(next);
    // The App Router keeps its state through history calls (Next 14.1+).
    window.history.replaceState(null, "", next === "sales" ? "?" : `?view=${next}`);
  };
  const setSale = (next: Partial<SalesFilters>) => setSales((f) => ({ ...f, ...next }));

  return (
    <div className="mx-auto max-w-6xl space-y-5 pb-10">
      <nav aria-label={t("views.label")} className="flex gap-1 overflow-x-auto border-b border-stone-200">
        {INSIGHTS_VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            onClick={() => show(v)}
            aria-current={view === v ? "page" : undefined}
            className={clsx(
              "-mb-px shrink-0 border-b-2 px-3 py-2 text-sm font-medium",
              view === v
                ? "border-accent-700 text-stone-950"
                : "border-transparent text-stone-600 hover:border-stone-300 hover:text-stone-900",
            )}
          >
            {t(`views.${v}`)}
          </button>
        ))}
      </nav>

      <div role="search" aria-label={t("filters.label")} className="flex flex-wrap items-end gap-3">
        <Select
          id={`${id}-range`}
          label={t("filters.period")}
          value={preset}
          onChange={(p) => {
            setPreset(p as RangePreset | "custom");
            if (p !== "custom") setRange(presetRange(p as RangePreset));
          }}
        >
          {RANGE_PRESETS.map((p) => (
            <option key={p} value={p}>
              {t(`filters.preset.${p}`)}
            </option>
          ))}
          <option value="custom">{t("filters.custom")}</option>
        </Select>
        {preset === "custom" ? (
          <>
            <DateField
              id={`${id}-from`}
              label={t("filters.from")}
              value={range.from}
              onChange={(from) => setRange({ ...range, from })}
            />
            <DateField
              id={`${id}-to`}
              label={t("filters.to")}
              value={range.to}
              onChange={(to) => setRange({ ...range, to })}
            />
          </>
        ) : null}
        {view === "sales" ? (
          <>
            <Select
              id={`${id}-store`}
              label={t("filters.store")}
              value={sales.storeId}
              onChange={(storeId) => setSale({ storeId })}
            >
              <option value="">{t("filters.everyStore")}</option>
              {stores.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
            <Select
              id={`${id}-channel`}
              label={t("filters.channel")}
              value={sales.channel}
              onChange={(channel) => setSale({ channel: channel as SalesFilters["channel"] })}
            >
              <option value="">{t("filters.everyChannel")}</option>
              <option value="web">{t("filters.web")}</option>
              <option value="store">{t("filters.stores")}</option>
            </Select>
            <Select
              id={`${id}-category`}
              label={t("filters.category")}
              value={sales.categoryId}
              onChange={(categoryId) => setSale({ categoryId })}
            >
              <option value="">{t("filters.everyCategory")}</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
            <Select
              id={`${id}-by`}
              label={t("filters.per")}
              value={sales.by}
              onChange={(by) => setSale({ by: by as SalesFilters["by"] })}
            >
              <option value="day">{t("filters.day")}</option>
              <option value="week">{t("filters.week")}</option>
            </Select>
          </>
        ) : null}
      </div>

      {rangeProblem ? (
        <Alert>{rangeProblem}</Alert>
      ) : view === "sales" ? (
        <SalesView range={range} filters={sales} />
      ) : view === "customers" ? (
        <CustomersView range={range} />
      ) : (
        <SearchView range={range} />
      )}
    </div>
  );
}
