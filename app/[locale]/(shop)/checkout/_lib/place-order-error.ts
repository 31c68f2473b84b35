import { apiFailure } from "@/trpc/errors";

export type ShortLine = { variantId: string; name?: string; requested: number; available: number };

export type PlaceOrderFailure = {
  kind: "network" | "try_again" | "declined" | "out_of_stock" | "cart_changed" | "invalid" | "other";
  message: string;
  /** Keep the attempt's idempotency key: the server may not have answered, so a retry must not place a second order. */
  keepKey: boolean;
  lines?: ShortLine[];
  fieldErrors?: string[];
};

/** The shop's own words for what the server did not say (checkout.failure, in the page's language). */
export type FailureWords = (key: "network" | "fixDetails") => string;

function isShortLines(value: unknown): value is ShortLine[] {
  return Array.isArray(value) && value.every((l) => typeof l === "object" && l !== null && "variantId" in l);
}

/** What a failed placeOrder means for the shopper, from the HTTP code and the domain's own code. */
export function placeOrderFailure(err: unknown, words: FailureWords): PlaceOrderFailure {
  const failure = apiFailure(err);
  if (!failure.answered) return { kind: "network", message: words("network"), keepKey: true };
  const { message, details } = failure;
  const fieldErrors = failure.fieldErrors
    ? Object.values(failure.fieldErrors)
        .flat()
        .filter((m): m is string => typeof m === "string")
    : undefined;

  switch (failure.trpcCode) {
    case "SERVICE_UNAVAILABLE":
      return { kind: "try_again", message, keepKey: true };
    case "PAYMENT_REQUIRED":
      return { kind: "declined", message, keepKey: false };
    case "CONFLICT":
      // The first attempt with this key is still being placed: retrying with it is safe.
      if (failure.domainCode === "IDEMPOTENCY_KEY_REUSED" && details?.reason === "in_progress")
        return { kind: "other", message, keepKey: true };
      // Too many orders waiting to be paid at pickup: the message says what to do (pay by card, or collect one).
      if (failure.domainCode === "TOO_MANY_OPEN_ORDERS") return { kind: "other", message, keepKey: false };
      if (isShortLines(details?.lines)) return { kind: "out_of_stock", message, keepKey: false, lines: details.lines };
      return { kind: "cart_changed", message, keepKey: false };
    case "BAD_REQUEST":
      // A zod failure's own message is a JSON dump of its issues: show the field messages instead.
      return {
        kind: "invalid",
        message: failure.fieldErrors ? words("fixDetails") : message,
        keepKey: false,
        fieldErrors,
      };
    default:
      // A server failure rolls the order back, so the same key is safe to send again.
      return { kind: "other", message, keepKey: (failure.httpStatus ?? 0) >= 500 };
  }
}
