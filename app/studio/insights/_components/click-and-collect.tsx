"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import { duration } from "@/lib/duration";
import { useTRPC } from "@/trpc/react";
import { Bone } from "@/ui/skeleton";
import { Panel } from "../../_components/controls";
import type { DayRange } from "../_lib/range";
import { ErrorText, useFigureFormats } from "./parts";

/** What the server says of a cancellation nobody gave a reason for. */
const NO_REASON = "No reason given";

/** The promise when the figures have not said it yet. */
const PROMISE_MINUTES = 120;

/** The columns between the store and what is overdue now, in order. */
const COLUMNS = [
  "orders",
  "readyMedian",
  "readyP90",
  "onTime",
  "collected",
  "noShow",
  "readyToCollected",
  "fillRate",
  "cancelled",
] as const;

/**
 * Click-and-collect per store for the same days as the sales above: how fast orders are ready
 * against the 2-hour promise, how they end, how complete they are, and what is overdue now.
 */
export function ClickAndCollect({ range, storeId }: { range: DayRange; storeId: string }) {
  const t = useTranslations("insights.clickAndCollect");
  const { percent } = useFigureFormats();
  const rate = (r: number | null) => (r === null ? "—" : percent(r, 0));
  const trpc = useTRPC();
  const figures = useQuery(
    trpc.insights.clickAndCollect.queryOptions(
      { ...range, storeId: storeId || undefined },
      { placeholderData: keepPreviousData, refetchInterval: 60_000 },
    ),
  );
  const data = figures.data;
  const overdue = (id: string) => data?.overdueNow.find((o) => o.storeId === id)?.orders ?? 0;
  return (
    <Panel
      title={t("title")}
      description={t("description", { promise: duration(data?.promiseMinutes ?? PROMISE_MINUTES) })}
    >
      {!data ? (
        figures.isError ? (
          <p role="alert" className="text-sm text-out">
            <ErrorText error={figures.error} short />
          </p>
        ) : (
          <Bone className="h-24 w-full" />
        )
      ) : data.stores.length === 0 ? (
        <p className="py-4 text-sm text-stone-500">{t("empty")}</p>
      ) : (
        <div className="-mx-5 overflow-x-auto">
          <table className="w-full min-w-[52rem] text-sm" aria-label={t("title")}>
            <thead className="text-left text-xs text-stone-500">
              <tr className="border-b border-stone-100">
                <th className="px-5 pb-2 font-medium">{t("column.store")}</th>
                {COLUMNS.map((c) => (
                  <th key={c} className="px-2 pb-2 text-right font-medium">
                    {t(`column.${c}`)}
                  </th>
                ))}
                <th className="px-5 pb-2 text-right font-medium">{t("column.overdueNow")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100 whitespace-nowrap tabular-nums">
              {data.stores.map((s) => (
                <tr key={s.storeId} className="align-top">
                  <th
                    scope="row"
                    className="min-w-44 px-5 py-2.5 text-left font-medium whitespace-normal text-stone-900"
                  >
                    {s.name}
                    {s.cancellations.length ? (
                      <ul className="mt-1 space-y-0.5 text-xs font-normal text-stone-500">
                        {s.cancellations.slice(0, 3).map((c) => (
                          <li key={c.reason}>
                            {t("cancellation", {
                              orders: c.orders,
                              reason: c.reason === NO_REASON ? t("noReason") : c.reason,
                            })}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </th>
                  <td className="px-2 py-2.5 text-right">{s.orders}</td>
                  <td className="px-2 py-2.5 text-right">{duration(s.readyMedianMinutes)}</td>
                  <td
                    className={clsx(
                      "px-2 py-2.5 text-right",
                      s.readyP90Minutes !== null && s.readyP90Minutes > data.promiseMinutes && "font-medium text-out",
                    )}
                  >
                    {duration(s.readyP90Minutes)}
                  </td>
                  <td className="px-2 py-2.5 text-right">{rate(s.readyWithinPromiseRate)}</td>
                  <td className="px-2 py-2.5 text-right">{rate(s.pickupRate)}</td>
                  <td className="px-2 py-2.5 text-right">{rate(s.noShowRate)}</td>
                  <td className="px-2 py-2.5 text-right">{duration(s.collectMedianMinutes)}</td>
                  <td className="px-2 py-2.5 text-right">{rate(s.fillRate)}</td>
                  <td className="px-2 py-2.5 text-right">{s.cancelled}</td>
                  <td className={clsx("px-5 py-2.5 text-right", overdue(s.storeId) > 0 && "font-semibold text-out")}>
                    {overdue(s.storeId)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
