"use client";

import { clsx } from "clsx";
import { Loader2, Search, X } from "lucide-react";
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
  return (
    <div role="search" className="flex shrink-0 flex-wrap items-center gap-2 pb-3">
      <div className="relative w-full max-w-sm min-w-48 flex-1">
        <label htmlFor="studio-product-search" className="sr-only">
          Search products
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
          placeholder="Search name, brand, colour…"
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
              <span className="sr-only">Clear the search</span>
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

      <label className="sr-only" htmlFor="studio-product-status">
        Status
      </label>
      <select
        id="studio-product-status"
        value={filters.status ?? ""}
        onChange={(e) => onChange({ status: (e.target.value || null) as StudioProductStatus | null })}
        className={clsx(selectClasses, filters.status && "border-stone-500 font-medium")}
      >
        <option value="">All statuses</option>
        <option value="published">Published</option>
        <option value="scheduled">Scheduled</option>
        <option value="draft">Draft</option>
      </select>

      <label className="sr-only" htmlFor="studio-product-category">
        Category
      </label>
      <select
        id="studio-product-category"
        value={filters.categoryId ?? ""}
        onChange={(e) => onChange({ categoryId: e.target.value || null })}
        className={clsx(selectClasses, "max-w-44", filters.categoryId && "border-stone-500 font-medium")}
      >
        <option value="">All categories</option>
        {categories.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>

      <label className="sr-only" htmlFor="studio-product-channel">
        Channel
      </label>
      <select
        id="studio-product-channel"
        value={filters.channel ?? ""}
        onChange={(e) => onChange({ channel: (e.target.value || null) as StudioChannelFilter | null })}
        className={clsx(selectClasses, filters.channel && "border-stone-500 font-medium")}
      >
        <option value="">All channels</option>
        <option value="web">On the web</option>
        <option value="store">In the stores</option>
        <option value="none">On no channel</option>
      </select>

      <label className="sr-only" htmlFor="studio-product-stock">
        Stock
      </label>
      <select
        id="studio-product-stock"
        value={filters.stock ?? ""}
        onChange={(e) => onChange({ stock: (e.target.value || null) as StudioStockFilter | null })}
        className={clsx(selectClasses, filters.stock && "border-stone-500 font-medium")}
      >
        <option value="">Any stock</option>
        <option value="in">In stock</option>
        <option value="out">Out of stock</option>
      </select>

      <label className="sr-only" htmlFor="studio-product-sort">
        Sort
      </label>
      <select
        id="studio-product-sort"
        value={filters.sort}
        onChange={(e) => onChange({ sort: e.target.value as StudioProductSort })}
        className={selectClasses}
      >
        <option value="name">Name A–Z</option>
        <option value="updated">Last updated</option>
      </select>
    </div>
  );
}
