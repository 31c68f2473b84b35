"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import type { RouterOutputs } from "@/app/_lib/types";
import { useTRPC } from "@/trpc/react";
import { Bone } from "@/ui/skeleton";
import { Panel } from "../../_components/controls";
import { fillPeriods, type DayRange } from "../_lib/range";
import { ComputedAt, CsvButton, Figure, number, PanelState, shareOf } from "./parts";

type Search = RouterOutputs["insights"]["search"];
type Query = Search["topQueries"][number];
type Funnel = RouterOutputs["insights"]["funnel"];

const RateChart = dynamic(() => import("./rate-chart"), {
  ssr: false,
  loading: () => <Bone className="h-[220px] w-full rounded-lg" />,
});

const DEVICE_LABELS: Record<Funnel["rows"][number]["device"], string> = {
  phone: "Phone",
  tablet: "Tablet",
  desktop: "Desktop",
  unknown: "Not recorded",
};

/**
 * Web search (what people look for, what finds nothing, what finds something nobody opens) and
 * the funnel from a product view to an order, by channel and device.
 */
export function SearchView({ range }: { range: DayRange }) {
  const trpc = useTRPC();
  const live = { placeholderData: keepPreviousData, refetchInterval: 60_000 };
  const search = useQuery(trpc.insights.search.queryOptions(range, live));
  const funnel = useQuery(trpc.insights.funnel.queryOptions(range, live));
  const s = search.data;
  const f = funnel.data;
  const file = (name: string) => `mostrador-${name}-${range.from}-${range.to}`;

  return (
    <>
      <ComputedAt data={s} />
      <section aria-label="Search totals" className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <Figure label="Searches" now={s?.totals.searches} before={s?.previousTotals.searches} />
        <Figure label="Different queries" now={s?.totals.queries} before={s?.previousTotals.queries} />
        <Figure
          label="Found nothing"
          now={s?.totals.zeroResultRate}
          before={s?.previousTotals.zeroResultRate}
          format="percent"
        />
        <Figure
          label="Followed by a view or add"
          now={s?.totals.followRate}
          before={s?.previousTotals.followRate}
          format="percent"
        />
      </section>

      <Panel title={s?.by === "week" ? "Searches with no results, per week" : "Searches with no results, per day"}>
        {!s ? (
          <PanelState error={search.error} />
        ) : s.zeroResultRateOverTime.length === 0 ? (
          <PanelState empty="Nobody searched in this period." />
        ) : (
          <RateChart
            points={fillPeriods(s.zeroResultRateOverTime, s, s.by, { searches: 0, zeroResults: 0, rate: 0 })}
            by={s.by}
          />
        )}
      </Panel>

      <div className="grid gap-5 lg:grid-cols-3">
        <QueryList
          title="Found nothing"
          description="Most searched first: the list to fix (a synonym, a spelling, a product)."
          rows={s?.zeroResultQueries}
          error={search.error}
          empty="Every search found something."
          count={(q) => q.zeroResults}
          of={(q) => q.searches}
          file={file("searches-no-results")}
        />
        <QueryList
          title="Top searches"
          description="What people look for most."
          rows={s?.topQueries}
          error={search.error}
          empty="Nobody searched in this period."
          count={(q) => q.searches}
          file={file("top-searches")}
        />
        <QueryList
          title="Found, then left"
          description="Results shown, yet no product opened or added within 30 minutes."
          rows={s?.unfollowedQueries}
          error={search.error}
          empty="Every search that found something was followed up."
          count={(q) => q.searches - q.zeroResults - q.followed}
          of={(q) => q.searches}
          file={file("searches-not-followed")}
        />
      </div>

      <Panel
        title="Funnel by channel and device"
        description="Shopper-days (one person, one day, one device) that viewed a product, added to a cart, and ordered. Views and adds are recorded only with analytics consent, so an order may have none."
        actions={
          f ? (
            <CsvButton
              name={file("funnel")}
              label="the funnel"
              fields={["channel", "device", "viewed", "added_to_cart", "ordered"]}
              rows={f.rows.map((r) => [r.channel, r.device, r.viewed, r.added, r.ordered])}
            />
          ) : null
        }
      >
        {!f ? (
          <PanelState error={funnel.error} />
        ) : f.rows.length === 0 ? (
          <PanelState empty="No views, adds or orders in this period." />
        ) : (
          <div className="-mx-5 overflow-x-auto">
            <table className="w-full min-w-[40rem] text-sm" aria-label="Funnel by channel and device">
              <thead className="text-left text-xs text-stone-500">
                <tr className="border-b border-stone-100">
                  <th className="px-5 pb-2 font-medium">Channel and device</th>
                  <th className="px-2 pb-2 text-right font-medium">Viewed</th>
                  <th className="px-2 pb-2 text-right font-medium">Added to cart</th>
                  <th className="px-2 pb-2 text-right font-medium">Ordered</th>
                  <th className="px-5 pb-2 font-medium">View → order</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100 tabular-nums">
                {f.rows.map((r) => {
                  const widest = Math.max(r.viewed, r.added, r.ordered, 1);
                  return (
                    <tr key={`${r.channel}-${r.device}`}>
                      <th scope="row" className="px-5 py-2.5 text-left font-medium text-stone-900">
                        {r.channel === "web" ? `Web · ${DEVICE_LABELS[r.device]}` : "In store"}
                      </th>
                      <td className="px-2 py-2.5 text-right">{r.channel === "web" ? number.format(r.viewed) : "—"}</td>
                      <td className="px-2 py-2.5 text-right">
                        {number.format(r.added)}{" "}
                        {r.viewed ? <span className="text-stone-500">({shareOf(r.added, r.viewed)})</span> : null}
                      </td>
                      <td className="px-2 py-2.5 text-right">{number.format(r.ordered)}</td>
                      <td className="px-5 py-2.5">
                        <span className="flex items-center gap-2">
                          <span aria-hidden="true" className="flex h-2 w-32 gap-0.5">
                            {[r.viewed, r.added, r.ordered].map((n, i) => (
                              <span
                                key={i}
                                className={["bg-sky-600", "bg-amber-500", "bg-emerald-600"][i]}
                                style={{ width: `${(n / widest) * 33}%` }}
                              />
                            ))}
                          </span>
                          <span className="text-xs text-stone-600">
                            {r.viewed ? shareOf(r.ordered, r.viewed) : "—"}
                          </span>
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
    </>
  );
}

function QueryList({
  title,
  description,
  rows,
  error,
  empty,
  count,
  of,
  file,
}: {
  title: string;
  description: string;
  rows?: Query[];
  error: { message: string; data?: unknown } | null;
  empty: string;
  count: (q: Query) => number;
  of?: (q: Query) => number;
  file: string;
}) {
  return (
    <Panel
      title={title}
      description={description}
      actions={
        rows?.length ? (
          <CsvButton
            name={file}
            label={title.toLowerCase()}
            fields={["query", "searches", "no_results", "followed"]}
            rows={rows.map((q) => [q.query, q.searches, q.zeroResults, q.followed])}
          />
        ) : null
      }
    >
      {!rows ? (
        <PanelState error={error} />
      ) : rows.length === 0 ? (
        <PanelState empty={empty} />
      ) : (
        <ol className="divide-y divide-stone-100 text-sm" aria-label={title}>
          {rows.map((q) => (
            <li key={q.query} className="flex items-baseline justify-between gap-3 py-1.5">
              <span className="min-w-0 truncate font-medium text-stone-900">{q.query}</span>
              <span className="shrink-0 text-stone-600 tabular-nums">
                {number.format(count(q))}
                {of ? <span className="text-stone-400"> / {number.format(of(q))}</span> : null}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
