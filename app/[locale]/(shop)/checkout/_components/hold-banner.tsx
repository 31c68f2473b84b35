"use client";

import { clsx } from "clsx";
import { CircleAlert, Clock, LoaderCircle, RotateCcw } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { formatTime } from "@/lib/format";
import { useNow } from "@/app/[locale]/(shop)/checkout/_lib/use-now";
import { Button } from "@/ui/button";

export type ShortItem = { variantId: string; name: string; requested: number; available: number };

/** Where the units are held: for delivery, or at a store (its name and time zone, when known). */
export type HoldPlace = { type: "delivery" } | { type: "pickup"; store: string | null; timeZone?: string };

/** Where the cart's units stand while the customer pays. */
export type HoldView =
  | { status: "none" }
  | { status: "holding"; where: HoldPlace }
  | { status: "held"; where: HoldPlace; expiresAt: Date }
  | { status: "short"; where: HoldPlace; short: ShortItem[] }
  /** The server's message, or null when it could not be reached. */
  | { status: "failed"; where: HoldPlace; message: string | null };

function mmss(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/** "Only 1 of Merino Jumper here", "Merino Jumper is not in stock for delivery". */
export function useShortMessage() {
  const t = useTranslations("checkout.receive.short");
  return (s: Pick<ShortItem, "name" | "available">, where: "here" | "delivery" = "here") =>
    t(where, { name: s.name, available: s.available });
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
  const t = useTranslations("checkout.hold");
  const locale = useLocale();
  const shortMessage = useShortMessage();
  const now = useNow();
  if (hold.status === "none") return null;
  const left = hold.status === "held" && now !== null ? hold.expiresAt.getTime() - now : null;
  const expired = left !== null && left <= 0;
  const problem = hold.status === "short" || hold.status === "failed" || expired;
  const place = hold.where;
  const where =
    place.type === "delivery" ? t("where.delivery") : t("where.pickup", { store: place.store ?? t("where.theStore") });
  // The store's own clock, so the time reads the same on the server, in any browser and at the counter.
  const timeZone = place.type === "pickup" ? place.timeZone : undefined;

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
          {hold.status === "holding" ? <p>{t("holding", { where })}</p> : null}
          {hold.status === "held" && now !== null && !expired ? (
            <p className="font-medium">
              {t("held", { where, time: formatTime(hold.expiresAt, locale, { timeZone }) })}
            </p>
          ) : null}
          {hold.status === "held" && now === null ? <p className="font-medium">{t("heldNoClock", { where })}</p> : null}
          {expired ? <p className="font-medium">{t("ended", { where })}</p> : null}
          {hold.status === "short" ? (
            <>
              <p className="font-medium">{t("short", { where })}</p>
              <ul className="mt-1 list-disc pl-5">
                {hold.short.map((s) => (
                  <li key={s.variantId}>{shortMessage(s)}</li>
                ))}
              </ul>
              <p className="mt-1">{t("shortHelp")}</p>
            </>
          ) : null}
          {hold.status === "failed" ? <p className="font-medium">{hold.message ?? t("failed")}</p> : null}
        </div>
        {hold.status === "held" && left !== null && !expired ? (
          <p role="timer" className="mt-0.5 text-ok/90 tabular-nums">
            {t("left", { time: mmss(left) })}
          </p>
        ) : null}
      </div>
      {expired || hold.status === "failed" ? (
        <Button variant="secondary" size="sm" onClick={onHoldAgain} className="gap-1.5 bg-white px-4 sm:min-h-9">
          <RotateCcw aria-hidden="true" className="size-4" />
          {t("again")}
        </Button>
      ) : null}
    </div>
  );
}
