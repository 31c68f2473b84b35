"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { clsx } from "clsx";
import { ChevronLeft, ChevronRight, ClipboardCheck, History, PackagePlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { ConsoleStore } from "@/server/domain/staff/console-store";
import { useTRPC } from "@/trpc/react";
import { useLiveVariants } from "@/app/_components/live";
import { SearchInput } from "@/ui/search-input";
import { Bone, LoadingStatus } from "@/ui/skeleton";
import { Button, buttonClasses } from "@/ui/button";
import { useFailureOf } from "@/app/staff/_lib/format";
import { CorrectCountDialog, HistoryDialog, ReceiveDialog, type StockItem } from "./stock-dialogs";
import { useDebounced } from "@/ui/use-debounced";

type Action = { kind: "receive" | "correct" | "history"; item: StockItem } | null;

/** The store's stock levels: search, then receive a delivery, correct a count or read an item's history. */
export function Stock({ store }: { store: ConsoleStore }) {
  const trpc = useTRPC();
  const t = useTranslations("staff.stock");
  const failureOf = useFailureOf();
  const id = useId();
  const [query, setQuery] = useState("");
  const [page, setPage] = useState(1);
  const [action, setAction] = useState<Action>(null);
  const searched = useDebounced(query.trim(), 250);
  const levels = useQuery(
    trpc.inventory.levels.queryOptions({ query: searched, page }, { placeholderData: keepPreviousData }),
  );
  const data = levels.data;
  // Sales online and at other tills, pickups and returns change these figures: follow them live.
  useLiveVariants(data?.items.map((i) => i.variantId) ?? [], () => void levels.refetch());

  return (
    <div className="mx-auto max-w-6xl">
      <div role="search" className="rounded-3xl border border-stone-200 bg-white p-4 sm:p-5">
        <label htmlFor={`${id}-q`} className="block text-lg font-semibold text-stone-950">
          {t("find", { store: store.name })}
        </label>
        <SearchInput
          look="console-strong"
          className="mt-2"
          id={`${id}-q`}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setPage(1);
          }}
          placeholder={t("placeholder")}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={100}
          aria-describedby={`${id}-count`}
          onClear={() => {
            setQuery("");
            setPage(1);
          }}
        />
        <p id={`${id}-count`} role="status" className="mt-2 text-sm text-stone-600">
          {data
            ? searched
              ? t("matching", { count: data.total, query: searched })
              : t("inCatalog", { count: data.total })
            : "\u00a0"}
        </p>
      </div>

      <div className="mt-5">
        {levels.isPending ? (
          <StockSkeleton />
        ) : levels.isError ? (
          <div role="alert" className="rounded-3xl border border-stone-200 bg-white p-8 text-center">
            <h2 className="text-xl font-semibold text-stone-950">{t("didNotLoad")}</h2>
            <p className="mt-2 text-stone-600">{failureOf(levels.error).message}</p>
            <Button size="lg" onClick={() => void levels.refetch()} className="mt-6">
              {t("retry")}
            </Button>
          </div>
        ) : data!.items.length === 0 ? (
          <p className="rounded-3xl border border-dashed border-stone-300 bg-white/60 px-6 py-12 text-center text-lg text-stone-600">
            {t("none", { query: searched })}
          </p>
        ) : (
          <div
            className={clsx(
              "overflow-hidden rounded-3xl border border-stone-200 bg-white transition-opacity",
              levels.isPlaceholderData && "opacity-60",
            )}
          >
            <table className="w-full text-left">
              <caption className="sr-only">
                {t("caption", { store: store.name, page: data!.page, pages: data!.pageCount })}
              </caption>
              <thead className="border-b border-stone-200 bg-stone-50 text-xs font-semibold tracking-wide text-stone-600 uppercase">
                <tr>
                  <th scope="col" className="px-4 py-3 sm:px-5">
                    {t("item")}
                  </th>
                  <th scope="col" className="px-2 py-3 text-right">
                    {t("onHand")}
                  </th>
                  <th scope="col" className="px-2 py-3 text-right">
                    {t("reserved")}
                  </th>
                  <th scope="col" className="px-2 py-3 text-right">
                    {t("available")}
                  </th>
                  <th scope="col" className="px-4 py-3 text-right sm:px-5">
                    <span className="sr-only">{t("actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {data!.items.map((item) => (
                  <StockRow key={item.variantId} item={item} onAction={(kind) => setAction({ kind, item })} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        {data && data.pageCount > 1 ? (
          <Pages page={page} shown={data.page} pageCount={data.pageCount} onPage={setPage} />
        ) : null}
      </div>

      <ReceiveDialog item={action?.kind === "receive" ? action.item : null} onClose={() => setAction(null)} />
      <CorrectCountDialog item={action?.kind === "correct" ? action.item : null} onClose={() => setAction(null)} />
      <HistoryDialog
        item={action?.kind === "history" ? action.item : null}
        timeZone={store.timezone}
        onClose={() => setAction(null)}
      />
    </div>
  );
}

/** Back and forth through the pages, with common.pagination's words. */
function Pages({
  page,
  shown,
  pageCount,
  onPage,
}: {
  page: number;
  /** The page on screen, which lags `page` while the next one loads. */
  shown: number;
  pageCount: number;
  onPage: (page: number) => void;
}) {
  const t = useTranslations("common.pagination");
  const tStock = useTranslations("staff.stock");
  const button =
    "inline-flex size-12 items-center justify-center rounded-full border border-stone-300 bg-white disabled:opacity-40";
  const where = tStock("pageOf", { page: shown, pages: pageCount });
  return (
    <nav aria-label={t("label")} className="mt-4 flex items-center justify-center gap-3">
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)} className={button}>
        <ChevronLeft aria-hidden="true" className="size-5" />
        <span className="sr-only">{t("previous")}</span>
      </button>
      <span className="text-sm text-stone-700 tabular-nums">{where}</span>
      <button type="button" disabled={page >= pageCount} onClick={() => onPage(page + 1)} className={button}>
        <ChevronRight aria-hidden="true" className="size-5" />
        <span className="sr-only">{t("next")}</span>
      </button>
    </nav>
  );
}

function StockRow({
  item,
  onAction,
}: {
  item: StockItem;
  onAction: (kind: "receive" | "correct" | "history") => void;
}) {
  const t = useTranslations("staff.stock");
  const name = `${item.name}${item.colour ? ` ${item.colour}` : ""}${item.size ? ` ${item.size}` : ""}`;
  const action = buttonClasses({ variant: "secondary", size: "sm", className: "min-w-11 gap-1.5 bg-white px-3" });
  return (
    <tr aria-label={name}>
      <th scope="row" className="px-4 py-3 font-normal sm:px-5">
        <span className="block font-semibold text-stone-950">{item.name}</span>
        <span className="block text-sm text-stone-600">{[item.colour, item.size].filter(Boolean).join(" · ")}</span>
        <span className="block font-mono text-xs text-stone-500">{item.sku}</span>
      </th>
      <td className="px-2 py-3 text-right text-lg font-semibold text-stone-950 tabular-nums">{item.onHand}</td>
      <td className="px-2 py-3 text-right text-lg text-stone-700 tabular-nums">{item.reserved}</td>
      <td className="px-2 py-3 text-right">
        <span className="text-lg font-semibold text-stone-950 tabular-nums">{item.available}</span>
        {item.soldOut ? (
          <span className="mt-1 block text-xs font-semibold text-out">
            <span className="rounded-full bg-out-bg px-2 py-0.5">{t("soldOut")}</span>
          </span>
        ) : item.low ? (
          <span className="mt-1 block text-xs font-semibold text-low">
            <span className="rounded-full bg-low-bg px-2 py-0.5">{t("low")}</span>
          </span>
        ) : null}
      </td>
      <td className="px-4 py-3 sm:px-5">
        <div className="flex justify-end gap-2">
          <button type="button" onClick={() => onAction("receive")} className={action}>
            <PackagePlus aria-hidden="true" className="size-4" />
            <span className="max-lg:sr-only">{t("receive")}</span>
            <span className="sr-only"> {name}</span>
          </button>
          <button type="button" onClick={() => onAction("correct")} className={action}>
            <ClipboardCheck aria-hidden="true" className="size-4" />
            <span className="max-lg:sr-only">{t("correct")}</span>
            <span className="sr-only"> {t("ofItem", { name })}</span>
          </button>
          <button type="button" onClick={() => onAction("history")} className={action}>
            <History aria-hidden="true" className="size-4" />
            <span className="max-lg:sr-only">{t("history")}</span>
            <span className="sr-only"> {t("ofItem", { name })}</span>
          </button>
        </div>
      </td>
    </tr>
  );
}

function StockSkeleton() {
  const t = useTranslations("staff.stock");
  return (
    <div className="rounded-3xl border border-stone-200 bg-white p-5">
      <LoadingStatus label={t("loading")} />
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="flex items-center justify-between gap-4 border-b border-stone-100 py-4 last:border-0">
          <div>
            <Bone className="h-5 w-48" />
            <Bone className="mt-2 h-4 w-32" />
          </div>
          <Bone className="h-11 w-64 rounded-full" />
        </div>
      ))}
    </div>
  );
}
