"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTRPC } from "@/trpc/react";
import { useDebounced } from "@/ui/use-debounced";
import { filtersFrom, isFiltered, searchOf } from "../_lib/filters";
import { BulkBar } from "./bulk-bar";
import type { ProductRow } from "./columns";
import { ProductGrid } from "./product-grid";
import { ProductToolbar } from "./toolbar";

const PAGE_SIZE = 100;
const NO_ROWS: ProductRow[] = [];

type Props = { categories: { id: string; name: string }[] };

/**
 * The studio's product list: filters in the address, search as you type (debounced), and every
 * matching product a page at a time as the table scrolls. The rows of the last answer stay on
 * screen while the next one is on its way, so typing never blanks the table.
 */
export function ProductList({ categories }: Props) {
  const t = useTranslations("studio.catalog.list");
  const trpc = useTRPC();
  // Read from the address as it is now, not as the server first rendered it: Back to the list
  // from an editor finds the search and filters the marketer left (they are kept with replaceState).
  const params = useSearchParams();
  const [filters, setFilters] = useState(() => filtersFrom(Object.fromEntries(params.entries())));
  const query = useDebounced(filters.query.trim(), 200);
  const searchRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLTableElement>(null);

  const filter = {
    query: query || undefined,
    status: filters.status ?? undefined,
    categoryId: filters.categoryId ?? undefined,
    channel: filters.channel ?? undefined,
    stock: filters.stock ?? undefined,
  };
  const input = { ...filter, sort: filters.sort, limit: PAGE_SIZE };
  const list = useInfiniteQuery(
    trpc.studio.products.list.infiniteQueryOptions(input, {
      getNextPageParam: (page) => page.nextCursor,
      placeholderData: keepPreviousData,
      staleTime: 30_000,
      // A refusal will not change on a retry; a failure on the way gets one more try.
      retry: (failures, error) => failures < 1 && (error.data?.httpStatus ?? 500) >= 500,
    }),
  );
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? NO_ROWS, [list.data]);

  // Ticked for a bulk change: some rows by id, or every product the filters match. New filters
  // start a new selection, so a change never reaches products the marketer can no longer see.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const [anchor, setAnchor] = useState<string | null>(null);
  const filterKey = JSON.stringify(filter);
  const [selectionKey, setSelectionKey] = useState(filterKey);
  if (selectionKey !== filterKey) {
    setSelectionKey(filterKey);
    setSelected(new Set());
    setAllMatching(false);
  }
  const everyListedTicked = rows.length > 0 && (allMatching || rows.every((r) => selected.has(r.id)));
  const matchingCount = useQuery(
    trpc.studio.products.count.queryOptions(filter, { enabled: everyListedTicked && list.hasNextPage }),
  );
  const clearSelection = () => {
    setSelected(new Set());
    setAllMatching(false);
    setAnchor(null);
  };
  function toggle(id: string, range: boolean) {
    const base = allMatching ? new Set(rows.map((r) => r.id)) : new Set(selected);
    setAllMatching(false);
    const from = range && anchor ? rows.findIndex((r) => r.id === anchor) : -1;
    const to = rows.findIndex((r) => r.id === id);
    const tick = !base.has(id);
    const span = from >= 0 ? rows.slice(Math.min(from, to), Math.max(from, to) + 1) : rows.filter((r) => r.id === id);
    for (const r of span) {
      if (tick) base.add(r.id);
      else base.delete(r.id);
    }
    setSelected(base);
    setAnchor(id);
  }
  const tickedCount = allMatching ? (matchingCount.data?.count ?? null) : selected.size;

  // The address follows the filters, so a view can be reloaded, shared or gone back to.
  useEffect(() => {
    const search = searchOf({ ...filters, query });
    if (search !== window.location.search)
      window.history.replaceState(null, "", `${window.location.pathname}${search}`);
  }, [filters, query]);

  // "/" jumps to the search box from anywhere but a field.
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement | null;
      if (
        e.key !== "/" ||
        e.metaKey ||
        e.ctrlKey ||
        e.altKey ||
        target?.closest("input, textarea, select, [contenteditable]")
      )
        return;
      e.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const loaded = list.data !== undefined;
  const summary = !loaded
    ? list.isError
      ? ""
      : t("loading")
    : list.hasNextPage
      ? t("countMore", { count: rows.length })
      : t("count", { count: rows.length });

  return (
    <>
      {allMatching || selected.size > 0 ? (
        <BulkBar
          count={tickedCount}
          selection={allMatching ? { filter } : { ids: [...selected] }}
          categories={categories}
          matching={
            everyListedTicked && list.hasNextPage
              ? { total: matchingCount.data?.count ?? null, onSelectAll: () => setAllMatching(true) }
              : null
          }
          allMatching={allMatching}
          onClear={clearSelection}
        />
      ) : null}
      <ProductToolbar
        ref={searchRef}
        filters={filters}
        categories={categories}
        onChange={(next) => setFilters((f) => ({ ...f, ...next }))}
        onLeaveSearch={() => gridRef.current?.focus()}
        searching={list.isPlaceholderData || (loaded && filters.query.trim() !== query)}
      />
      <ProductGrid
        ref={gridRef}
        rows={rows}
        state={list.isPending ? "loading" : list.isError && !loaded ? "error" : "ready"}
        filtered={isFiltered({ ...filters, query })}
        query={query}
        // The server's messages are written for people; anything else (a dropped connection) is not.
        errorMessage={list.error ? (list.error.data ? list.error.message : t("unreachable")) : null}
        hasNextPage={list.hasNextPage}
        loadingMore={list.isFetchingNextPage}
        nextPageFailed={list.isFetchNextPageError}
        // Each new set of filters starts at the top.
        resetKey={JSON.stringify(input)}
        onNeedMore={() => {
          if (list.hasNextPage && !list.isFetchingNextPage && !list.isFetchNextPageError) void list.fetchNextPage();
        }}
        onRetry={() => void (loaded ? list.fetchNextPage() : list.refetch())}
        onClearFilters={() => {
          setFilters((f) => ({ ...f, query: "", status: null, categoryId: null, channel: null, stock: null }));
          searchRef.current?.focus();
        }}
        selected={selected}
        allMatching={allMatching}
        onToggle={toggle}
        onToggleAll={() => {
          if (everyListedTicked) clearSelection();
          else setSelected(new Set(rows.map((r) => r.id)));
        }}
      />
      <footer className="flex shrink-0 items-center justify-between gap-4 pt-2 text-xs text-stone-500">
        <p aria-live="polite" className="tabular-nums">
          {summary}
        </p>
        <p aria-hidden="true" className="flex items-center gap-3">
          <span>
            <Kbd>/</Kbd> {t("keys.search")}
          </span>
          <span>
            <Kbd>↑</Kbd> <Kbd>↓</Kbd> {t("keys.move")}
          </span>
          <span>
            <Kbd>{t("keys.space")}</Kbd> {t("keys.select")}
          </span>
          <span>
            <Kbd>{t("keys.enter")}</Kbd> {t("keys.edit")}
          </span>
        </p>
      </footer>
    </>
  );
}

function Kbd({ children }: { children: React.ReactNode }) {
  return (
    <kbd className="rounded border border-stone-200 bg-white px-1 font-sans text-[11px] text-stone-500">{children}</kbd>
  );
}
