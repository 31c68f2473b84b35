"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Locale } from "@/i18n/locales";
import { formatDateWith, formatTime } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { apiFailure, retryAfterSeconds } from "@/trpc/errors";
import type { RouterOutputs } from "@/app/_lib/types";

/** One order in the store's click-and-collect queue, as staff see it. */
export type QueueOrder = RouterOutputs["pickup"]["queue"][number];

/** The console's words (messages/<locale>/staff.json), as useTranslations("staff") gives them. */
export type StaffT = ReturnType<typeof useTranslations<"staff">>;

/** The shop promises "ready in 2 hours": after that, an order not yet ready is overdue. */
export const PROMISE_MS = 2 * 60 * 60 * 1000;

const MINUTE = 60 * 1000;

export function isOverdue(order: Pick<QueueOrder, "status" | "placedAt">, now: number): boolean {
  return order.status !== "ready" && now - order.placedAt.getTime() > PROMISE_MS;
}

/**
 * The time now, moving on at each whole minute: one clock for the whole queue, so ages, due
 * times and the Overdue count change together.
 */
export function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let interval: ReturnType<typeof setInterval> | undefined;
    const tick = () => setNow(Date.now());
    const timeout = setTimeout(
      () => {
        tick();
        interval = setInterval(tick, MINUTE);
      },
      MINUTE - (Date.now() % MINUTE),
    );
    return () => {
      clearTimeout(timeout);
      if (interval) clearInterval(interval);
    };
  }, []);
  return now;
}

/** "15 min", "1 h 20 min", "2 h": minutes and hours, never days (how late an order is). */
function hoursAndMinutes(minutes: number, t: StaffT): string {
  if (minutes < 60) return t("time.minutes", { minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? t("time.hoursMinutes", { hours, minutes: rest }) : t("time.hours", { hours });
}

/** "Just now", "12 min ago", "2 h 5 min ago", "3 days ago" / "Ahora mismo", "hace 12 min", "hace 3 días". */
export function ageInWords(placedAt: Date, now: number, t: StaffT): string {
  // A tablet whose clock runs behind the server's would otherwise say "-1 min ago".
  const minutes = Math.max(0, Math.floor((now - placedAt.getTime()) / MINUTE));
  if (minutes < 1) return t("time.justNow");
  if (minutes < 24 * 60) return t("time.ago", { time: hoursAndMinutes(minutes, t) });
  return t("time.ago", { time: t("time.days", { days: Math.floor(minutes / (24 * 60)) }) });
}

/** "15 min", "1 h 20 min": how late an order is, at least a minute. */
export function durationInWords(ms: number, t: StaffT): string {
  return hoursAndMinutes(Math.max(1, Math.floor(ms / MINUTE)), t);
}

/** "45 min", "2 h 10 min", "3 d 4 h", "—": how long orders waited, in the performance figures. */
export function spanInWords(minutes: number | null, t: StaffT): string {
  if (minutes === null) return "—";
  if (minutes < 24 * 60) return hoursAndMinutes(minutes, t);
  const hours = Math.round(minutes / 60);
  const days = Math.floor(hours / 24);
  return hours % 24 ? t("time.daysHours", { days, hours: hours % 24 }) : t("time.daysShort", { days });
}

/** A store's zone this platform knows, else the shop's own (Madrid's). */
function knownZone(timeZone: string): string | undefined {
  try {
    formatTime(new Date(0), "en", { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

/** "14:05" in the store's own time zone (Madrid's when the zone is unknown). */
export function clockTime(date: Date, timeZone: string, locale: Locale): string {
  return formatTime(date, locale, { timeZone: knownZone(timeZone) });
}

/** "1 dic" / "1 Dec" (with the year: "1 dic 2026") in the store's own time zone. */
export function dayInWords(date: Date, timeZone: string, locale: Locale, withYear = false): string {
  return formatDateWith(
    date,
    locale,
    { day: "numeric", month: "short", ...(withYear ? { year: "numeric" } : {}) },
    { timeZone: knownZone(timeZone) },
  );
}

/** "1 dic, 14:05" / "1 Dec, 14:05" (with the year: "1 dic 2026, 14:05") in the store's own time zone. */
export function dayAndTime(date: Date, timeZone: string, locale: Locale, withYear = false): string {
  return formatDateWith(
    date,
    locale,
    {
      day: "numeric",
      month: "short",
      ...(withYear ? { year: "numeric" } : {}),
      hour: "2-digit",
      minute: "2-digit",
    },
    { timeZone: knownZone(timeZone) },
  );
}

/** The money, in the words staff act on at the counter. */
export function paymentForStaff(
  order: Pick<QueueOrder, "paymentMethod" | "paymentStatus" | "total">,
  t: StaffT,
): string {
  const { paymentMethod: method, paymentStatus: status } = order;
  if (method === "pay_at_pickup")
    return status === "paid"
      ? t("payment.paidAtCounter")
      : t("payment.takeAtCounter", { amount: formatMoney(order.total.amountMinor, order.total.currency) });
  if (method === "cash") return t("payment.paidCash");
  switch (status) {
    case "authorized":
      return t("payment.authorized");
    case "paid":
      return t("payment.paidCard");
    case "pending":
      return t("payment.pending");
    case "voided":
      return t("payment.voided");
    case "refunded":
      return t("payment.refunded");
  }
}

/** Pay-at-pickup orders are paid at the counter, so the handover asks how. */
export function paysAtCounter(order: Pick<QueueOrder, "paymentMethod">): boolean {
  return order.paymentMethod === "pay_at_pickup";
}

/**
 * The console's ways of writing times and money in the reader's language and the store's zone,
 * bound to this page's messages: `const words = useStaffWords(); words.age(placedAt, now)`.
 */
export function useStaffWords() {
  const t = useTranslations("staff");
  const locale = useLocale();
  return useMemo(
    () => ({
      t,
      locale,
      age: (placedAt: Date, now: number) => ageInWords(placedAt, now, t),
      duration: (ms: number) => durationInWords(ms, t),
      span: (minutes: number | null) => spanInWords(minutes, t),
      clock: (date: Date, timeZone: string) => clockTime(date, timeZone, locale),
      day: (date: Date, timeZone: string, withYear = false) => dayInWords(date, timeZone, locale, withYear),
      dayAndTime: (date: Date, timeZone: string, withYear = false) => dayAndTime(date, timeZone, locale, withYear),
      payment: (order: Pick<QueueOrder, "paymentMethod" | "paymentStatus" | "total">) => paymentForStaff(order, t),
    }),
    [t, locale],
  );
}

/** The age of an order, kept current by the queue's clock. */
export function OrderAge({ placedAt, now, timeZone }: { placedAt: Date; now: number; timeZone: string }) {
  const words = useStaffWords();
  return (
    <time dateTime={placedAt.toISOString()} title={words.t("time.placedAt", { time: words.clock(placedAt, timeZone) })}>
      {words.age(placedAt, now)}
    </time>
  );
}

/** What a failed call to the API means, in words staff can act on. */
export type Failure = {
  message: string;
  /** The domain's own code (INVALID_PICKUP_CODE, TOO_MANY_ATTEMPTS…), else the tRPC one, else null (no answer). */
  code: string | null;
  fieldErrors: Record<string, string[]> | null;
  retryAfterSeconds: number | null;
};

/** `unreachable` is what to say when the server did not answer at all (the page's own words). */
export function failureOf(err: unknown, unreachable: string): Failure {
  const failure = apiFailure(err);
  if (!failure.answered) {
    return { message: unreachable, code: null, fieldErrors: null, retryAfterSeconds: null };
  }
  return {
    message: failure.message,
    code: failure.domainCode ?? failure.trpcCode,
    fieldErrors: failure.fieldErrors,
    retryAfterSeconds: retryAfterSeconds(failure),
  };
}

/** failureOf in the reader's language: `const failureOf = useFailureOf(); failureOf(err).message`. */
export function useFailureOf(): (err: unknown) => Failure {
  const t = useTranslations("staff");
  const unreachable = t("failure.unreachable");
  return useCallback((err: unknown) => failureOf(err, unreachable), [unreachable]);
}
