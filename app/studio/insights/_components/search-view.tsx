"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { RouterOutputs } from "@/app/_lib/types";
import { useTRPC } from "@/trpc/react";
import { Bone } from "@/ui/skeleton";
import { Panel } from "../../_components/controls";
import { fillPeriods, type DayRange } from "../_lib/range";
import { ComputedAt, CsvButton, Figure, PanelState, useFigureFormats } from "./parts";

type Search = RouterOutputs["insights"]["search"];
type Query = Search["topQueries"][number];

const RateChart = dynamic(() => import("./rate-chart"), {
  ssr: false,
  loading: () => <Bone className="h-[220px] w-full rounded-lg" />,
});

/**
 * Web search (what people look for, what finds nothing, what finds something nobody opens) and
 * the funnel from a product view to an order, by channel and device.
 */
export function SearchView({ range }: { range: DayRange }) {
  const t = useTranslations("insights");
  const column = useTranslations("insights.csv.column");
  const value = useTranslations("insights.csv.value");
  const { number, shareOf } = useFigureFormats();
  const trpc = useTRPC();
  const live = { placeholderData: keepPreviousData, refetchInterval: 60_000 };
  const search = useQuery(trpc.insights.search.queryOptions(range, live));
  const funnel = useQuery(trpc.insights.funnel.queryOptions(range, live));
  const s = search.data;
  const f = funnel.data;

  return (
    <>
      <ComputedAt data={s} />
      <section aria-label={t("search.totals")} className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <Figure label={t("search.searches")} now={s?.totals.searches} before={s?.previousTotals.searches} />
        <Figure label={t("search.queries")} now={s?.totals.queries} before={s?.previousTotals.queries} />
        <Figure
          label={t("search.foundNothing")}
          now={s?.totals.zeroResultRate}
          before={s?.previousTotals.zeroResultRate}
          format="percent"
        />
        <Figure
          label={t("search.followRate")}
          now={s?.totals.followRate}
          before={s?.previousTotals.followRate}
          format="percent"
        />
      </section>

      <Panel title={s?.by === "week" ? t("search.perWeek") : t("search.perDay")}>
        {!s ? (
          <PanelState error={search.error} />
        ) : s.zeroResultRateOverTime.length === 0 ? (
          <PanelState empty={t("search.nobodySearched")} />
        ) : (
          <RateChart
            points={fillPeriods(s.zeroResultRateOverTime, s, s.by, { searches: 0, zeroResults: 0, rate: 0 })}
            by={s.by}
          />
        )}
      </Panel>

      <div className="grid gap-5 lg:grid-cols-3">
        <QueryList
          list="zero"
          range={range}
          rows={s?.zeroResultQueries}
          error={search.error}
          empty={t("search.zero.empty")}
          count={(q) => q.zeroResults}
          of={(q) => q.searches}
        />
        <QueryList
          list="top"
          range={range}
          rows={s?.topQueries}
          error={search.error}
          empty={t("search.nobodySearched")}
          count={(q) => q.searches}
        />
        <QueryList
          list="unfollowed"
          range={range}
          rows={s?.unfollowedQueries}
          error={search.error}
          empty={t("search.unfollowed.empty")}
          count={(q) => q.searches - q.zeroResults - q.followed}
          of={(q) => q.searches}
        />
      </div>

      <Panel
        title={t("funnel.title")}
        description={t("funnel.description")}
        actions={
          f ? (
            <CsvButton
              name={t("funnel.file", range)}
              label={t("funnel.csv")}
              fields={[column("channel"), column("device"), column("viewed"), column("addedToCart"), column("ordered")]}
              rows={f.rows.map((r) => [
                value(`channel.${r.channel}`),
                value(`device.${r.device}`),
                r.viewed,
                r.added,
                r.ordered,
              ])}
            />
          ) : null
        }
      >
        {!f ? (
          <PanelState error={funnel.error} />
        ) : f.rows.length === 0 ? (
          <PanelState empty={t("funnel.empty")} />
        ) : (
          <div className="-mx-5 overflow-x-auto">
            <table className="w-full min-w-[40rem] text-sm" aria-label={t("funnel.title")}>
              <thead className="text-left text-xs text-stone-500">
                <tr className="border-b border-stone-100">
                  <th className="px-5 pb-2 font-medium">{t("funnel.channelAndDevice")}</th>
                  <th className="px-2 pb-2 text-right font-medium">{t("funnel.viewed")}</th>
                  <th className="px-2 pb-2 text-right font-medium">{t("funnel.added")}</th>
                  <th className="px-2 pb-2 text-right font-medium">{t("funnel.ordered")}</th>
                  <th className="px-5 pb-2 font-medium">{t("funnel.viewToOrder")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100 tabular-nums">
                {f.rows.map((r) => {
                  const widest = Math.max(r.viewed, r.added, r.ordered, 1);
                  return (
                    <tr key={`${r.channel}-${r.device}`}>
                      <th scope="row" className="px-5 py-2.5 text-left font-medium text-stone-900">
                        {r.channel === "web"
                          ? t("funnel.web", { device: t(`funnel.device.${r.device}`) })
                          : t("funnel.inStore")}
                      </th>
                      <td className="px-2 py-2.5 text-right">{r.channel === "web" ? number(r.viewed) : "—"}</td>
                      <td className="px-2 py-2.5 text-right">
                        {number(r.added)}{" "}
                        {r.viewed ? <span className="text-stone-500">({shareOf(r.added, r.viewed)})</span> : null}
                      </td>
                      <td className="px-2 py-2.5 text-right">{number(r.ordered)}</td>
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
  list,
  range,
  rows,
  error,
  empty,
  count,
  of,
}: {
  list: "zero" | "top" | "unfollowed";
  range: DayRange;
  rows?: Query[];
  error: { message: string; data?: unknown } | null;
  empty: string;
  count: (q: Query) => number;
  of?: (q: Query) => number;
}) {
  const t = useTranslations("insights.search");
  const column = useTranslations("insights.csv.column");
  const { number } = useFigureFormats();
  const title = t(`${list}.title`);
  return (
    <Panel
      title={title}
      description={t(`${list}.description`)}
      actions={
        rows?.length ? (
          <CsvButton
            name={t(`${list}.file`, range)}
            label={t(`${list}.csv`)}
            fields={[column("query"), column("searches"), column("noResults"), column("followed")]}
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
                {number(count(q))}
                {of ? <span className="text-stone-400"> / {number(of(q))}</span> : null}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
