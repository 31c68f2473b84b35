"use client";

import { clsx } from "clsx";
import { CircleAlert, Clock, LoaderCircle, RotateCcw } from "lucide-react";
import { useNow } from "@/app/[locale]/(shop)/checkout/_lib/use-now";
import { Button } from "@/ui/button";

export type ShortItem = { variantId: string; name: string; requested: number; available: number };

/** Where the cart's units stand while the customer pays. */
export type HoldView =
  | { status: "none" }
  | { status: "holding"; where: string }
  | { status: "held"; where: string; expiresAt: Date }
  | { status: "short"; where: string; short: ShortItem[] }
  | { status: "failed"; where: string; message: string };

const clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" });

function mmss(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

export function shortMessage(s: Pick<ShortItem, "name" | "available">, here = "here"): string {
  return s.available === 0 ? `${s.name} is not in stock ${here}` : `Only ${s.available} of ${s.name} ${here}`;
}

/** "We’re holding your items at Mostrador Madrid until 14:32", with the minutes left. */
export function HoldBanner({
  hold,
  onHoldAgain,
  className,
}: {
  hold: HoldView;
  onHoldAgain: () => void;
  className?: string;
}) {
  const now = useNow();
  if (hold.status === "none") return null;
  const left = hold.status === "held" && now !== null ? hold.expiresAt.getTime() - now : null;
  const expired = left !== null && left <= 0;
  const problem = hold.status === "short" || hold.status === "failed" || expired;

  return (
    <div
      className={clsx(
        "flex flex-wrap items-start gap-x-3 gap-y-2 rounded-2xl border px-4 py-3 text-sm",
        problem ? "border-out/20 bg-out-bg text-out" : "border-ok/20 bg-ok-bg text-ok",
        className,
      )}
    >
      {hold.status === "holding" ? (
        <LoaderCircle aria-hidden="true" className="mt-0.5 size-4 shrink-0 animate-spin" />
      ) : problem ? (
        <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      ) : (
        <Clock aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      )}
      <div className="min-w-[12rem] flex-1">
        {/* Only this sentence is announced: it changes when the hold does, not every second. */}
        <div aria-live="polite">
          {hold.status === "holding" ? <p>Holding your items {hold.where}…</p> : null}
          {hold.status === "held" && now !== null && !expired ? (
            <p className="font-medium">
              We’re holding your items {hold.where} until {clock.format(hold.expiresAt)}
            </p>
          ) : null}
          {hold.status === "held" && now === null ? (
            <p className="font-medium">We’re holding your items {hold.where}</p>
          ) : null}
          {expired ? (
            <p className="font-medium">
              Your hold {hold.where} has ended. Others can buy these items again until you place the order.
            </p>
          ) : null}
          {hold.status === "short" ? (
            <>
              <p className="font-medium">We can’t hold everything {hold.where}:</p>
              <ul className="mt-1 list-disc pl-5">
                {hold.short.map((s) => (
                  <li key={s.variantId}>{shortMessage(s)}</li>
                ))}
              </ul>
              <p className="mt-1">Choose another option, or update your cart.</p>
            </>
          ) : null}
          {hold.status === "failed" ? <p className="font-medium">{hold.message}</p> : null}
        </div>
        {hold.status === "held" && left !== null && !expired ? (
          <p role="timer" className="mt-0.5 text-ok/90 tabular-nums">
            {mmss(left)} left to place your order
          </p>
        ) : null}
      </div>
      {expired || hold.status === "failed" ? (
        <Button variant="secondary" size="sm" onClick={onHoldAgain} className="gap-1.5 bg-white px-4 sm:min-h-9">
          <RotateCcw aria-hidden="true" className="size-4" />
          Hold again
        </Button>
      ) : null}
    </div>
  );
}
