"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { History, Undo2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import type { RouterOutputs } from "@/app/_lib/types";
import { madridTime } from "@/app/studio/_lib/when";
import { apiFailure } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { Button } from "@/ui/button";
import { Bone, LoadingStatus } from "@/ui/skeleton";
import { fieldLabel, valueText } from "../_lib/describe";

type Entry = RouterOutputs["studio"]["history"][number];

const PAGE = 100;
/** Entries the server refuses to put back; the button would only ever answer no. */
const cannotPutBack = (e: Entry) => e.field === "created" || e.entity === "image" || e.entity === "price_list";

/** One save, bulk edit or import: its rows share a change id, listed together. */
function groupByChange(entries: Entry[]) {
  const groups = new Map<string, Entry[]>();
  for (const e of entries) groups.set(e.changeId, [...(groups.get(e.changeId) ?? []), e]);
  return [...groups.values()];
}

/**
 * A product's history, newest first: who changed what and when (Madrid time), each field's
 * before and after, and a way to put back one field or a whole change. Putting back is a change
 * of its own, so it can be undone the same way.
 */
export function ProductHistory({ productId, categories }: { productId: string; categories: [string, string][] }) {
  const t = useTranslations("studio.editor.history");
  const names = useMemo(() => new Map(categories), [categories]);
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  return (
    <div className="mx-auto max-w-4xl">
      <ol className="space-y-4" aria-label={t("label")}>
        {cursors.map((before, i) => (
          <HistoryPage
            key={before ?? "first"}
            productId={productId}
            before={before}
            names={names}
            isLast={i === cursors.length - 1}
            onMore={(oldest) => setCursors((c) => [...c, oldest])}
          />
        ))}
      </ol>
    </div>
  );
}

function HistoryPage({
  productId,
  before,
  names,
  isLast,
  onMore,
}: {
  productId: string;
  before?: number;
  names: ReadonlyMap<string, string>;
  isLast: boolean;
  onMore: (oldest: number) => void;
}) {
  const t = useTranslations("studio.editor.history");
  const trpc = useTRPC();
  const history = useQuery(trpc.studio.history.queryOptions({ productId, before, limit: PAGE }));
  if (history.isPending)
    return (
      <li aria-busy="true" className="space-y-3">
        <LoadingStatus label={t("loading")} />
        <Bone className="h-24 rounded-xl" />
        <Bone className="h-24 rounded-xl" />
      </li>
    );
  if (history.isError)
    return (
      <li role="alert" className="rounded-xl border border-out/30 bg-out-bg p-4 text-sm text-out">
        {apiFailure(history.error).answered ? apiFailure(history.error).message : t("unreachableLoad")}
      </li>
    );
  const entries = history.data;
  if (!entries.length && before === undefined)
    return (
      <li className="rounded-xl border border-dashed border-stone-300 p-10 text-center text-sm text-stone-600">
        <History aria-hidden="true" className="mx-auto mb-2 size-6 text-stone-400" />
        {t("none")}
      </li>
    );
  return (
    <>
      {groupByChange(entries).map((group) => (
        <ChangeCard key={group[0]!.changeId} entries={group} names={names} productId={productId} />
      ))}
      {isLast && entries.length === PAGE ? (
        <li className="text-center">
          <Button
            variant="secondary"
            size="sm"
            className="min-h-8 px-3"
            onClick={() => onMore(entries[entries.length - 1]!.id)}
          >
            {t("older")}
          </Button>
        </li>
      ) : null}
    </>
  );
}

function ChangeCard({
  entries,
  names,
  productId,
}: {
  entries: Entry[];
  names: ReadonlyMap<string, string>;
  productId: string;
}) {
  const t = useTranslations("studio.editor.history");
  const tDescribe = useTranslations("studio.editor.history.describe");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const first = entries[0]!;
  const revert = useMutation(
    trpc.studio.revert.mutationOptions({
      onSuccess: async () => {
        toast.success(t("putBackToast"));
        await queryClient.invalidateQueries({ queryKey: trpc.studio.history.queryKey({ productId }) });
        router.refresh();
      },
      onError: (err) => {
        const f = apiFailure(err);
        toast.error(f.answered ? f.message : t("unreachablePutBack"));
      },
    }),
  );
  const revertible = entries.filter((e) => !cannotPutBack(e));
  const at = new Date(first.at);
  const when = madridTime(at, locale);
  return (
    <li className="rounded-xl border border-stone-200 bg-white">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-stone-100 px-4 py-2.5">
        <p className="text-sm">
          <span className="font-semibold text-stone-950">{first.actor.name}</span>{" "}
          <span className="text-stone-600">
            {first.revertOf ? t("reverted") : t("changed", { count: entries.length })}
          </span>{" "}
          <time dateTime={at.toISOString()} className="text-stone-500">
            · {when}
          </time>
        </p>
        {revertible.length > 1 ? (
          <Button
            variant="ghost"
            size="sm"
            className="min-h-8 px-3"
            disabled={revert.isPending}
            onClick={() => revert.mutate({ changeId: first.changeId })}
          >
            <Undo2 aria-hidden="true" className="size-4" />
            {t("putBackChange")}
          </Button>
        ) : null}
      </div>
      <table className="w-full text-sm">
        <caption className="sr-only">{t("caption", { name: first.actor.name, when })}</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">{t("column.field")}</th>
            <th scope="col">{t("column.before")}</th>
            <th scope="col">{t("column.after")}</th>
            <th scope="col">{t("column.action")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {entries.map((e) => (
            <tr key={e.id} className="align-top">
              <th scope="row" className="w-56 px-4 py-2 text-left font-medium text-stone-800">
                {fieldLabel(e, tDescribe)}
              </th>
              <td className="px-2 py-2 text-stone-500">
                <Value text={valueText(e.field, e.before, names, tDescribe, locale)} struck />
              </td>
              <td className="px-2 py-2 text-stone-950">
                <Value text={valueText(e.field, e.after, names, tDescribe, locale)} />
              </td>
              <td className="w-28 px-4 py-1.5 text-right">
                {cannotPutBack(e) ? null : (
                  <Button
                    variant="ghost"
                    size="sm"
                    className="min-h-8 px-3"
                    disabled={revert.isPending}
                    aria-label={t("putBackField", { field: fieldLabel(e, tDescribe) })}
                    onClick={() => revert.mutate({ entryId: e.id })}
                  >
                    {t("putBack")}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </li>
  );
}

/** A value; long text (a description) folds, so one change does not fill the page. */
function Value({ text, struck }: { text: string | null; struck?: boolean }) {
  const t = useTranslations("studio.editor.history.describe");
  if (text === null) return <span className="text-stone-400 italic">{t("empty")}</span>;
  const cls = struck ? "line-through decoration-stone-300" : undefined;
  if (text.length <= 160) return <span className={`break-words whitespace-pre-line ${cls ?? ""}`}>{text}</span>;
  return (
    <details>
      <summary className="cursor-pointer">
        <span className={cls}>{text.slice(0, 120)}…</span>
      </summary>
      <p className={`mt-1 break-words whitespace-pre-line ${cls ?? ""}`}>{text}</p>
    </details>
  );
}
