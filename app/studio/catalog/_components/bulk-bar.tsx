"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { X } from "lucide-react";
import { useId, useState } from "react";
import { toast } from "sonner";
import type { BulkSelection } from "@/server/domain/studio/inputs-csv";
import { useTRPC } from "@/trpc/react";
import { Button } from "@/ui/button";
import { Dialog } from "@/ui/dialog";
import { ACTIONS, changeOf, describeChange, products, type Action } from "../_lib/bulk-change";

type Props = {
  /** How many products the change will touch, as far as the list knows (all matching: the count). */
  count: number | null;
  selection: BulkSelection;
  categories: { id: string; name: string }[];
  /** Offered when every listed row is ticked and more match: tick them all. */
  matching: { total: number | null; onSelectAll: () => void } | null;
  allMatching: boolean;
  onClear: () => void;
};

/**
 * The bar over the list while products are ticked: how many, "all that match", and one change
 * for all of them, confirmed first. The server makes it in one transaction (all or nothing) and
 * the history records one entry per product and field, under the marketer's name.
 */
export function BulkBar({ count, selection, categories, matching, allMatching, onClear }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [action, setAction] = useState<Action | "">("");
  const [value, setValue] = useState("");
  const [categoryId, setCategoryId] = useState("");
  const [confirming, setConfirming] = useState(false);
  const change = changeOf(action, value, categoryId);
  const ready = typeof change !== "string";

  const bulk = useMutation(
    trpc.studio.products.bulkUpdate.mutationOptions({
      onSuccess: async ({ matched, changed }) => {
        setConfirming(false);
        setAction("");
        setValue("");
        onClear();
        toast.success(
          changed === 0
            ? `Nothing to change: the ${products(matched)} already were that way.`
            : `${products(changed)} changed${changed < matched ? ` (${(matched - changed).toLocaleString("en-GB")} already were that way)` : ""}. The history lists each change.`,
        );
        await queryClient.invalidateQueries({ queryKey: trpc.studio.products.pathKey() });
      },
    }),
  );

  const needsValue = action === "percent" || action === "amount";
  return (
    <div
      role="region"
      aria-label="Bulk change"
      className="mb-3 flex shrink-0 flex-wrap items-center gap-x-4 gap-y-2 rounded-xl bg-stone-950 px-4 py-2.5 text-sm text-white"
    >
      <p className="flex items-center gap-3" aria-live="polite">
        <span className="font-semibold tabular-nums">
          {count === null ? "All matching products" : `${products(count)} selected`}
        </span>
        {matching && !allMatching ? (
          <button
            type="button"
            onClick={matching.onSelectAll}
            className="underline underline-offset-4 hover:text-stone-300"
          >
            {matching.total === null ? "Select all that match" : `Select all ${products(matching.total)} that match`}
          </button>
        ) : null}
        <button
          type="button"
          onClick={onClear}
          className="inline-flex items-center gap-1 text-stone-300 hover:text-white"
        >
          <X aria-hidden="true" className="size-4" />
          Clear
        </button>
      </p>
      <form
        className="ml-auto flex flex-wrap items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) setConfirming(true);
        }}
      >
        <label htmlFor={`${id}-action`} className="sr-only">
          What to change
        </label>
        <select
          id={`${id}-action`}
          value={action}
          onChange={(e) => setAction(e.target.value as Action | "")}
          className="h-9 rounded-lg border border-stone-700 bg-stone-900 pr-7 pl-2.5 text-sm text-white focus:outline-none focus-visible:ring-2 focus-visible:ring-white/50"
        >
          <option value="">Change…</option>
          {Object.entries(ACTIONS).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
        {action === "category" ? (
          <>
            <label htmlFor={`${id}-category`} className="sr-only">
              New category
            </label>
            <select
              id={`${id}-category`}
              value={categoryId}
              onChange={(e) => setCategoryId(e.target.value)}
              className="h-9 rounded-lg border border-stone-700 bg-stone-900 pr-7 pl-2.5 text-sm text-white focus:outline-none focus-visible:ring-2 focus-visible:ring-white/50"
            >
              <option value="">Choose a category</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </>
        ) : null}
        {needsValue ? (
          <span className="relative">
            <label htmlFor={`${id}-value`} className="sr-only">
              {action === "percent"
                ? "Percentage (negative lowers prices)"
                : "Amount in euros (negative lowers prices)"}
            </label>
            <input
              id={`${id}-value`}
              value={value}
              inputMode="decimal"
              autoComplete="off"
              maxLength={12}
              placeholder={action === "percent" ? "-10" : "-5,00"}
              onChange={(e) => setValue(e.target.value)}
              className="h-9 w-28 rounded-lg border border-stone-700 bg-stone-900 pr-8 pl-2.5 text-right text-sm text-white tabular-nums placeholder:text-stone-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-white/50"
            />
            <span
              aria-hidden="true"
              className="pointer-events-none absolute inset-y-0 right-2.5 flex items-center text-stone-400"
            >
              {action === "percent" ? "%" : "€"}
            </span>
          </span>
        ) : null}
        <button
          type="submit"
          disabled={!ready}
          title={ready ? undefined : change}
          className="inline-flex h-9 items-center rounded-lg bg-white px-3.5 text-sm font-semibold text-stone-950 hover:bg-stone-200 disabled:cursor-not-allowed disabled:opacity-50"
        >
          Apply…
        </button>
      </form>

      <Dialog
        open={confirming && ready}
        onClose={() => {
          if (!bulk.isPending) setConfirming(false);
        }}
        title={count === null ? "Change every matching product?" : `Change ${products(count)}?`}
        description="All of them change together or none does. The history records each change under your name, so any one can be put back."
      >
        {ready ? (
          <div className="space-y-5">
            <p className="text-base text-stone-900">{describeChange(change, categories)}</p>
            {bulk.error ? (
              <p role="alert" className="rounded-xl bg-out-bg px-4 py-3 text-sm text-out">
                {bulk.error.data ? bulk.error.message : "We couldn’t reach the server. Nothing was changed; try again."}
              </p>
            ) : null}
            <div className="flex justify-end gap-2">
              <Button variant="ghost" onClick={() => setConfirming(false)} disabled={bulk.isPending}>
                Cancel
              </Button>
              <Button
                variant="primary"
                data-autofocus
                pending={bulk.isPending}
                disabled={bulk.isPending}
                onClick={() => bulk.mutate({ selection, change })}
              >
                {bulk.isPending
                  ? "Changing…"
                  : count === null
                    ? "Apply to all matching"
                    : `Apply to ${products(count)}`}
              </Button>
            </div>
          </div>
        ) : null}
      </Dialog>
    </div>
  );
}
