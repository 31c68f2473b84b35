import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import type { Locale } from "@/i18n/locales";
import { intlLocale } from "@/lib/format";
import { translateKey, type MessageKey } from "@/messages/translate";

/** Domain failures a person can act on. Each code maps to one HTTP status in one place. */
const codes = {
  NOT_FOUND: "NOT_FOUND",
  INVALID_INPUT: "BAD_REQUEST",
  INVALID_CREDENTIALS: "UNAUTHORIZED",
  /** An emailed link used before, expired or unknown; details.reason is "used" or "expired". */
  LINK_INVALID: "BAD_REQUEST",
  TOO_MANY_ATTEMPTS: "TOO_MANY_REQUESTS",
  /** A limit per client or account (server/domain/security/rate-limit.ts); details.retryAfterSeconds says when to try again. */
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  /** A shopper has as many pay-at-pickup orders waiting as one may (server/domain/checkout/limits.ts). */
  TOO_MANY_OPEN_ORDERS: "CONFLICT",
  OUT_OF_STOCK: "CONFLICT",
  CART_EMPTY: "BAD_REQUEST",
  PRICE_CHANGED: "CONFLICT",
  NOT_A_PICKUP_STORE: "BAD_REQUEST",
  PAYMENT_DECLINED: "PAYMENT_REQUIRED",
  PAYMENT_TRY_AGAIN: "SERVICE_UNAVAILABLE",
  IDEMPOTENCY_KEY_REUSED: "CONFLICT",
  INVALID_TRANSITION: "CONFLICT",
  /** A save that would overwrite someone else's newer one, or lost a race for a unique value. */
  EDIT_CONFLICT: "CONFLICT",
  INVALID_PICKUP_CODE: "BAD_REQUEST",
  FORBIDDEN: "FORBIDDEN",
  NOT_IN_ORDER: "BAD_REQUEST",
  ALREADY_PICKED: "CONFLICT",
  NOT_RETURNABLE: "CONFLICT",
  BELOW_RESERVED: "CONFLICT",
  REFUND_FAILED: "BAD_GATEWAY",
} as const satisfies Record<string, TRPC_ERROR_CODE_KEY>;

export type DomainErrorCode = keyof typeof codes;

/** A message of messages/<locale>/errors.json. */
export type ErrorKey = Extract<MessageKey, `errors.${string}`>;
type Values = Record<string, string | number>;

/**
 * What a failure says, as a message of errors.json and its values. Values that read differently per
 * language (a list of items, a date, a message within the message) are a function of the language.
 */
export type Said = { key: ErrorKey; values?: Values | ((locale: Locale) => Values) };

export class DomainError extends Error {
  /** The message to say in the reader's language; null for a failure still worded in English only. */
  readonly said: Said | null;

  constructor(
    readonly code: DomainErrorCode,
    message: string | Said,
    readonly details?: Record<string, unknown>,
  ) {
    // `message` stays English, for logs and tests; callers read messageIn(their language).
    super(typeof message === "string" ? message : say(message, "en"));
    this.said = typeof message === "string" ? null : message;
    this.name = "DomainError";
  }

  /** The message in a reader's language (the API sends it so, server/api/trpc.ts). */
  messageIn(locale: Locale): string {
    return this.said ? say(this.said, locale) : this.message;
  }

  get trpcCode(): TRPC_ERROR_CODE_KEY {
    return codes[this.code];
  }
}

/** A Said in one language. */
export function say(said: Said, locale: Locale): string {
  const values = typeof said.values === "function" ? said.values(locale) : said.values;
  // The key's values are checked where the Said is made.
  return translateKey(locale)(said.key, values);
}

/** Items said as one list in a language: "A, B and C" / "A, B y C". */
export function listIn(locale: Locale, items: string[]): string {
  return new Intl.ListFormat(intlLocale(locale), { type: "conjunction" }).format(items);
}

/** What can be not found: errors.notFound's keys ("order" → "That order was not found."). */
export type Missing = ErrorKey extends infer K ? (K extends `errors.notFound.${infer T}` ? T : never) : never;

export function notFound(what: Missing, values?: Said["values"]): DomainError {
  return new DomainError("NOT_FOUND", { key: `errors.notFound.${what}`, values });
}
