import "server-only";
/** What every payment provider does, and what a shopper reads when one refuses (provider.ts picks the provider). */
import type { Money } from "@/lib/money";

export type { Money };
export type CardDetails = { number: string; expiry: string; cvc: string };
export type DeclineReason = "declined" | "insufficient_funds" | "try_again";
export type AuthorizeResult =
  | { ok: true; authorizationId: string; brand: string; last4: string }
  | { ok: false; reason: DeclineReason; message: string };
/** Why a refund was refused, when the provider says so (its message is then said in the reader's language). */
export type RefundRefusal = "not_captured" | "exceeds_captured";
export type RefundResult = { ok: true; refundId: string } | { ok: false; reason?: RefundRefusal; message: string };

/**
 * Checkout authorizes a card before it writes the order, captures once the order is saved,
 * and voids the authorization when anything after it fails, so a shopper is never charged
 * for an order that does not exist.
 */
export interface PaymentProvider {
  readonly name: string;
  /** Resolves `{ ok: false }` for a refused card; rejects only when the provider itself fails. */
  authorize(input: { amount: Money; card: CardDetails; reference: string }): Promise<AuthorizeResult>;
  capture(authorizationId: string, amount: Money): Promise<void>;
  void(authorizationId: string): Promise<void>;
  /**
   * Gives part or all of a captured payment back to the card. Resolves `{ ok: false }` when the
   * provider refuses (already refunded in full, card closed); rejects only when it fails.
   */
  refund(authorizationId: string, amount: Money, reference: string): Promise<RefundResult>;
}

/** The test provider's words for each refusal; people read errors.payment.* by the reason (orders/placement.ts). */
export const DECLINE_MESSAGES: Record<DeclineReason, string> = {
  declined: "Your card was declined. Try another card or choose pay at pickup.",
  insufficient_funds: "Your card has insufficient funds.",
  try_again: "Your bank couldn’t process the payment just now. Please try again.",
};
