"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTRPC } from "@/trpc/react";
import { useDebounced } from "@/ui/use-debounced";
import { isFiltered, searchOf, type ProductFilters } from "../_lib/filters";
import type { ProductRow } from "./columns";
import { ProductGrid } from "./product-grid";
import { ProductToolbar } from "./toolbar";

const PAGE_SIZE = 100;
const NO_ROWS: ProductRow[] = [];

type Props = { categories: { id: string; name: string }[]; initialFilters: ProductFilters };

/**
 * The studio's product list: filters in the address, search as you type (debounced), and every
 * matching product a page at a time as the table scrolls. The rows of the last answer stay on
 * screen while the next one is on its way, so typing never blanks the table.
 */
export function ProductList({ categories, initialFilters }: Props) {
  const trpc = useTRPC();
  const [filters, setFilters] = useState(initialFilters);
  const query = useDebounced(filters.query.trim(), 200);
  const searchRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLTableElement>(null);

  const input = {
    query: query || undefined,
    status: filters.status ?? undefined,
    categoryId: filters.categoryId ?? undefined,
    sort: filters.sort,
    limit: PAGE_SIZE,
  };
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
      : "Loading…"
    : `${rows.length.toLocaleString("en-GB")}${list.hasNextPage ? "+" : ""} ${rows.length === 1 && !list.hasNextPage ? "product" : "products"}`;

  return (
    <>
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
        errorMessage={
          list.error
            ? list.error.data
              ? list.error.message
              : "We couldn’t reach the server. Check your connection and try again."
            : null
        }
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
          setFilters((f) => ({ ...f, query: "", status: null, categoryId: null }));
          searchRef.current?.focus();
        }}
      />
      <footer className="flex shrink-0 items-center justify-between gap-4 pt-2 text-xs text-stone-500">
        <p aria-live="polite" className="tabular-nums">
          {summary}
        </p>
        <p aria-hidden="true" className="flex items-center gap-3">
          <span>
            <Kbd>/</Kbd> search
          </span>
          <span>
            <Kbd>↑</Kbd> <Kbd>↓</Kbd> move
          </span>
          <span>
            <Kbd>Enter</Kbd> open in the shop
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
