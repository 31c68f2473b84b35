import { TRPCClientError } from "@trpc/client";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/locales";
import { MESSAGES } from "@/messages";
import {
  ageInWords,
  clockTime,
  dayAndTime,
  durationInWords,
  failureOf,
  isOverdue,
  paymentForStaff,
  paysAtCounter,
  PROMISE_MS,
  spanInWords,
  type StaffT,
} from "./format";

const NOW = Date.parse("2026-03-01T12:00:00Z");
const ago = (ms: number) => new Date(NOW - ms);
const MIN = 60_000;

/** The console's words in one language, as useTranslations("staff") gives them on a page. */
const words = (locale: Locale) =>
  createTranslator({ locale, messages: MESSAGES[locale], namespace: "staff" }) as unknown as StaffT;
const en = words("en");
const es = words("es");

describe("how old an order is, in the queue's words", () => {
  it("in minutes, hours and minutes, then days", () => {
    expect(ageInWords(ago(30_000), NOW, en)).toBe("Just now");
    expect(ageInWords(ago(12 * MIN), NOW, en)).toBe("12 min ago");
    expect(ageInWords(ago(125 * MIN), NOW, en)).toBe("2 h 5 min ago");
    expect(ageInWords(ago(120 * MIN), NOW, en)).toBe("2 h ago");
    expect(ageInWords(ago(26 * 60 * MIN), NOW, en)).toBe("1 day ago");
    expect(ageInWords(ago(72 * 60 * MIN), NOW, en)).toBe("3 days ago");
  });

  it("in Spanish as a Spanish counter says it", () => {
    expect(ageInWords(ago(30_000), NOW, es)).toBe("Ahora mismo");
    expect(ageInWords(ago(12 * MIN), NOW, es)).toBe("hace 12 min");
    expect(ageInWords(ago(125 * MIN), NOW, es)).toBe("hace 2 h 5 min");
    expect(ageInWords(ago(120 * MIN), NOW, es)).toBe("hace 2 h");
    expect(ageInWords(ago(26 * 60 * MIN), NOW, es)).toBe("hace 1 día");
    expect(ageInWords(ago(72 * 60 * MIN), NOW, es)).toBe("hace 3 días");
  });

  it("never in the future, when the tablet's clock runs behind the server's", () => {
    expect(ageInWords(ago(-5 * MIN), NOW, en)).toBe("Just now");
    expect(ageInWords(ago(-5 * MIN), NOW, es)).toBe("Ahora mismo");
  });

  it("late by at least a minute, in minutes or hours", () => {
    for (const t of [en, es]) {
      expect(durationInWords(0, t)).toBe("1 min");
      expect(durationInWords(15 * MIN, t)).toBe("15 min");
      expect(durationInWords(80 * MIN, t)).toBe("1 h 20 min");
      expect(durationInWords(120 * MIN, t)).toBe("2 h");
    }
  });

  it("waits over a day in days and hours, as the performance figures show them", () => {
    expect(spanInWords(null, en)).toBe("—");
    expect(spanInWords(45, es)).toBe("45 min");
    expect(spanInWords(130, es)).toBe("2 h 10 min");
    expect(spanInWords(76 * 60, en)).toBe("3 d 4 h");
    expect(spanInWords(76 * 60, es)).toBe("3 d 4 h");
    expect(spanInWords(48 * 60, es)).toBe("2 d");
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
    expect(clockTime(at, "Europe/Madrid", "en")).toBe("14:05");
    expect(clockTime(at, "Atlantic/Canary", "es")).toBe("13:05");
    expect(clockTime(at, "Bad/Zone", "es")).toBe("14:05");
  });

  it("with the day, in each language and the store's zone", () => {
    const at = new Date("2026-12-01T17:47:00Z");
    expect(dayAndTime(at, "Europe/Madrid", "es", true)).toBe("1 dic 2026, 18:47");
    expect(dayAndTime(at, "Europe/Madrid", "en", true)).toBe("1 Dec 2026, 18:47");
    expect(dayAndTime(at, "Atlantic/Canary", "es")).toBe("1 dic, 17:47");
  });
});

describe("the money at the counter", () => {
  const total = { amountMinor: 4995, currency: "EUR" };

  it("tells staff what to take, or that it is paid and how", () => {
    expect(paymentForStaff({ paymentMethod: "pay_at_pickup", paymentStatus: "pending", total }, en)).toBe(
      "Take 49,95\u00a0€ at the counter",
    );
    expect(paymentForStaff({ paymentMethod: "pay_at_pickup", paymentStatus: "paid", total }, en)).toBe(
      "Paid at the counter",
    );
    expect(paymentForStaff({ paymentMethod: "card", paymentStatus: "authorized", total }, en)).toBe(
      "Paid by card — capture at handover",
    );
    expect(paymentForStaff({ paymentMethod: "card", paymentStatus: "voided", total }, en)).toBe(
      "Card authorisation voided",
    );
    expect(paymentForStaff({ paymentMethod: "cash", paymentStatus: "paid", total }, en)).toBe("Paid in cash");
  });

  it("in Spanish, with the same money", () => {
    expect(paymentForStaff({ paymentMethod: "pay_at_pickup", paymentStatus: "pending", total }, es)).toBe(
      "Cobrar 49,95\u00a0€ en el mostrador",
    );
    expect(paymentForStaff({ paymentMethod: "cash", paymentStatus: "paid", total }, es)).toBe("Pagado en efectivo");
  });

  it("asks how it was paid at handover only for pay-at-pickup orders", () => {
    expect(paysAtCounter({ paymentMethod: "pay_at_pickup" })).toBe(true);
    expect(paysAtCounter({ paymentMethod: "card" })).toBe(false);
  });
});

describe("a failed call, in words staff can act on", () => {
  it("with no answer from the server, says the page's words for it", () => {
    expect(failureOf(new TypeError("Failed to fetch"), en("failure.unreachable"))).toEqual({
      message: "We couldn’t reach Mostrador. Check the connection and try again.",
      code: null,
      fieldErrors: null,
      retryAfterSeconds: null,
    });
    expect(failureOf(new TypeError("Failed to fetch"), es("failure.unreachable")).message).toMatch(
      /^No hemos podido conectar con Mostrador/,
    );
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
    expect(failureOf(err, "unreachable")).toEqual({
      message: "Too many wrong codes. Try again in 2 minutes.",
      code: "TOO_MANY_ATTEMPTS",
      fieldErrors: null,
      retryAfterSeconds: 120,
    });
  });
});
