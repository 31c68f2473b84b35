"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { History, Undo2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import type { RouterOutputs } from "@/app/_lib/types";
import { formatMadrid } from "@/lib/shop-time";
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
  const names = useMemo(() => new Map(categories), [categories]);
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  return (
    <div className="mx-auto max-w-4xl">
      <ol className="space-y-4" aria-label="Changes, newest first">
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
  const trpc = useTRPC();
  const history = useQuery(trpc.studio.history.queryOptions({ productId, before, limit: PAGE }));
  if (history.isPending)
    return (
      <li aria-busy="true" className="space-y-3">
        <LoadingStatus label="Loading the history…" />
        <Bone className="h-24 rounded-xl" />
        <Bone className="h-24 rounded-xl" />
      </li>
    );
  if (history.isError)
    return (
      <li role="alert" className="rounded-xl border border-out/30 bg-out-bg p-4 text-sm text-out">
        {apiFailure(history.error).answered
          ? apiFailure(history.error).message
          : "The history could not be loaded. Check the connection and reload the page."}
      </li>
    );
  const entries = history.data;
  if (!entries.length && before === undefined)
    return (
      <li className="rounded-xl border border-dashed border-stone-300 p-10 text-center text-sm text-stone-600">
        <History aria-hidden="true" className="mx-auto mb-2 size-6 text-stone-400" />
        No changes recorded yet. Every save, publication and price change will be listed here.
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
            Show older changes
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
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const first = entries[0]!;
  const revert = useMutation(
    trpc.studio.revert.mutationOptions({
      onSuccess: async () => {
        toast.success("Put back. The history lists it as a new change.");
        await queryClient.invalidateQueries({ queryKey: trpc.studio.history.queryKey({ productId }) });
        router.refresh();
      },
      onError: (err) => {
        const f = apiFailure(err);
        toast.error(f.answered ? f.message : "The studio could not be reached. Nothing was put back.");
      },
    }),
  );
  const revertible = entries.filter((e) => !cannotPutBack(e));
  const at = new Date(first.at);
  return (
    <li className="rounded-xl border border-stone-200 bg-white">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-stone-100 px-4 py-2.5">
        <p className="text-sm">
          <span className="font-semibold text-stone-950">{first.actor.name}</span>{" "}
          <span className="text-stone-600">
            {first.revertOf
              ? "put back an earlier value"
              : entries.length === 1
                ? "changed 1 field"
                : `changed ${entries.length} fields`}
          </span>{" "}
          <time dateTime={at.toISOString()} className="text-stone-500">
            · {formatMadrid(at)}
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
            Put back this change
          </Button>
        ) : null}
      </div>
      <table className="w-full text-sm">
        <caption className="sr-only">
          Changed by {first.actor.name}, {formatMadrid(at)}
        </caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {entries.map((e) => (
            <tr key={e.id} className="align-top">
              <th scope="row" className="w-56 px-4 py-2 text-left font-medium text-stone-800">
                {fieldLabel(e)}
              </th>
              <td className="px-2 py-2 text-stone-500">
                <Value text={valueText(e.field, e.before, names)} struck />
              </td>
              <td className="px-2 py-2 text-stone-950">
                <Value text={valueText(e.field, e.after, names)} />
              </td>
              <td className="w-28 px-4 py-1.5 text-right">
                {cannotPutBack(e) ? null : (
                  <Button
                    variant="ghost"
                    size="sm"
                    className="min-h-8 px-3"
                    disabled={revert.isPending}
                    aria-label={`Put back ${fieldLabel(e)}`}
                    onClick={() => revert.mutate({ entryId: e.id })}
                  >
                    Put back
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
  if (text === null) return <span className="text-stone-400 italic">empty</span>;
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
