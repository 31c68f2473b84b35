import { TRPCClientError } from "@trpc/client";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/messages";
import { placeOrderFailure as failureIn } from "./place-order-error";

const inEnglish = createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "checkout.failure" });
const placeOrderFailure = (err: unknown) => failureIn(err, inEnglish);

/** A placeOrder failure as the tRPC client receives it. */
function answered(
  message: string,
  data: {
    code: string;
    httpStatus: number;
    domainCode?: string;
    details?: unknown;
    fieldErrors?: Record<string, string[]>;
  },
) {
  return TRPCClientError.from({
    error: { message, code: -32000, data: { domainCode: null, details: null, fieldErrors: null, ...data } },
  });
}

describe("what a failed order means for the shopper", () => {
  it("with no answer, keeps the key: the order may have gone through, and a retry must not place a second", () => {
    expect(placeOrderFailure(new TypeError("Failed to fetch"))).toMatchObject({
      kind: "network",
      keepKey: true,
      message: expect.stringMatching(/won’t be charged twice/),
    });
  });

  it("keeps the key while the first attempt is still being placed, or the server failed and rolled back", () => {
    expect(placeOrderFailure(answered("Busy", { code: "SERVICE_UNAVAILABLE", httpStatus: 503 }))).toMatchObject({
      kind: "try_again",
      keepKey: true,
    });
    expect(
      placeOrderFailure(
        answered("This order is still being processed.", {
          code: "CONFLICT",
          httpStatus: 409,
          domainCode: "IDEMPOTENCY_KEY_REUSED",
          details: { reason: "in_progress" },
        }),
      ),
    ).toMatchObject({ kind: "other", keepKey: true });
    expect(
      placeOrderFailure(answered("Something went wrong.", { code: "INTERNAL_SERVER_ERROR", httpStatus: 500 })),
    ).toMatchObject({ kind: "other", keepKey: true });
  });

  it("takes a new key after a refusal the shopper must act on", () => {
    expect(
      placeOrderFailure(answered("The card was declined.", { code: "PAYMENT_REQUIRED", httpStatus: 402 })),
    ).toMatchObject({ kind: "declined", keepKey: false, message: "The card was declined." });
    expect(
      placeOrderFailure(
        answered("You already have 3 orders waiting…", {
          code: "CONFLICT",
          httpStatus: 409,
          domainCode: "TOO_MANY_OPEN_ORDERS",
        }),
      ),
    ).toMatchObject({ kind: "other", keepKey: false });
    expect(
      placeOrderFailure(
        answered("Your cart changed.", { code: "CONFLICT", httpStatus: 409, domainCode: "CART_CHANGED" }),
      ),
    ).toMatchObject({ kind: "cart_changed", keepKey: false });
    expect(placeOrderFailure(answered("Not found", { code: "NOT_FOUND", httpStatus: 404 }))).toMatchObject({
      kind: "other",
      keepKey: false,
    });
  });

  it("names the lines that ran out", () => {
    const lines = [{ variantId: "v1", name: "Merino Jumper", requested: 2, available: 1 }];
    expect(
      placeOrderFailure(
        answered("Some items sold out.", {
          code: "CONFLICT",
          httpStatus: 409,
          domainCode: "OUT_OF_STOCK",
          details: { lines },
        }),
      ),
    ).toEqual({ kind: "out_of_stock", message: "Some items sold out.", keepKey: false, lines });
  });

  it("shows the field messages instead of a validation dump", () => {
    const failure = placeOrderFailure(
      answered('[{"code":"invalid_string"}]', {
        code: "BAD_REQUEST",
        httpStatus: 400,
        fieldErrors: { "contact.email": ["Enter a valid email address."], "contact.name": ["Enter your name."] },
      }),
    );
    expect(failure).toEqual({
      kind: "invalid",
      message: "Some details need fixing:",
      keepKey: false,
      fieldErrors: ["Enter a valid email address.", "Enter your name."],
    });
    expect(
      placeOrderFailure(answered("Delivery orders are paid by card.", { code: "BAD_REQUEST", httpStatus: 400 })),
    ).toMatchObject({ kind: "invalid", message: "Delivery orders are paid by card." });
  });
});
