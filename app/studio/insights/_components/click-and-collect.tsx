"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { clsx } from "clsx";
import { duration } from "@/lib/duration";
import type { DayRange } from "../_lib/range";
import { useTRPC } from "@/trpc/react";
import { Bone } from "@/ui/skeleton";
import { Panel } from "../../_components/controls";

const share = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 0 });
const rate = (r: number | null) => (r === null ? "—" : share.format(r));

/**
 * Click-and-collect per store for the same days as the sales above: how fast orders are ready
 * against the 2-hour promise, how they end, how complete they are, and what is overdue now.
 */
export function ClickAndCollect({ range, storeId }: { range: DayRange; storeId: string }) {
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
      title="Click-and-collect by store"
      description={`Ready within ${data ? duration(data.promiseMinutes) : "2 h"} is the promise. Overdue: not ready past it, now.`}
    >
      {!data ? (
        figures.isError ? (
          <p role="alert" className="text-sm text-out">
            {figures.error.data ? figures.error.message : "We couldn’t reach the server."}
          </p>
        ) : (
          <Bone className="h-24 w-full" />
        )
      ) : data.stores.length === 0 ? (
        <p className="py-4 text-sm text-stone-500">No click-and-collect orders in this period.</p>
      ) : (
        <div className="-mx-5 overflow-x-auto">
          <table className="w-full min-w-[52rem] text-sm" aria-label="Click-and-collect by store">
            <thead className="text-left text-xs text-stone-500">
              <tr className="border-b border-stone-100">
                <th className="px-5 pb-2 font-medium">Store</th>
                <th className="px-2 pb-2 text-right font-medium">Orders</th>
                <th className="px-2 pb-2 text-right font-medium">Ready, median</th>
                <th className="px-2 pb-2 text-right font-medium">p90</th>
                <th className="px-2 pb-2 text-right font-medium">On time</th>
                <th className="px-2 pb-2 text-right font-medium">Collected</th>
                <th className="px-2 pb-2 text-right font-medium">No-show</th>
                <th className="px-2 pb-2 text-right font-medium">Ready → collected</th>
                <th className="px-2 pb-2 text-right font-medium">Fill rate</th>
                <th className="px-2 pb-2 text-right font-medium">Cancelled</th>
                <th className="px-5 pb-2 text-right font-medium">Overdue now</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100 tabular-nums">
              {data.stores.map((s) => (
                <tr key={s.storeId} className="align-top">
                  <th scope="row" className="px-5 py-2.5 text-left font-medium text-stone-900">
                    {s.name}
                    {s.cancellations.length ? (
                      <ul className="mt-1 space-y-0.5 text-xs font-normal text-stone-500">
                        {s.cancellations.slice(0, 3).map((c) => (
                          <li key={c.reason}>
                            {c.orders} × {c.reason}
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
