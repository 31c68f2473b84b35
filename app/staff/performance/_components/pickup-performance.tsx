"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { clsx } from "clsx";
import { AlarmClock } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { formatNumber, formatPercent } from "@/lib/format";
import { madridWallClock } from "@/lib/shop-time";
import type { ConsoleStore } from "@/server/domain/staff/console-store";
import { useTRPC } from "@/trpc/react";
import { Bone } from "@/ui/skeleton";
import { useFailureOf, useStaffWords } from "@/app/staff/_lib/format";

/** Each period's words are staff.performance.period.<key>. */
const PERIODS = [
  { days: 1, key: "today" },
  { days: 7, key: "week" },
  { days: 30, key: "month" },
] as const;

/** The last `days` shop days, today included. */
function lastDays(days: number, now = new Date()) {
  const today = madridWallClock(now).slice(0, 10);
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { from, to: today };
}

/**
 * This store's click-and-collect, as the team sees it at the counter: how fast orders are ready
 * against the promise, how they end, and what is overdue now. The same figures as the studio's,
 * for this store only.
 */
export function PickupPerformance({ store }: { store: ConsoleStore }) {
  const trpc = useTRPC();
  const t = useTranslations("staff.performance");
  const words = useStaffWords();
  const failureOf = useFailureOf();
  const rate = (r: number | null) => (r === null ? "—" : formatPercent(r, words.locale, 0));
  const [days, setDays] = useState<(typeof PERIODS)[number]["days"]>(7);
  const figures = useQuery(
    trpc.insights.clickAndCollect.queryOptions(
      { ...lastDays(days), storeId: store.id },
      { placeholderData: keepPreviousData, refetchInterval: 60_000 },
    ),
  );
  const data = figures.data;
  const s = data?.stores.find((x) => x.storeId === store.id);
  const overdue = data?.overdueNow.find((o) => o.storeId === store.id)?.orders ?? 0;
  const promise = words.span(data ? data.promiseMinutes : 120);

  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div role="group" aria-label={t("period.label")} className="inline-flex rounded-2xl bg-stone-200/70 p-1">
          {PERIODS.map((p) => (
            <button
              key={p.days}
              type="button"
              aria-pressed={days === p.days}
              onClick={() => setDays(p.days)}
              className={clsx(
                "min-h-11 rounded-xl px-4 text-sm font-semibold",
                days === p.days ? "bg-white text-stone-950 shadow-sm" : "text-stone-600 hover:text-stone-950",
              )}
            >
              {t(`period.${p.key}`)}
            </button>
          ))}
        </div>
        <p className="text-sm text-stone-500" aria-live="polite">
          {data?.computedAt
            ? t("asOf", { time: words.dayAndTime(new Date(data.computedAt), store.timezone, true) })
            : null}
        </p>
      </div>

      {figures.isError && !data ? (
        <p role="alert" className="rounded-2xl bg-out-bg px-4 py-3 text-sm text-out">
          {failureOf(figures.error).message}
        </p>
      ) : null}

      <div
        className={clsx(
          "flex items-center gap-3 rounded-3xl px-5 py-4",
          overdue ? "bg-out-bg text-out" : "bg-white text-stone-700 ring-1 ring-stone-200",
        )}
      >
        <AlarmClock aria-hidden="true" className="size-6 shrink-0" />
        <p className="text-base font-semibold">
          {data ? (overdue ? t("overdue", { count: overdue, promise }) : t("nothingOverdue", { promise })) : "\u00a0"}
        </p>
      </div>

      <section aria-label={t("figures")} className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Card label={t("orders")} value={data ? formatNumber(s?.orders ?? 0, words.locale) : undefined} />
        <Card
          label={t("readyMedian")}
          value={data ? words.span(s?.readyMedianMinutes ?? null) : undefined}
          note={t("promise", { promise })}
        />
        <Card
          label={t("readyP90")}
          value={data ? words.span(s?.readyP90Minutes ?? null) : undefined}
          bad={!!s && s.readyP90Minutes !== null && s.readyP90Minutes > data!.promiseMinutes}
          note={t("p90")}
        />
        <Card label={t("onTime")} value={data ? rate(s?.readyWithinPromiseRate ?? null) : undefined} />
        <Card label={t("collected")} value={data ? rate(s?.pickupRate ?? null) : undefined} />
        <Card label={t("noShows")} value={data ? rate(s?.noShowRate ?? null) : undefined} note={t("noShowsNote")} />
        <Card
          label={t("readyToCollected")}
          value={data ? words.span(s?.collectMedianMinutes ?? null) : undefined}
          note={t("median")}
        />
        <Card label={t("fillRate")} value={data ? rate(s?.fillRate ?? null) : undefined} note={t("fillRateNote")} />
      </section>

      <section aria-labelledby="cancellations" className="rounded-3xl bg-white p-5 ring-1 ring-stone-200">
        <h2 id="cancellations" className="text-lg font-semibold text-stone-950">
          {t("cancellations")}
          {s ? <span className="font-normal text-stone-500"> · {s.cancelled}</span> : null}
        </h2>
        {!data ? (
          <Bone className="mt-3 h-6 w-2/3" />
        ) : !s?.cancellations.length ? (
          <p className="mt-2 text-sm text-stone-600">{t("noCancellations")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-100 text-sm">
            {s.cancellations.map((c) => (
              <li key={c.reason} className="flex justify-between gap-3 py-2">
                <span className="text-stone-900">{c.reason}</span>
                <span className="font-semibold text-stone-950 tabular-nums">{c.orders}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function Card({ label, value, note, bad }: { label: string; value?: string; note?: string; bad?: boolean }) {
  return (
    <div className="rounded-3xl bg-white px-5 py-4 ring-1 ring-stone-200">
      <p className="text-sm font-medium text-stone-600">{label}</p>
      {value === undefined ? (
        <Bone className="mt-2 h-8 w-20" />
      ) : (
        <p
          className={clsx(
            "mt-1 text-3xl font-semibold tracking-tight tabular-nums",
            bad ? "text-out" : "text-stone-950",
          )}
        >
          {value}
        </p>
      )}
      {note ? <p className="mt-0.5 text-xs text-stone-500">{note}</p> : null}
    </div>
  );
}
