"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import clsx from "clsx";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTRPC } from "@/trpc/react";

/**
 * Live updates are an accelerator, never the source of truth: every stream, when it (re)connects,
 * refetches what the page shows, then applies changes as they come.
 */

/** A callback run at most once per `ms`, the last call winning, so a burst of events is one refetch. */
export function useThrottled(fn: () => void, ms = 400) {
  const latest = useRef(fn);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    latest.current = fn;
  });
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return useMemo(
    () => () => {
      if (timer.current) return;
      timer.current = setTimeout(() => {
        timer.current = null;
        latest.current();
      }, ms);
    },
    [ms],
  );
}

/**
 * Streams pause while the tab is hidden: a browser allows only six connections per server over
 * HTTP/1.1, and background tabs holding streams open would starve the visible one. Coming back
 * restarts the stream, which refetches.
 */
function usePageVisible() {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    const update = () => setVisible(document.visibilityState !== "hidden");
    update();
    document.addEventListener("visibilitychange", update);
    return () => document.removeEventListener("visibilitychange", update);
  }, []);
  return visible;
}

/** Runs `refetch` on every start after the first (a reconnect), when events may have been missed. */
function useOnReconnect(refetch: () => void) {
  const started = useRef(false);
  return () => {
    if (started.current) refetch();
    started.current = true;
  };
}

/**
 * The shopper's cart, live on every device and tab: changes anywhere refetch `cart.get` (the
 * header count and the cart page follow). `shopper` and `cartId` restart the stream when who is
 * shopping changes (sign-in, sign-out, a new guest's first item).
 */
export function useLiveCart(shopper: string | null, cartId: string | null) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refetch = useThrottled(() => void queryClient.invalidateQueries({ queryKey: trpc.cart.get.queryKey() }), 150);
  const visible = usePageVisible();
  // Refetch on the first start too: a change made on another device between the page's render and
  // the stream opening would otherwise wait for the next one. A cart is cheap to read again.
  const { reset } = useSubscription(
    trpc.live.cart.subscriptionOptions(undefined, { enabled: visible, onData: refetch, onStarted: refetch }),
  );
  const resetRef = useRef(reset);
  useEffect(() => {
    resetRef.current = reset;
  });
  const identity = `${shopper ?? "guest"}:${cartId ?? "none"}`;
  const previous = useRef(identity);
  useEffect(() => {
    if (previous.current === identity) return;
    previous.current = identity;
    resetRef.current();
  }, [identity]);
}

/**
 * Stock and prices of these variants: `onChange` runs (throttled) when any of them changes
 * anywhere ("only 1 left at Madrid", a new price).
 */
export function useLiveVariants(variantIds: string[], onChange: () => void) {
  const trpc = useTRPC();
  const refetch = useThrottled(onChange);
  // Refetch on the first start too, as the cart does: a sale made between the page's render and
  // the stream opening (a slow phone, a busy server) would otherwise leave "3 left" showing 2.
  const onStarted = refetch;
  const visible = usePageVisible();
  const key = [...new Set(variantIds)].sort().slice(0, 100).join(",");
  const ids = useMemo(() => (key ? key.split(",") : []), [key]);
  useSubscription(
    trpc.live.variants.subscriptionOptions(
      { variantIds: ids },
      { enabled: visible && ids.length > 0, onData: refetch, onStarted },
    ),
  );
}

/** Re-renders a server page (the product page) when its variants' stock or prices change. */
export function LiveVariantsRefresh({ variantIds }: { variantIds: string[] }) {
  const router = useRouter();
  useLiveVariants(variantIds, () => router.refresh());
  return null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Runs `onDue` just after `at` (a sale starting or ending). Prices are computed when read, so
 * nothing is announced at that second: the page reads itself again. The browser's clock may be
 * ahead of the database's, so until an answer moves `at` on, it tries again every 2 s, ten times.
 */
export function useRefreshAt(at: Date | string | null | undefined, onDue: () => void) {
  const latest = useRef(onDue);
  useEffect(() => {
    latest.current = onDue;
  });
  const time = at ? new Date(at).getTime() : null;
  useEffect(() => {
    if (time === null) return;
    let timer: ReturnType<typeof setTimeout>;
    let tries = 0;
    const run = () => {
      latest.current();
      if (++tries < 10) timer = setTimeout(run, 2_000);
    };
    // setTimeout cannot wait more than ~24 days: wait a day at a time.
    const wait = () => {
      const left = time - Date.now();
      timer = left > DAY_MS ? setTimeout(wait, DAY_MS) : setTimeout(run, Math.max(0, left) + 250);
    };
    wait();
    return () => clearTimeout(timer);
  }, [time]);
}

/** Re-renders a server page (the product page) when one of its prices starts or stops being in force. */
export function RefreshAtPriceChange({ at }: { at: Date | string | null }) {
  const router = useRouter();
  useRefreshAt(at, () => router.refresh());
  return null;
}

type Status = "idle" | "connecting" | "pending" | "error";

/** A small "Live" dot where being up to date matters; says when it is reconnecting. */
export function LiveIndicator({ status, className }: { status: Status; className?: string }) {
  const live = status === "pending";
  return (
    <span
      role="status"
      className={clsx(
        "inline-flex items-center gap-1.5 text-xs font-medium",
        live ? "text-ok" : "text-stone-500",
        className,
      )}
    >
      <span
        aria-hidden="true"
        className={clsx("size-2 rounded-full", live ? "bg-ok motion-safe:animate-pulse" : "bg-stone-400")}
      />
      {live ? "Live" : status === "error" ? "Offline — reconnecting" : "Connecting…"}
    </span>
  );
}

/** The order page: its status moves along the timeline without a reload. */
export function LiveOrder({ number }: { number: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const refresh = useThrottled(() => router.refresh(), 150);
  const onStarted = useOnReconnect(refresh);
  const visible = usePageVisible();
  const { status } = useSubscription(
    trpc.live.order.subscriptionOptions({ number }, { enabled: visible, onData: refresh, onStarted }),
  );
  return <LiveIndicator status={status} />;
}

/** The account's order list: new orders and status changes from any channel appear as they happen. */
export function LiveMyOrders() {
  const trpc = useTRPC();
  const router = useRouter();
  const refresh = useThrottled(() => router.refresh(), 150);
  const onStarted = useOnReconnect(refresh);
  const visible = usePageVisible();
  useSubscription(trpc.live.myOrders.subscriptionOptions(undefined, { enabled: visible, onData: refresh, onStarted }));
  return null;
}

/**
 * Anything the catalog shows changed (published, taken off a channel, edited): `onChange` runs,
 * throttled, so listing pages and the console's finders show what the studio just did.
 */
export function useLiveCatalog(onChange: () => void) {
  const trpc = useTRPC();
  const refetch = useThrottled(onChange, 1000);
  const onStarted = useOnReconnect(refetch);
  const visible = usePageVisible();
  useSubscription(trpc.live.catalog.subscriptionOptions(undefined, { enabled: visible, onData: refetch, onStarted }));
}

/** Re-renders a server page (a category, search results) when the catalog changes. */
export function LiveCatalogRefresh() {
  const router = useRouter();
  useLiveCatalog(() => router.refresh());
  return null;
}
