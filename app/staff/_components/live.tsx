"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { clsx } from "clsx";
import { Volume2, VolumeX } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTRPC } from "@/trpc/react";
import { useThrottled } from "@/app/_components/live";

/**
 * The store's queue, live: every event, and every (re)connect of the stream, refetches
 * `pickup.queue` (and an open order's `pickup.order`). The stream only says "something changed";
 * the queries stay the source of truth.
 */
export function useLivePickupQueue() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // A burst of events (an order placed and picked at once) is one refetch.
  const refetch = useThrottled(() => void queryClient.invalidateQueries({ queryKey: trpc.pickup.pathKey() }), 250);
  // Refetch on the first start too: an order placed between the query and the stream opening
  // would otherwise wait for the next event.
  const { status } = useSubscription(
    trpc.live.pickupQueue.subscriptionOptions(undefined, { onData: refetch, onStarted: refetch }),
  );
  return status;
}

/**
 * A short two-note chime from an oscillator: no audio file to download. Browsers only let a page
 * make sound after a gesture, so the AudioContext is created when staff turn sound on.
 */
export function useChime() {
  const context = useRef<AudioContext | null>(null);
  const [on, setOn] = useState(false);

  const play = useCallback(() => {
    const ctx = context.current;
    if (!ctx) return;
    if (ctx.state === "suspended") void ctx.resume();
    const start = ctx.currentTime + 0.02;
    [880, 1320].forEach((frequency, i) => {
      const at = start + i * 0.16;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = "sine";
      osc.frequency.value = frequency;
      // A quick fade in and out, so the tone starts and stops without a click.
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.3, at + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.14);
      osc.connect(gain).connect(ctx.destination);
      osc.start(at);
      osc.stop(at + 0.15);
    });
  }, []);

  const toggle = useCallback(() => {
    if (on) {
      setOn(false);
      void context.current?.suspend();
      return;
    }
    const AudioContextClass =
      window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!AudioContextClass) return;
    context.current ??= new AudioContextClass();
    void context.current.resume();
    setOn(true);
    // Played now, inside the tap: staff hear what a new order sounds like, and iOS unlocks audio.
    play();
  }, [on, play]);

  useEffect(() => () => void context.current?.close(), []);

  /** Chimes only when sound is on. */
  const chime = useCallback(() => {
    if (on) play();
  }, [on, play]);

  return { on, toggle, chime };
}

/** A switch, off until tapped: the tap is the gesture that lets the page make sound. */
export function SoundToggle({ on, onToggle, className }: { on: boolean; onToggle: () => void; className?: string }) {
  const t = useTranslations("staff.sound");
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      onClick={onToggle}
      title={on ? t("onTitle") : t("offTitle")}
      className={clsx(
        "inline-flex min-h-11 items-center gap-2 rounded-full pr-1.5 pl-3 text-sm font-semibold ring-1 transition-colors ring-inset",
        on
          ? "bg-white/10 text-white ring-white/25 hover:bg-white/15"
          : "bg-amber-300 text-stone-950 ring-amber-300 hover:bg-amber-200",
        className,
      )}
    >
      {on ? <Volume2 aria-hidden="true" className="size-5" /> : <VolumeX aria-hidden="true" className="size-5" />}
      {t("label")}
      <span
        aria-hidden="true"
        className={clsx("rounded-full px-2 py-1 text-xs leading-none", on ? "bg-ok text-white" : "bg-stone-950/10")}
      >
        {on ? t("on") : t("off")}
      </span>
    </button>
  );
}
