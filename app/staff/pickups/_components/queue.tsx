"use client";

import { useQuery } from "@tanstack/react-query";
import { clsx } from "clsx";
import { AlarmClock, CheckCheck, Inbox, ShoppingBasket } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/trpc/react";
import { Bone, LoadingStatus } from "@/ui/skeleton";
import { CancelDialog } from "./cancel-dialog";
import { isOverdue, useFailureOf, useMinuteClock, useStaffWords, type QueueOrder } from "@/app/staff/_lib/format";
import { HandoverDialog } from "./handover-dialog";
import { OrderCard } from "./order-card";
import { Button, buttonClasses } from "@/ui/button";

type View = "placed" | "picking" | "ready" | "overdue";

/** Each view's words are staff.queue.<id>.label and .empty. */
const VIEWS: { id: View; Icon: typeof Inbox }[] = [
  { id: "placed", Icon: Inbox },
  { id: "picking", Icon: ShoppingBasket },
  { id: "ready", Icon: CheckCheck },
  { id: "overdue", Icon: AlarmClock },
];

/** How long a new order stays highlighted, unless someone acts on it sooner. */
const FRESH_MS = 10 * 60 * 1000;

function inView(view: View, order: QueueOrder, now: number) {
  return view === "overdue" ? isOverdue(order, now) : order.status === view;
}

/**
 * The store's click-and-collect queue, oldest first, in four views. New orders (numbers not seen
 * since the console opened) are announced with a toast and `onNewOrders` (the chime), and
 * highlighted for a while.
 */
export function Queue({ timeZone, onNewOrders }: { timeZone: string; onNewOrders: () => void }) {
  const trpc = useTRPC();
  const t = useTranslations("staff.queue");
  const words = useStaffWords();
  const failureOf = useFailureOf();
  const queue = useQuery(
    // A session that ended won't come back by asking again.
    trpc.pickup.queue.queryOptions(undefined, {
      retry: (count, err) => count < 3 && failureOf(err).code !== "UNAUTHORIZED",
    }),
  );
  const now = useMinuteClock();
  const [view, setView] = useState<View>("placed");
  const [arrivals, setArrivals] = useState<ReadonlyMap<string, number>>(new Map());
  const [handingOver, setHandingOver] = useState<QueueOrder | null>(null);
  const [cancelling, setCancelling] = useState<QueueOrder | null>(null);
  const tabsId = useId();

  useNewOrders(queue.data, (added) => {
    const at = Date.now();
    setArrivals((current) => new Map([...current, ...added.map((o) => [o.orderNumber, at] as const)]));
    onNewOrders();
    const [first] = added;
    if (!first) return;
    toast(added.length === 1 ? t("newOrder", { number: first.orderNumber }) : t("newOrders", { count: added.length }), {
      description:
        added.length === 1
          ? `${first.contactName} · ${words.t("items", { count: first.itemCount })} · ${words.payment(first)}`
          : added.map((o) => o.orderNumber).join(", "),
      action: { label: t("show"), onClick: () => setView("placed") },
      duration: 10_000,
    });
  });

  const acted = useCallback((orderNumber: string) => {
    setArrivals((current) => {
      if (!current.has(orderNumber)) return current;
      const next = new Map(current);
      next.delete(orderNumber);
      return next;
    });
  }, []);
  const isFresh = (order: QueueOrder) => {
    const at = arrivals.get(order.orderNumber);
    // `now` moves each minute; a highlight fades on the first tick after its time is up.
    return at !== undefined && Math.max(now, at) - at < FRESH_MS;
  };

  if (queue.isPending) return <QueueSkeleton />;
  if (queue.isError) {
    // The session ended (signed out in another tab, or expired): back through sign-in.
    const signedOut = failureOf(queue.error).code === "UNAUTHORIZED";
    return (
      <div role="alert" className="mx-auto max-w-lg rounded-3xl border border-stone-200 bg-white p-8 text-center">
        <h2 className="text-xl font-semibold text-stone-950">{t("didNotLoad")}</h2>
        <p className="mt-2 text-stone-600">{failureOf(queue.error).message}</p>
        {signedOut ? (
          <a href="/sign-in?callbackUrl=/staff" className={buttonClasses({ size: "lg", className: "mt-6 px-6" })}>
            {t("signInAgain")}
          </a>
        ) : (
          <Button size="lg" onClick={() => void queue.refetch()} className="mt-6 px-6">
            {t("retry")}
          </Button>
        )}
      </div>
    );
  }

  const orders = queue.data;
  const current = VIEWS.find((v) => v.id === view) ?? VIEWS[0]!;
  const shown = orders.filter((o) => inView(view, o, now));

  // Collected or cancelled on another device while a dialog about it is open.
  const isGone = (order: QueueOrder | null) =>
    order !== null && !orders.some((o) => o.orderNumber === order.orderNumber);

  function onTabKey(event: React.KeyboardEvent<HTMLButtonElement>, index: number) {
    const move = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: VIEWS.length - 1 - index }[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = VIEWS[(index + move + VIEWS.length) % VIEWS.length]!;
    setView(next.id);
    document.getElementById(`${tabsId}-${next.id}`)?.focus();
  }

  return (
    <>
      <div
        role="tablist"
        aria-label={t("label")}
        className="grid grid-cols-4 gap-1.5 rounded-2xl bg-stone-200/70 p-1.5"
      >
        {VIEWS.map((v, index) => {
          const count = orders.filter((o) => inView(v.id, o, now)).length;
          const selected = v.id === view;
          const hasFresh = !selected && orders.some((o) => inView(v.id, o, now) && isFresh(o));
          const alarm = v.id === "overdue" && count > 0;
          return (
            <button
              key={v.id}
              id={`${tabsId}-${v.id}`}
              type="button"
              role="tab"
              aria-selected={selected}
              aria-controls={`${tabsId}-panel`}
              tabIndex={selected ? 0 : -1}
              onClick={() => setView(v.id)}
              onKeyDown={(e) => onTabKey(e, index)}
              className={clsx(
                "relative inline-flex min-h-14 items-center justify-center gap-2 rounded-xl px-2 text-base font-semibold transition-colors",
                selected
                  ? "bg-white text-stone-950 shadow-sm"
                  : "text-stone-600 hover:bg-white/60 hover:text-stone-950",
                alarm && !selected && "text-out",
              )}
            >
              {/* On a tablet held upright the four labels need the icons' room (Spanish ones are longer). */}
              <v.Icon aria-hidden="true" className="size-5 shrink-0 max-lg:hidden" />
              <span>
                {t(`${v.id}.label`)}{" "}
                <span className={clsx("tabular-nums", alarm ? "text-out" : "text-stone-500")}>({count})</span>
              </span>
              {hasFresh ? (
                <span className="absolute top-2 right-2 size-2.5 rounded-full bg-accent-500 motion-safe:animate-pulse">
                  <span className="sr-only">{t("hasNew")}</span>
                </span>
              ) : null}
            </button>
          );
        })}
      </div>

      <section
        id={`${tabsId}-panel`}
        role="tabpanel"
        aria-labelledby={`${tabsId}-${view}`}
        tabIndex={-1}
        className="mt-5 focus:outline-none"
      >
        {shown.length === 0 ? (
          <div className="flex flex-col items-center rounded-3xl border border-dashed border-stone-300 bg-white/60 px-6 py-16 text-center">
            <current.Icon aria-hidden="true" className="size-10 text-stone-400" />
            <p className="mt-4 max-w-md text-lg text-stone-700">{t(`${current.id}.empty`)}</p>
          </div>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
            {shown.map((order) => (
              <OrderCard
                key={order.id}
                order={order}
                now={now}
                timeZone={timeZone}
                fresh={isFresh(order)}
                showStatus={view === "overdue"}
                onHandover={setHandingOver}
                onCancel={setCancelling}
                onActed={acted}
              />
            ))}
          </ul>
        )}
      </section>

      <HandoverDialog order={handingOver} gone={isGone(handingOver)} onClose={() => setHandingOver(null)} />
      <CancelDialog order={cancelling} gone={isGone(cancelling)} onClose={() => setCancelling(null)} />
    </>
  );
}

/**
 * Calls `onAdded` with the orders whose numbers were not in the queue before. The first load only
 * remembers what is there: those are not new to anyone.
 */
function useNewOrders(orders: QueueOrder[] | undefined, onAdded: (added: QueueOrder[]) => void) {
  const seen = useRef<Set<string> | null>(null);
  const latest = useRef(onAdded);
  useEffect(() => {
    latest.current = onAdded;
  });
  useEffect(() => {
    if (!orders) return;
    if (!seen.current) {
      seen.current = new Set(orders.map((o) => o.orderNumber));
      return;
    }
    const known = seen.current;
    const added = orders.filter((o) => !known.has(o.orderNumber));
    for (const o of added) known.add(o.orderNumber);
    if (added.length > 0) latest.current(added);
  }, [orders]);
}

export function QueueSkeleton() {
  const t = useTranslations("staff.queue");
  return (
    <div>
      <LoadingStatus label={t("loading")} />
      <div className="grid grid-cols-4 gap-1.5 rounded-2xl bg-stone-200/70 p-1.5">
        {VIEWS.map((v) => (
          <Bone key={v.id} className="h-14 rounded-xl bg-white/70" />
        ))}
      </div>
      <ul aria-hidden="true" className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
        {Array.from({ length: 6 }, (_, i) => (
          <li key={i} className="rounded-3xl border border-stone-200 bg-white p-5">
            <Bone className="h-7 w-32" />
            <Bone className="mt-3 h-5 w-40" />
            <Bone className="mt-4 h-4 w-48" />
            <Bone className="mt-2 h-4 w-56" />
            <div className="mt-6 flex justify-between">
              <Bone className="h-11 w-28 rounded-full" />
              <Bone className="h-12 w-36 rounded-full" />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
