"use client";

import { useTable } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { clsx } from "clsx";
import { CircleAlert, PackageSearch } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Bone, LoadingStatus } from "@/ui/skeleton";
import { columns, editorHref, features, type ProductRow } from "./columns";

const ROW_HEIGHT = 56;
/** Ask for the next page this many rows before the end, so scrolling rarely waits. */
const PREFETCH_ROWS = 30;

type Props = {
  rows: ProductRow[];
  state: "loading" | "error" | "ready";
  filtered: boolean;
  query: string;
  errorMessage: string | null;
  hasNextPage: boolean;
  loadingMore: boolean;
  nextPageFailed: boolean;
  /** Changes with the filters: the active row and the scroll go back to the top. */
  resetKey: string;
  onNeedMore: () => void;
  onRetry: () => void;
  onClearFilters: () => void;
  /** The rows ticked for a bulk change; `allMatching` ticks every product the filters match. */
  selected: ReadonlySet<string>;
  allMatching: boolean;
  /** `range`: Shift held, so every row from the last one ticked to this one follows it. */
  onToggle: (id: string, range: boolean) => void;
  onToggleAll: () => void;
  ref?: React.Ref<HTMLTableElement>;
};

/**
 * The products as a grid with one tab stop: arrow keys, Page Up/Down, Home and End move the
 * active row, Space ticks it for a bulk change, Enter opens its editor. Only the rows in view are
 * in the page (TanStack Virtual), so ten thousand products scroll as lightly as fifty.
 */
export function ProductGrid(props: Props) {
  const { rows, state, hasNextPage, loadingMore, nextPageFailed, resetKey, onNeedMore, ref } = props;
  const { selected, allMatching, onToggle, onToggleAll } = props;
  const t = useTranslations("studio.catalog.grid");
  const router = useRouter();
  const openProduct = (row: ProductRow | undefined) => {
    if (row) router.push(editorHref(row));
  };
  const isTicked = (id: string) => allMatching || selected.has(id);
  const tickedCount = allMatching ? rows.length : rows.filter((r) => selected.has(r.id)).length;
  const table = useTable({ features, columns, data: rows, getRowId: (row) => row.id });
  const tableRows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);

  // No React Compiler in this app: the virtualizer re-renders this component itself as it scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => tableRows[index]?.id ?? index,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastInView = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasNextPage && lastInView >= tableRows.length - PREFETCH_ROWS) onNeedMore();
  }, [hasNextPage, lastInView, tableRows.length, onNeedMore]);

  const [seenKey, setSeenKey] = useState(resetKey);
  if (seenKey !== resetKey) {
    setSeenKey(resetKey);
    setActive(0);
  }
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  const activeIndex = Math.min(active, Math.max(tableRows.length - 1, 0));
  const activeRow = tableRows[activeIndex];

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(index, tableRows.length - 1));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: "auto" });
  }

  function onKeyDown(e: React.KeyboardEvent) {
    if (tableRows.length === 0) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (e.key in moves) moveTo(activeIndex + moves[e.key]!);
    else if (e.key === "Home") moveTo(0);
    else if (e.key === "End") moveTo(tableRows.length - 1);
    else if (e.key === "Enter") openProduct(activeRow?.original);
    else if (e.key === " " && activeRow) onToggle(activeRow.id, e.shiftKey);
    else return;
    e.preventDefault();
  }

  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const cellClass = (meta: { width: string; align?: "right" } | undefined) =>
    clsx("flex shrink-0 items-center px-2.5 xl:px-3", meta?.width, meta?.align === "right" && "justify-end text-right");

  return (
    <div
      ref={scrollRef}
      className="relative min-h-0 flex-1 overflow-auto rounded-xl border border-stone-200 bg-white shadow-xs"
    >
      <table
        ref={ref}
        role="grid"
        aria-label={t("label")}
        aria-multiselectable="true"
        aria-rowcount={hasNextPage ? -1 : tableRows.length + 1}
        aria-busy={state === "loading" || undefined}
        aria-activedescendant={state === "ready" && activeRow ? `product-row-${activeRow.id}` : undefined}
        tabIndex={state === "ready" && tableRows.length ? 0 : -1}
        onKeyDown={onKeyDown}
        className="group/grid grid w-full min-w-[44rem] outline-none"
      >
        <thead className="sticky top-0 z-10 grid border-b border-stone-200 bg-stone-50">
          <tr className="flex w-full">
            <th scope="col" className="flex w-10 shrink-0 items-center justify-center pl-1">
              <input
                type="checkbox"
                tabIndex={-1}
                aria-label={t("selectAll")}
                checked={rows.length > 0 && tickedCount === rows.length}
                ref={(box) => {
                  if (box) box.indeterminate = tickedCount > 0 && tickedCount < rows.length;
                }}
                disabled={state !== "ready" || rows.length === 0}
                onChange={onToggleAll}
                className="size-4 accent-stone-900"
              />
            </th>
            {headers.map((header) => (
              <th
                key={header.id}
                scope="col"
                className={clsx(
                  cellClass(header.column.columnDef.meta),
                  "h-9 text-xs font-medium tracking-wide text-stone-500 uppercase",
                )}
              >
                <table.FlexRender header={header} />
              </th>
            ))}
          </tr>
        </thead>
        {state === "ready" && tableRows.length > 0 ? (
          <tbody className="relative grid" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = tableRows[item.index]!;
              const isActive = item.index === activeIndex;
              return (
                <tr
                  key={row.id}
                  id={`product-row-${row.id}`}
                  aria-rowindex={item.index + 2}
                  aria-selected={isTicked(row.id)}
                  data-active={isActive || undefined}
                  onClick={() => setActive(item.index)}
                  onDoubleClick={() => openProduct(row.original)}
                  className={clsx(
                    "absolute inset-x-0 flex w-full cursor-default border-b border-stone-100 transition-colors",
                    // The active row shows while the grid has focus (keyboard or a click); otherwise rows are calm.
                    isActive
                      ? "group-focus/grid:bg-accent-50 group-focus/grid:shadow-[inset_3px_0_0_var(--color-accent-600)] hover:bg-stone-50"
                      : isTicked(row.id)
                        ? "bg-stone-50"
                        : "hover:bg-stone-50",
                  )}
                  style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                >
                  <td className="flex w-10 shrink-0 items-center justify-center pl-1">
                    <input
                      type="checkbox"
                      tabIndex={-1}
                      aria-label={t("select", { name: row.original.name })}
                      checked={isTicked(row.id)}
                      onClick={(e) => {
                        e.stopPropagation();
                        setActive(item.index);
                        onToggle(row.id, e.shiftKey);
                      }}
                      onChange={() => undefined}
                      className="size-4 accent-stone-900"
                    />
                  </td>
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} className={cellClass(cell.column.columnDef.meta)}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        ) : state === "loading" ? (
          <SkeletonRows />
        ) : null}
      </table>
      {state === "ready" && tableRows.length === 0 ? <EmptyState {...props} /> : null}
      {state === "error" ? <ErrorState message={props.errorMessage} onRetry={props.onRetry} /> : null}
      {loadingMore || nextPageFailed ? (
        <div className="sticky bottom-0 flex justify-center border-t border-stone-200 bg-white/95 py-2 text-sm text-stone-600">
          {nextPageFailed ? (
            <span className="flex items-center gap-2 text-out">
              <CircleAlert aria-hidden="true" className="size-4" />
              {t("moreFailed")}
              <button type="button" onClick={props.onRetry} className="font-medium underline underline-offset-4">
                {t("retry")}
              </button>
            </span>
          ) : (
            <span role="status">{t("loadingMore")}</span>
          )}
        </div>
      ) : null}
    </div>
  );
}

function SkeletonRows() {
  const t = useTranslations("studio.catalog.grid");
  return (
    <tbody className="grid">
      {Array.from({ length: 12 }, (_, i) => (
        <tr key={i} aria-hidden="true" className="flex h-14 w-full items-center border-b border-stone-100 pr-3">
          <td className="flex w-10 shrink-0 justify-center pl-1">
            <Bone className="size-4 rounded" />
          </td>
          <td className="flex min-w-0 flex-1 items-center gap-3 px-3">
            <Bone className="size-10 rounded-md" />
            <span className="flex-1 space-y-1.5">
              <Bone className={clsx("h-3.5", i % 3 === 0 ? "w-2/5" : i % 3 === 1 ? "w-1/3" : "w-1/2")} />
              <Bone className="h-3 w-1/4" />
            </span>
          </td>
          <td className="w-24 px-3 xl:w-28">
            <Bone className="h-5 w-20 rounded-full" />
          </td>
          <td className="w-20 px-3 xl:w-38">
            <Bone className="h-5 w-14 xl:w-24" />
          </td>
          <td className="w-36 px-3 xl:w-44">
            <Bone className="h-3.5 w-20" />
          </td>
          <td className="w-32 px-3 xl:w-44">
            <Bone className="ml-auto h-3.5 w-20" />
          </td>
          <td className="w-20 px-3">
            <Bone className="ml-auto h-3.5 w-8" />
          </td>
          <td className="w-32 px-3 max-xl:hidden">
            <Bone className="ml-auto h-3.5 w-16" />
          </td>
        </tr>
      ))}
      <tr className="sr-only">
        <td>
          <LoadingStatus label={t("loading")} />
        </td>
      </tr>
    </tbody>
  );
}

function EmptyState({ filtered, query, onClearFilters }: Props) {
  const t = useTranslations("studio.catalog.grid");
  return (
    <div className="flex flex-col items-center px-6 py-20 text-center">
      <span className="grid size-12 place-items-center rounded-full bg-stone-100 text-stone-500">
        <PackageSearch aria-hidden="true" className="size-6" />
      </span>
      <h2 className="mt-4 text-base font-semibold text-stone-950">
        {!filtered ? t("emptyCatalog") : query ? t("noMatchQuery", { query }) : t("noMatchFilters")}
      </h2>
      <p className="mt-1 max-w-sm text-sm text-stone-600">{filtered ? t("emptyFilteredHint") : t("emptyHint")}</p>
      {filtered ? (
        <button
          type="button"
          onClick={onClearFilters}
          className="mt-5 inline-flex h-9 items-center rounded-lg px-3.5 text-sm font-medium text-stone-800 ring-1 ring-stone-300 ring-inset hover:bg-stone-50"
        >
          {t("clearFilters")}
        </button>
      ) : null}
    </div>
  );
}

function ErrorState({ message, onRetry }: { message: string | null; onRetry: () => void }) {
  const t = useTranslations("studio.catalog.grid");
  return (
    <div role="alert" className="flex flex-col items-center px-6 py-20 text-center">
      <span className="grid size-12 place-items-center rounded-full bg-out-bg text-out">
        <CircleAlert aria-hidden="true" className="size-6" />
      </span>
      <h2 className="mt-4 text-base font-semibold text-stone-950">{t("failed")}</h2>
      <p className="mt-1 max-w-sm text-sm text-stone-600">{message ?? t("failedHint")}</p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-5 inline-flex h-9 items-center rounded-lg bg-stone-950 px-3.5 text-sm font-semibold text-white hover:bg-stone-800"
      >
        {t("retry")}
      </button>
    </div>
  );
}
