"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import type { HoldTarget } from "@/server/domain/checkout/inputs";
import { apiFailure } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import type { HoldPlace, HoldView } from "@/app/[locale]/(shop)/checkout/_components/hold-banner";
import type { CheckoutOptions, Method } from "@/app/[locale]/(shop)/checkout/_components/receive-options";

/**
 * Lets the held units go when the customer leaves. A plain POST with keepalive, not the tRPC
 * client: its batched fetch is cancelled when the page unloads, this one is allowed to finish.
 */
function releaseHoldQuietly() {
  void fetch("/api/trpc/checkout.releaseHold", {
    method: "POST",
    keepalive: true,
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: null }),
  }).catch(() => {});
}

export function whereFor(options: CheckoutOptions, target: HoldTarget): HoldPlace {
  if (target.type === "delivery") return { type: "delivery" };
  const store = options.stores.find((s) => s.id === target.locationId);
  return { type: "pickup", store: store?.name ?? null, timeZone: store?.timezone };
}

/** The server says how long is left by its clock; count down from now by this device's clock. */
function localExpiry(secondsLeft: number): Date {
  return new Date(Date.now() + secondsLeft * 1000);
}

export type InitialChoice = {
  method: Method | null;
  storeId: string | null;
  hold: HoldView;
  holdNow: HoldTarget | null;
};

/** Where checkout starts: the running hold if there is one, else the customer's store when it has everything. */
export function initialChoice(options: CheckoutOptions): InitialChoice {
  if (options.hold && options.hold.secondsLeft > 0) {
    const { hold } = options;
    const target: HoldTarget =
      hold.type === "pickup" ? { type: "pickup", locationId: hold.locationId } : { type: "delivery" };
    return {
      method: hold.type,
      storeId: hold.type === "pickup" ? hold.locationId : null,
      hold: { status: "held", where: whereFor(options, target), expiresAt: localExpiry(hold.secondsLeft) },
      holdNow: null,
    };
  }
  const mine = options.stores.find((s) => s.chosen && s.canSupply);
  if (mine) {
    const target: HoldTarget = { type: "pickup", locationId: mine.id };
    return {
      method: "pickup",
      storeId: mine.id,
      hold: { status: "holding", where: whereFor(options, target) },
      holdNow: target,
    };
  }
  return { method: null, storeId: null, hold: { status: "none" }, holdNow: null };
}

type Options = {
  options: CheckoutOptions;
  initial: InitialChoice;
  /** What the customer has chosen now, to hold again after a timeout or a trip through the back-forward cache. */
  current: HoldTarget | null;
  /** The place could not hold everything: the caller lets the customer choose again. */
  onShort: (target: HoldTarget) => void;
  /** The server answered something that may change the options: refetch them. */
  onStale: () => void;
};

/**
 * The cart's stock hold while the customer pays: taken when they choose where to receive the
 * order, moved when they change their mind, let go when they leave the page.
 */
export function useCheckoutHold({ options, initial, current, onShort, onStale }: Options) {
  const trpc = useTRPC();
  const [hold, setHold] = useState<HoldView>(initial.hold);
  const seq = useRef(0);
  /** Something may be held for this cart, so leaving should release it. */
  const mayHold = useRef(initial.hold.status !== "none");
  const mounted = useRef(false);
  const holdMutation = useMutation(trpc.checkout.hold.mutationOptions());
  const releaseMutation = useMutation(trpc.checkout.releaseHold.mutationOptions());

  /** Asks for the hold; the answer lands in state only if no newer choice was made meanwhile. */
  function run(target: HoldTarget, where: HoldPlace) {
    const mine = ++seq.current;
    mayHold.current = true;
    holdMutation.mutateAsync(target).then(
      (result) => {
        if (mine !== seq.current) return;
        if (result.held) {
          setHold({ status: "held", where, expiresAt: localExpiry(result.secondsLeft) });
        } else {
          setHold({ status: "short", where, short: result.short });
          onShort(target);
          onStale();
        }
      },
      (err: unknown) => {
        if (mine !== seq.current) return;
        const { answered, message } = apiFailure(err);
        // No answer: the banner says so in the shopper's words.
        setHold({ status: "failed", where, message: answered ? message : null });
        if (answered) onStale();
      },
    );
  }

  function start(target: HoldTarget) {
    const where = whereFor(options, target);
    setHold({ status: "holding", where });
    run(target, where);
  }

  /** Nothing is chosen any more: let the units go now rather than when the hold runs out. */
  function stop() {
    forget();
    if (mayHold.current) releaseMutation.mutate();
    mayHold.current = false;
  }

  /** Stop showing a hold that no longer means anything (e.g. after an out-of-stock answer). */
  function forget() {
    seq.current++;
    setHold({ status: "none" });
  }

  function again() {
    if (current) start(current);
  }

  /** The order is placed: its units are reserved, so there is nothing to release on the way out. */
  function placed() {
    mayHold.current = false;
  }

  // Hold at the customer's own store straight away: they chose it before they came.
  const holdOnArrival = useEffectEvent(() => {
    if (initial.holdNow) run(initial.holdNow, whereFor(options, initial.holdNow));
  });
  useEffect(() => holdOnArrival(), []);

  const release = useEffectEvent(() => {
    if (!mayHold.current) return;
    mayHold.current = false;
    releaseHoldQuietly();
  });
  // Back from the back-forward cache: the hold was let go on the way out, so take it again.
  const holdAfterReturn = useEffectEvent(() => again());
  useEffect(() => {
    mounted.current = true;
    const onHide = () => release();
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) holdAfterReturn();
    };
    window.addEventListener("pagehide", onHide);
    window.addEventListener("pageshow", onShow);
    return () => {
      window.removeEventListener("pagehide", onHide);
      window.removeEventListener("pageshow", onShow);
      mounted.current = false;
      // Wait a tick: React's development double-mount must not release the hold it is about to keep.
      setTimeout(() => {
        if (!mounted.current) release();
      }, 0);
    };
  }, []);

  return { hold, start, stop, forget, again, placed };
}
