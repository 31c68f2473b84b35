"use client";

import { clsx } from "clsx";
import { Loader2, Search, X } from "lucide-react";
import { useTranslations } from "next-intl";
import type {
  StudioChannelFilter,
  StudioProductSort,
  StudioProductStatus,
  StudioStockFilter,
} from "@/server/domain/studio/inputs";
import type { ProductFilters } from "../_lib/filters";

type Props = {
  filters: ProductFilters;
  categories: { id: string; name: string }[];
  onChange: (next: Partial<ProductFilters>) => void;
  /** The search box's ArrowDown: into the table. */
  onLeaveSearch: () => void;
  /** New results are on their way for changed filters (the old ones stay until they arrive). */
  searching: boolean;
  ref?: React.Ref<HTMLInputElement>;
};

const selectClasses =
  "h-9 rounded-lg border border-stone-300 bg-white pr-7 pl-2.5 text-sm text-stone-900 hover:border-stone-400 focus:border-stone-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-accent-700/40";

/** Search as you type; status, category, channel and stock; the sort. */
export function ProductToolbar({ filters, categories, onChange, onLeaveSearch, searching, ref }: Props) {
  const t = useTranslations("studio.catalog.toolbar");
  return (
    <div role="search" className="flex shrink-0 flex-wrap items-center gap-2 pb-3">
      <div className="relative w-full max-w-sm min-w-48 flex-1">
        <label htmlFor="studio-product-search" className="sr-only">
          {t("search")}
        </label>
        <Search
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-stone-400"
        />
        <input
          ref={ref}
          id="studio-product-search"
          type="search"
          value={filters.query}
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
          placeholder={t("searchPlaceholder")}
          onChange={(e) => onChange({ query: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown") {
              e.preventDefault();
              onLeaveSearch();
            } else if (e.key === "Escape" && filters.query) {
              e.preventDefault();
              onChange({ query: "" });
            }
          }}
          className="h-9 w-full rounded-lg border border-stone-300 bg-white pr-16 pl-9 text-sm text-stone-950 placeholder:text-stone-400 hover:border-stone-400 focus:border-stone-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-accent-700/40 [&::-webkit-search-cancel-button]:hidden"
        />
        <span className="absolute inset-y-0 right-1.5 flex items-center gap-1">
          {searching ? <Loader2 aria-hidden="true" className="size-4 animate-spin text-stone-400" /> : null}
          {filters.query ? (
            <button
              type="button"
              onClick={() => onChange({ query: "" })}
              className="grid size-6 place-items-center rounded-md text-stone-400 hover:bg-stone-100 hover:text-stone-700"
            >
              <X aria-hidden="true" className="size-4" />
              <span className="sr-only">{t("clearSearch")}</span>
            </button>
          ) : (
            <kbd
              aria-hidden="true"
              className="rounded border border-stone-200 px-1.5 font-sans text-[11px] text-stone-400"
            >
              /
            </kbd>
          )}
        </span>
      </div>

      <FilterSelect
        id="studio-product-status"
        label={t("status")}
        value={filters.status}
        onChange={(status) => onChange({ status: status as StudioProductStatus | null })}
        options={[
          ["", t("allStatuses")],
          ["published", t("statusOption.published")],
          ["scheduled", t("statusOption.scheduled")],
          ["draft", t("statusOption.draft")],
        ]}
      />
      <FilterSelect
        id="studio-product-category"
        label={t("category")}
        value={filters.categoryId}
        onChange={(categoryId) => onChange({ categoryId })}
        options={[["", t("allCategories")], ...categories.map((c) => [c.id, c.name] as const)]}
        className="max-w-44"
      />
      <FilterSelect
        id="studio-product-channel"
        label={t("channel")}
        value={filters.channel}
        onChange={(channel) => onChange({ channel: channel as StudioChannelFilter | null })}
        options={[
          ["", t("allChannels")],
          ["web", t("channelOption.web")],
          ["store", t("channelOption.store")],
          ["none", t("channelOption.none")],
        ]}
      />
      <FilterSelect
        id="studio-product-stock"
        label={t("stock")}
        value={filters.stock}
        onChange={(stock) => onChange({ stock: stock as StudioStockFilter | null })}
        options={[
          ["", t("anyStock")],
          ["in", t("stockOption.in")],
          ["out", t("stockOption.out")],
        ]}
      />
      <FilterSelect
        id="studio-product-sort"
        label={t("sort")}
        value={filters.sort}
        onChange={(sort) => onChange({ sort: (sort ?? "name") as StudioProductSort })}
        options={[
          ["name", t("sortOption.name")],
          ["updated", t("sortOption.updated")],
        ]}
        neutral
      />
    </div>
  );
}

/**
 * One of the toolbar's selects, its label for screen readers only. "" is "no filter" (null); a
 * chosen filter is drawn darker, so a narrowed list is plain at a glance (`neutral`: never, the sort).
 */
function FilterSelect({
  id,
  label,
  value,
  onChange,
  options,
  className,
  neutral,
}: {
  id: string;
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  options: readonly (readonly [string, string])[];
  className?: string;
  neutral?: boolean;
}) {
  return (
    <>
      <label className="sr-only" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value || null)}
        className={clsx(selectClasses, className, !neutral && value && "border-stone-500 font-medium")}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </>
  );
}
