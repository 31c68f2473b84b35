"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { X } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";
import type { BulkSelection } from "@/server/domain/studio/inputs-csv";
import { useTRPC } from "@/trpc/react";
import { Button } from "@/ui/button";
import { Dialog } from "@/ui/dialog";
import { ACTIONS, changeOf, describeChange, type Action } from "../_lib/bulk-change";

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
  const t = useTranslations("studio.catalog.bulk");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [action, setAction] = useState<Action | "">("");
  const [value, setValue] = useState("");
  const [categoryId, setCategoryId] = useState("");
  const [confirming, setConfirming] = useState(false);
  const change = changeOf(action, value, categoryId);
  const ready = !("missing" in change);

  const bulk = useMutation(
    trpc.studio.products.bulkUpdate.mutationOptions({
      onSuccess: async ({ matched, changed }) => {
        setConfirming(false);
        setAction("");
        setValue("");
        onClear();
        toast.success(
          changed === 0
            ? t("doneNone", { count: matched })
            : t("done", { count: changed, unchanged: Math.max(0, matched - changed) }),
        );
        await queryClient.invalidateQueries({ queryKey: trpc.studio.products.pathKey() });
      },
    }),
  );

  const needsValue = action === "percent" || action === "amount";
  return (
    <div
      role="region"
      aria-label={t("region")}
      className="mb-3 flex shrink-0 flex-wrap items-center gap-x-4 gap-y-2 rounded-xl bg-stone-950 px-4 py-2.5 text-sm text-white"
    >
      <p className="flex items-center gap-3" aria-live="polite">
        <span className="font-semibold tabular-nums">
          {count === null ? t("allMatching") : t("selected", { count })}
        </span>
        {matching && !allMatching ? (
          <button
            type="button"
            onClick={matching.onSelectAll}
            className="underline underline-offset-4 hover:text-stone-300"
          >
            {matching.total === null ? t("selectMatching") : t("selectMatchingCount", { count: matching.total })}
          </button>
        ) : null}
        <button
          type="button"
          onClick={onClear}
          className="inline-flex items-center gap-1 text-stone-300 hover:text-white"
        >
          <X aria-hidden="true" className="size-4" />
          {t("clear")}
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
          {t("what")}
        </label>
        <select
          id={`${id}-action`}
          value={action}
          onChange={(e) => setAction(e.target.value as Action | "")}
          className="h-9 rounded-lg border border-stone-700 bg-stone-900 pr-7 pl-2.5 text-sm text-white focus:outline-none focus-visible:ring-2 focus-visible:ring-white/50"
        >
          <option value="">{t("choose")}</option>
          {ACTIONS.map((key) => (
            <option key={key} value={key}>
              {t(`action.${key}`)}
            </option>
          ))}
        </select>
        {action === "category" ? (
          <>
            <label htmlFor={`${id}-category`} className="sr-only">
              {t("newCategory")}
            </label>
            <select
              id={`${id}-category`}
              value={categoryId}
              onChange={(e) => setCategoryId(e.target.value)}
              className="h-9 rounded-lg border border-stone-700 bg-stone-900 pr-7 pl-2.5 text-sm text-white focus:outline-none focus-visible:ring-2 focus-visible:ring-white/50"
            >
              <option value="">{t("chooseCategory")}</option>
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
              {action === "percent" ? t("percentLabel") : t("amountLabel")}
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
          title={ready ? undefined : t(`missing.${change.missing}`)}
          className="inline-flex h-9 items-center rounded-lg bg-white px-3.5 text-sm font-semibold text-stone-950 hover:bg-stone-200 disabled:cursor-not-allowed disabled:opacity-50"
        >
          {t("apply")}
        </button>
      </form>

      <Dialog
        open={confirming && ready}
        onClose={() => {
          if (!bulk.isPending) setConfirming(false);
        }}
        title={count === null ? t("confirmAll") : t("confirmCount", { count })}
        description={t("confirmDescription")}
      >
        {ready ? (
          <div className="space-y-5">
            <p className="text-base text-stone-900">{describeChange(change, categories, t, locale)}</p>
            {bulk.error ? (
              <p role="alert" className="rounded-xl bg-out-bg px-4 py-3 text-sm text-out">
                {bulk.error.data ? bulk.error.message : t("unreachable")}
              </p>
            ) : null}
            <div className="flex justify-end gap-2">
              <Button variant="ghost" onClick={() => setConfirming(false)} disabled={bulk.isPending}>
                {t("cancel")}
              </Button>
              <Button
                variant="primary"
                data-autofocus
                pending={bulk.isPending}
                disabled={bulk.isPending}
                onClick={() => bulk.mutate({ selection, change })}
              >
                {bulk.isPending ? t("changing") : count === null ? t("applyAll") : t("applyCount", { count })}
              </Button>
            </div>
          </div>
        ) : null}
      </Dialog>
    </div>
  );
}
