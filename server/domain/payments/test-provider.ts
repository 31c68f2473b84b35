import "server-only";
import { randomBytes } from "node:crypto";
import { cardBrand, last4, normaliseCardNumber } from "./inputs";
import { DECLINE_MESSAGES, type DeclineReason, type Money, type PaymentProvider } from "./payments";

/** Numbers that make the test provider behave a known way; any other Luhn-valid number succeeds. */
export const TEST_CARDS = {
  visa: "4242424242424242",
  mastercard: "5555555555554444",
  declined: "4000000000000002",
  insufficientFunds: "4000000000009995",
  tryAgain: "4000000000000119",
} as const satisfies Record<string, string>;

export type AuthorizationState = "authorized" | "captured" | "voided";
export type TestPaymentProvider = PaymentProvider & {
  inspect(authorizationId: string): AuthorizationState | undefined;
  /** Minor units refunded so far on a payment. */
  refunded(authorizationId: string): number;
};

const refusals: Partial<Record<string, DeclineReason>> = {
  [TEST_CARDS.declined]: "declined",
  [TEST_CARDS.insufficientFunds]: "insufficient_funds",
};

/** An in-memory provider for development and tests; nothing leaves the process. */
export function createTestPaymentProvider(): TestPaymentProvider {
  const authorizations = new Map<string, { state: AuthorizationState; amount: Money; refundedMinor: number }>();
  // The try-again card fails once per (number, reference), like a bank timing out then recovering.
  const attempts = new Map<string, number>();

  function find(authorizationId: string) {
    const auth = authorizations.get(authorizationId);
    if (!auth) throw new Error(`Unknown authorization ${authorizationId}.`);
    return auth;
  }

  return {
    name: "test",

    async authorize({ amount, card, reference }) {
      if (!Number.isInteger(amount.amountMinor) || amount.amountMinor <= 0) {
        throw new Error(`Cannot authorize ${amount.amountMinor} ${amount.currency}.`);
      }
      const number = normaliseCardNumber(card.number);
      let reason = refusals[number];
      if (number === TEST_CARDS.tryAgain) {
        const key = `${number}:${reference}`;
        const tries = (attempts.get(key) ?? 0) + 1;
        attempts.set(key, tries);
        if (tries === 1) reason = "try_again";
      }
      if (reason) return { ok: false, reason, message: DECLINE_MESSAGES[reason] };

      const authorizationId = `test_auth_${randomBytes(12).toString("hex")}`;
      authorizations.set(authorizationId, { state: "authorized", amount: { ...amount }, refundedMinor: 0 });
      return { ok: true, authorizationId, brand: cardBrand(number), last4: last4(number) };
    },

    async capture(authorizationId, amount) {
      const auth = find(authorizationId);
      if (auth.state !== "authorized") throw new Error(`Cannot capture a ${auth.state} authorization.`);
      // Taking more than the shopper agreed to, or in another currency, is a bug in the caller.
      if (amount.currency !== auth.amount.currency || amount.amountMinor > auth.amount.amountMinor) {
        throw new Error(
          `Cannot capture ${amount.amountMinor} ${amount.currency} of ${auth.amount.amountMinor} ${auth.amount.currency}.`,
        );
      }
      auth.state = "captured";
      // What refunds are bounded by: what was taken, not what was authorised.
      auth.amount = { ...amount };
    },

    async void(authorizationId) {
      const auth = find(authorizationId);
      if (auth.state === "captured") throw new Error("Cannot void a captured authorization.");
      // Voiding twice is harmless: cleanup paths may run more than once.
      auth.state = "voided";
    },

    async refund(authorizationId, amount) {
      const auth = authorizations.get(authorizationId);
      if (!auth || auth.state !== "captured")
        return { ok: false, reason: "not_captured", message: "There is no card payment to refund." };
      if (
        !Number.isInteger(amount.amountMinor) ||
        amount.amountMinor <= 0 ||
        amount.currency !== auth.amount.currency
      ) {
        throw new Error(`Cannot refund ${amount.amountMinor} ${amount.currency}.`);
      }
      // Never more back than was taken, over all the refunds of one payment.
      if (auth.refundedMinor + amount.amountMinor > auth.amount.amountMinor) {
        return {
          ok: false,
          reason: "exceeds_captured",
          message: "That is more than is left to refund on this card payment.",
        };
      }
      auth.refundedMinor += amount.amountMinor;
      return { ok: true, refundId: `test_refund_${randomBytes(12).toString("hex")}` };
    },

    inspect: (authorizationId) => authorizations.get(authorizationId)?.state,
    refunded: (authorizationId) => authorizations.get(authorizationId)?.refundedMinor ?? 0,
  };
}
