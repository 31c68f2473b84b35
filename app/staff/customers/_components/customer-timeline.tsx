"use client";

import { Eye, Receipt, Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { formatMoney } from "@/lib/money";
import { shortStoreName } from "@/lib/words";
import { OrderStatusBadge, useOrderWords } from "@/app/_components/order-status";
import { useStaffWords } from "@/app/staff/_lib/format";
import type { RouterOutputs } from "@/app/_lib/types";
import { Badge } from "@/ui/badge";

type Overview = RouterOutputs["customers"]["get"];
type Order = Overview["orders"][number];

type Entry =
  | { kind: "order"; at: Date; order: Order }
  | { kind: "search"; at: Date; query: string; resultCount: number }
  | { kind: "view"; at: Date; name: string; slug: string };

/** "Today 14:05" or "1 Dec 2026 14:05", the day as the store's own calendar has it. */
function useWhen(timeZone: string) {
  const t = useTranslations("staff.timeline");
  const words = useStaffWords();
  const today = words.day(new Date(), timeZone, true);
  return (at: Date) => {
    const day = words.day(at, timeZone, true);
    const time = words.clock(at, timeZone);
    return day === today ? t("today", { time }) : t("dayTime", { day, time });
  };
}

function ChannelTag({ channel }: { channel: "web" | "store" }) {
  const orderWords = useOrderWords();
  return (
    <Badge size="sm" className={channel === "store" ? "bg-accent-100 text-accent-900" : "bg-sky-100 text-sky-900"}>
      {orderWords.channel(channel)}
    </Badge>
  );
}

/** Orders from every channel, searches and product views, newest first: the customer's story in one list. */
export function CustomerTimeline({ overview, timeZone }: { overview: Overview; timeZone: string }) {
  const t = useTranslations("staff.timeline");
  const when = useWhen(timeZone);
  const entries: Entry[] = [
    ...overview.orders.map((order): Entry => ({ kind: "order", at: order.placedAt, order })),
    ...overview.recentSearches.map((s): Entry => ({
      kind: "search",
      at: s.searchedAt,
      query: s.query,
      resultCount: s.resultCount,
    })),
    ...overview.recentlyViewed.map((v): Entry => ({ kind: "view", at: v.viewedAt, name: v.name, slug: v.slug })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());

  return (
    <section aria-labelledby="customer-timeline" className="rounded-3xl bg-white p-5 ring-1 ring-stone-200">
      <h2 id="customer-timeline" className="text-lg font-semibold text-stone-950">
        {t("title")}{" "}
        <span className="font-normal text-stone-500">· {t("orders", { count: overview.orders.length })}</span>
      </h2>
      {entries.length === 0 ? (
        <p className="mt-3 rounded-2xl bg-stone-50 px-4 py-5 text-center text-sm text-stone-600">{t("empty")}</p>
      ) : (
        <ol className="mt-3 space-y-2">
          {entries.map((entry, i) => (
            <li key={`${entry.kind}-${i}`} className="flex gap-3 rounded-2xl px-1 py-2">
              <span
                aria-hidden="true"
                className="mt-0.5 flex size-9 shrink-0 items-center justify-center rounded-full bg-stone-100 text-stone-500"
              >
                {entry.kind === "order" ? (
                  <Receipt className="size-4" />
                ) : entry.kind === "search" ? (
                  <Search className="size-4" />
                ) : (
                  <Eye className="size-4" />
                )}
              </span>
              <div className="min-w-0 flex-1">
                <EntryBody entry={entry} />
                <p className="mt-0.5 text-xs text-stone-500">
                  <time dateTime={entry.at.toISOString()}>{when(entry.at)}</time>
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function EntryBody({ entry }: { entry: Entry }) {
  const t = useTranslations("staff.timeline");
  const strong = (chunks: React.ReactNode) => <span className="font-medium">{chunks}</span>;
  if (entry.kind === "search" || entry.kind === "view") {
    const words =
      entry.kind === "search"
        ? t.rich("searched", { query: entry.query, count: entry.resultCount, strong })
        : t.rich("viewed", { name: entry.name, strong });
    return (
      <p className="flex flex-wrap items-center gap-2 text-sm text-stone-800">
        <ChannelTag channel="web" />
        <span>{words}</span>
      </p>
    );
  }
  const { order } = entry;
  const items = order.lines
    .map((l) => `${l.quantity}× ${l.name}${l.colour ? ` (${l.colour}${l.size ? `, ${l.size}` : ""})` : ""}`)
    .join(", ");
  const how =
    order.channel === "store" && order.status === "collected" && order.fulfilment === "pickup"
      ? t("boughtAt", { store: shortStoreName(order.location.name) })
      : order.fulfilment === "delivery"
        ? t("delivery")
        : t("pickupAt", { store: shortStoreName(order.location.name) });
  return (
    <div className="text-sm text-stone-800">
      <p className="flex flex-wrap items-center gap-2">
        <ChannelTag channel={order.channel} />
        <span className="font-semibold text-stone-950">{order.number}</span>
        <OrderStatusBadge status={order.status} />
        <span className="ml-auto font-semibold tabular-nums">
          {formatMoney(order.total.amountMinor, order.total.currency)}
        </span>
      </p>
      <p className="mt-0.5 truncate text-stone-600">
        {how} · {items}
      </p>
    </div>
  );
}
