"use client";

import { useEffect, useState } from "react";
import { formatMoney } from "@/lib/money";
import { apiFailure, retryAfterSeconds } from "@/trpc/errors";
import type { RouterOutputs } from "@/app/_lib/types";

/** One order in the store's click-and-collect queue, as staff see it. */
export type QueueOrder = RouterOutputs["pickup"]["queue"][number];

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

/** "Just now", "12 min ago", "2 h 5 min ago", "3 days ago". */
export function ageInWords(placedAt: Date, now: number): string {
  // A tablet whose clock runs behind the server's would otherwise say "-1 min ago".
  const minutes = Math.max(0, Math.floor((now - placedAt.getTime()) / MINUTE));
  if (minutes < 1) return "Just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 24) return rest ? `${hours} h ${rest} min ago` : `${hours} h ago`;
  const days = Math.floor(hours / 24);
  return days === 1 ? "1 day ago" : `${days} days ago`;
}

/** "15 min", "1 h 20 min": how late an order is. */
export function durationInWords(ms: number): string {
  const minutes = Math.max(1, Math.floor(ms / MINUTE));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** "14:05" in the store's own time zone. */
export function clockTime(date: Date, timeZone: string): string {
  let format = clockFormats.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone });
    } catch {
      format = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Madrid" });
    }
    clockFormats.set(timeZone, format);
  }
  return format.format(date);
}

/** The money, in the words staff act on at the counter. */
export function paymentForStaff(order: Pick<QueueOrder, "paymentMethod" | "paymentStatus" | "total">): string {
  const { paymentMethod: method, paymentStatus: status } = order;
  if (method === "pay_at_pickup")
    return status === "paid"
      ? "Paid at the counter"
      : `Take ${formatMoney(order.total.amountMinor, order.total.currency)} at the counter`;
  if (method === "cash") return "Paid in cash";
  switch (status) {
    case "authorized":
      return "Paid by card — capture at handover";
    case "paid":
      return "Paid by card";
    case "pending":
      return "Card payment pending";
    case "voided":
      return "Card authorisation voided";
    case "refunded":
      return "Refunded";
  }
}

/** Pay-at-pickup orders are paid at the counter, so the handover asks how. */
export function paysAtCounter(order: Pick<QueueOrder, "paymentMethod">): boolean {
  return order.paymentMethod === "pay_at_pickup";
}

/** The age of an order, kept current by the queue's clock. */
export function OrderAge({ placedAt, now, timeZone }: { placedAt: Date; now: number; timeZone: string }) {
  return (
    <time dateTime={placedAt.toISOString()} title={`Placed at ${clockTime(placedAt, timeZone)}`}>
      {ageInWords(placedAt, now)}
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

export function failureOf(err: unknown): Failure {
  const failure = apiFailure(err);
  if (!failure.answered) {
    return {
      message: "We couldn’t reach Mostrador. Check the connection and try again.",
      code: null,
      fieldErrors: null,
      retryAfterSeconds: null,
    };
  }
  return {
    message: failure.message,
    code: failure.domainCode ?? failure.trpcCode,
    fieldErrors: failure.fieldErrors,
    retryAfterSeconds: retryAfterSeconds(failure),
  };
}
