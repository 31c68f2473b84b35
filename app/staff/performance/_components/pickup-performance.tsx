"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { clsx } from "clsx";
import { AlarmClock } from "lucide-react";
import { useState } from "react";
import { duration } from "@/lib/duration";
import { formatMadrid, madridWallClock } from "@/lib/shop-time";
import { pluralise } from "@/lib/words";
import type { ConsoleStore } from "@/server/domain/staff/console-store";
import { useTRPC } from "@/trpc/react";
import { Bone } from "@/ui/skeleton";
import { failureOf } from "@/app/staff/_lib/format";

const PERIODS = [
  { days: 1, label: "Today" },
  { days: 7, label: "7 days" },
  { days: 30, label: "30 days" },
] as const;

const share = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 0 });
const rate = (r: number | null) => (r === null ? "—" : share.format(r));

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
  const promise = data ? duration(data.promiseMinutes) : "2 h";

  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div role="group" aria-label="Period" className="inline-flex rounded-2xl bg-stone-200/70 p-1">
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
              {p.label}
            </button>
          ))}
        </div>
        <p className="text-sm text-stone-500" aria-live="polite">
          {data?.computedAt ? `As of ${formatMadrid(new Date(data.computedAt))}` : null}
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
          {data
            ? overdue
              ? `${pluralise(overdue, "order")} not ready past the ${promise} promise, now`
              : `Nothing overdue: every open order is within the ${promise} promise`
            : "\u00a0"}
        </p>
      </div>

      <section aria-label="Pickup figures" className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Card label="Orders" value={data ? String(s?.orders ?? 0) : undefined} />
        <Card
          label="Ready, median"
          value={data ? duration(s?.readyMedianMinutes ?? null) : undefined}
          note={`Promise ${promise}`}
        />
        <Card
          label="Ready, slowest 10%"
          value={data ? duration(s?.readyP90Minutes ?? null) : undefined}
          bad={!!s && s.readyP90Minutes !== null && s.readyP90Minutes > data!.promiseMinutes}
          note="p90"
        />
        <Card label="Ready on time" value={data ? rate(s?.readyWithinPromiseRate ?? null) : undefined} />
        <Card label="Collected" value={data ? rate(s?.pickupRate ?? null) : undefined} />
        <Card label="No-shows" value={data ? rate(s?.noShowRate ?? null) : undefined} note="Not collected in time" />
        <Card
          label="Ready → collected"
          value={data ? duration(s?.collectMedianMinutes ?? null) : undefined}
          note="Median"
        />
        <Card label="Fill rate" value={data ? rate(s?.fillRate ?? null) : undefined} note="Items not missing" />
      </section>

      <section aria-labelledby="cancellations" className="rounded-3xl bg-white p-5 ring-1 ring-stone-200">
        <h2 id="cancellations" className="text-lg font-semibold text-stone-950">
          Cancellations{s ? <span className="font-normal text-stone-500"> · {s.cancelled}</span> : null}
        </h2>
        {!data ? (
          <Bone className="mt-3 h-6 w-2/3" />
        ) : !s?.cancellations.length ? (
          <p className="mt-2 text-sm text-stone-600">No cancelled pickups in this period.</p>
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
