"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { clsx } from "clsx";
import { PackageSearch, Plus, ScanBarcode, Truck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useTRPC } from "@/trpc/react";
import { SearchInput } from "@/ui/search-input";
import { formatMoney } from "@/lib/money";
import { shortStoreName } from "@/lib/words";
import { Bone, LoadingStatus } from "@/ui/skeleton";
import { useFailureOf } from "@/app/staff/_lib/format";
import type { RouterOutputs } from "@/app/_lib/types";
import { useDebounced } from "@/ui/use-debounced";
import { Button } from "@/ui/button";
import { useLiveCatalog } from "@/app/_components/live";

export type FoundItem = RouterOutputs["pos"]["findItem"]["items"][number];

type Props = {
  /** What the add button says: "Add to basket", "Add to cart". */
  addLabel: string;
  onAdd: (item: FoundItem) => void;
  /** Only sell what is on this store's shelf (a counter sale); a web cart can come from anywhere. */
  shelfOnly: boolean;
  /** Endless aisle: order an item this store lacks from elsewhere. */
  onOrderElsewhere?: (item: FoundItem) => void;
  busy?: boolean;
};

export function variantLabel(item: { name: string; colour: string | null; size: string | null }) {
  const options = [item.colour, item.size].filter(Boolean).join(", ");
  return options ? `${item.name} (${options})` : item.name;
}

/**
 * Find an item by scanning or typing its SKU or barcode (Enter adds an exact match at once, as a
 * scanner does), or by words of its name. Each shows the units on this store's shelf and where
 * else it can be had.
 */
export function ItemFinder({ addLabel, onAdd, shelfOnly, onOrderElsewhere, busy }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useTranslations("staff.itemFinder");
  const failureOf = useFailureOf();
  const [text, setText] = useState("");
  const code = useDebounced(text.trim(), 200);
  const ready = code.length >= 2;
  const found = useQuery(
    trpc.pos.findItem.queryOptions({ code }, { enabled: ready, placeholderData: (previous) => previous }),
  );
  const inputId = useId();
  const statusId = useId();
  // What the studio publishes to the stores, or takes off them, shows in the finder at once.
  useLiveCatalog(() => void queryClient.invalidateQueries({ queryKey: trpc.pos.findItem.queryKey() }));

  /** A scanner types the code and Enter at once: look it up now, not after the debounce, and add an exact match. */
  async function onEnter() {
    const typed = text.trim();
    if (typed.length < 2) return;
    const result = await queryClient.fetchQuery(trpc.pos.findItem.queryOptions({ code: typed })).catch(() => null);
    const only = result?.exact && result.items.length === 1 ? result.items[0] : undefined;
    if (only && (!shelfOnly || only.here > 0)) {
      onAdd(only);
      setText("");
    }
  }

  const items = ready && found.data ? found.data.items : [];

  return (
    <section aria-labelledby={`${inputId}-heading`} className="flex min-h-0 flex-col">
      <h2 id={`${inputId}-heading`} className="sr-only">
        {t("heading")}
      </h2>
      <label htmlFor={inputId} className="text-sm font-medium text-stone-900">
        {t("label")}
      </label>
      <SearchInput
        look="console"
        icon={ScanBarcode}
        className="mt-1.5"
        id={inputId}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== "Enter") return;
          e.preventDefault();
          void onEnter();
        }}
        placeholder={t("placeholder")}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        aria-describedby={statusId}
      />
      <div className="mt-3 min-h-0 flex-1">
        {!ready ? (
          <p
            id={statusId}
            className="rounded-2xl bg-white px-4 py-6 text-center text-sm text-stone-500 ring-1 ring-stone-200"
          >
            <PackageSearch aria-hidden="true" className="mx-auto mb-2 size-6 text-stone-400" />
            {t("typeMore")}
          </p>
        ) : found.isPending ? (
          <div className="space-y-2">
            <LoadingStatus label={t("looking")} />
            <Bone className="h-20 rounded-2xl" />
            <Bone className="h-20 rounded-2xl" />
          </div>
        ) : found.isError ? (
          <p id={statusId} role="alert" className="rounded-2xl bg-out-bg px-4 py-4 text-sm text-out">
            {failureOf(found.error).message}
          </p>
        ) : !items.length ? (
          <p
            id={statusId}
            role="status"
            className="rounded-2xl bg-white px-4 py-6 text-center text-stone-600 ring-1 ring-stone-200"
          >
            {t("none", { code })}
          </p>
        ) : (
          <>
            <p id={statusId} role="status" className="sr-only">
              {t("found", { count: items.length })}
            </p>
            <ul className="space-y-2">
              {items.map((item) => (
                <ItemRow
                  key={item.variantId}
                  item={item}
                  addLabel={addLabel}
                  onAdd={onAdd}
                  shelfOnly={shelfOnly}
                  onOrderElsewhere={onOrderElsewhere}
                  busy={busy}
                />
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

function ItemRow({
  item,
  addLabel,
  onAdd,
  shelfOnly,
  onOrderElsewhere,
  busy,
}: Omit<Props, "onAdd"> & { item: FoundItem; onAdd: Props["onAdd"] }) {
  const t = useTranslations("staff.itemFinder");
  const label = variantLabel(item);
  const canAdd = !shelfOnly || item.here > 0;
  return (
    <li className="flex items-center gap-3 rounded-2xl bg-white p-3 ring-1 ring-stone-200">
      {item.image ? (
        // eslint-disable-next-line @next/next/no-img-element -- small thumbnails from our own /public
        <img src={item.image} alt="" className="size-14 shrink-0 rounded-xl bg-stone-100 object-cover" />
      ) : (
        <span aria-hidden="true" className="size-14 shrink-0 rounded-xl bg-stone-100" />
      )}
      <div className="min-w-0 flex-1">
        <p className="truncate font-semibold text-stone-950">{label}</p>
        <p className="truncate text-sm text-stone-600">
          <span className="font-mono text-xs">{item.sku}</span> ·{" "}
          {formatMoney(item.price.amountMinor, item.price.currency)}
        </p>
        <p className="mt-0.5 flex flex-wrap items-center gap-x-2 text-sm">
          <span
            className={clsx("font-semibold", item.here === 0 ? "text-out" : item.here <= 2 ? "text-low" : "text-ok")}
          >
            {item.here === 0 ? t("noneHere") : t("here", { count: item.here })}
          </span>
          {item.elsewhere.length ? (
            <span className="truncate text-stone-500">
              {t("alsoAt", {
                places: item.elsewhere
                  .map((e) => `${e.kind === "warehouse" ? t("warehouse") : shortStoreName(e.name)} (${e.available})`)
                  .join(", "),
              })}
            </span>
          ) : item.here === 0 ? (
            <span className="text-stone-500">{t("soldOutEverywhere")}</span>
          ) : null}
        </p>
      </div>
      <div className="flex shrink-0 flex-col gap-1.5">
        {canAdd ? (
          <Button
            size="sm"
            disabled={busy}
            onClick={() => onAdd(item)}
            aria-label={`${addLabel}: ${label}`}
            className="gap-1.5 px-4 disabled:opacity-50"
          >
            <Plus aria-hidden="true" className="size-4" />
            {addLabel}
          </Button>
        ) : null}
        {onOrderElsewhere && item.here === 0 && item.elsewhere.length ? (
          <button
            type="button"
            onClick={() => onOrderElsewhere(item)}
            aria-label={t("orderElsewhereLabel", { item: label })}
            className="inline-flex min-h-11 items-center justify-center gap-1.5 rounded-full bg-accent-100 px-4 text-sm font-semibold text-accent-900 hover:bg-accent-200"
          >
            <Truck aria-hidden="true" className="size-4" />
            {t("orderElsewhere")}
          </button>
        ) : null}
      </div>
    </li>
  );
}
