import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import {
  ageInWords,
  clockTime,
  durationInWords,
  failureOf,
  isOverdue,
  paymentForStaff,
  paysAtCounter,
  PROMISE_MS,
} from "./format";

const NOW = Date.parse("2026-03-01T12:00:00Z");
const ago = (ms: number) => new Date(NOW - ms);
const MIN = 60_000;

describe("how old an order is, in the queue's words", () => {
  it("in minutes, hours and minutes, then days", () => {
    expect(ageInWords(ago(30_000), NOW)).toBe("Just now");
    expect(ageInWords(ago(12 * MIN), NOW)).toBe("12 min ago");
    expect(ageInWords(ago(125 * MIN), NOW)).toBe("2 h 5 min ago");
    expect(ageInWords(ago(120 * MIN), NOW)).toBe("2 h ago");
    expect(ageInWords(ago(26 * 60 * MIN), NOW)).toBe("1 day ago");
    expect(ageInWords(ago(72 * 60 * MIN), NOW)).toBe("3 days ago");
  });

  it("never in the future, when the tablet's clock runs behind the server's", () => {
    expect(ageInWords(ago(-5 * MIN), NOW)).toBe("Just now");
  });

  it("late by at least a minute, in minutes or hours", () => {
    expect(durationInWords(0)).toBe("1 min");
    expect(durationInWords(15 * MIN)).toBe("15 min");
    expect(durationInWords(80 * MIN)).toBe("1 h 20 min");
    expect(durationInWords(120 * MIN)).toBe("2 h");
  });
});

describe("overdue orders", () => {
  it("are those not ready more than the promised two hours after they were placed", () => {
    expect(isOverdue({ status: "placed", placedAt: ago(PROMISE_MS + 1) }, NOW)).toBe(true);
    expect(isOverdue({ status: "picking", placedAt: ago(PROMISE_MS + 1) }, NOW)).toBe(true);
    expect(isOverdue({ status: "placed", placedAt: ago(PROMISE_MS) }, NOW)).toBe(false);
    expect(isOverdue({ status: "ready", placedAt: ago(5 * PROMISE_MS) }, NOW)).toBe(false);
  });
});

describe("clock times", () => {
  it("are in the store's own time zone, Madrid's when the zone is unknown", () => {
    const at = new Date("2026-03-01T13:05:00Z");
    expect(clockTime(at, "Europe/Madrid")).toBe("14:05");
    expect(clockTime(at, "Atlantic/Canary")).toBe("13:05");
    expect(clockTime(at, "Bad/Zone")).toBe("14:05");
  });
});

describe("the money at the counter", () => {
  const total = { amountMinor: 4995, currency: "EUR" };

  it("tells staff what to take, or that it is paid and how", () => {
    expect(paymentForStaff({ paymentMethod: "pay_at_pickup", paymentStatus: "pending", total })).toBe(
      "Take 49,95\u00a0€ at the counter",
    );
    expect(paymentForStaff({ paymentMethod: "pay_at_pickup", paymentStatus: "paid", total })).toBe(
      "Paid at the counter",
    );
    expect(paymentForStaff({ paymentMethod: "card", paymentStatus: "authorized", total })).toBe(
      "Paid by card — capture at handover",
    );
    expect(paymentForStaff({ paymentMethod: "card", paymentStatus: "voided", total })).toBe(
      "Card authorisation voided",
    );
    expect(paymentForStaff({ paymentMethod: "cash", paymentStatus: "paid", total })).toBe("Paid in cash");
  });

  it("asks how it was paid at handover only for pay-at-pickup orders", () => {
    expect(paysAtCounter({ paymentMethod: "pay_at_pickup" })).toBe(true);
    expect(paysAtCounter({ paymentMethod: "card" })).toBe(false);
  });
});

describe("a failed call, in words staff can act on", () => {
  it("with no answer from the server, says to check the connection", () => {
    expect(failureOf(new TypeError("Failed to fetch"))).toEqual({
      message: "We couldn’t reach Mostrador. Check the connection and try again.",
      code: null,
      fieldErrors: null,
      retryAfterSeconds: null,
    });
  });

  it("prefers the domain's own code, and carries the wait before trying again", () => {
    const err = TRPCClientError.from({
      error: {
        message: "Too many wrong codes. Try again in 2 minutes.",
        code: -32029,
        data: {
          code: "TOO_MANY_REQUESTS",
          httpStatus: 429,
          domainCode: "TOO_MANY_ATTEMPTS",
          details: { retryAfterSeconds: 120 },
          fieldErrors: null,
        },
      },
    });
    expect(failureOf(err)).toEqual({
      message: "Too many wrong codes. Try again in 2 minutes.",
      code: "TOO_MANY_ATTEMPTS",
      fieldErrors: null,
      retryAfterSeconds: 120,
    });
  });
});
