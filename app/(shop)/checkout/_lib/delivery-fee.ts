import type { Money } from "@/lib/money";

/*
 * For showing the fee before the order is placed. The server charges its own: these mirror
 * DELIVERY_FEE_MINOR, FREE_DELIVERY_FROM_MINOR and deliveryFee() in
 * server/domain/checkout/checkout.ts, which is server-only. Change both together.
 */
export const DELIVERY_FEE_MINOR = 495;
export const FREE_DELIVERY_FROM_MINOR = 5000;

export function deliveryFee(subtotal: Money): Money {
  return { amountMinor: subtotal.amountMinor >= FREE_DELIVERY_FROM_MINOR ? 0 : DELIVERY_FEE_MINOR, currency: subtotal.currency };
}
