import type { Money } from "./money";

/** Delivery costs this much below FREE_DELIVERY_FROM_MINOR of goods, and nothing from there. */
export const DELIVERY_FEE_MINOR = 495;
export const FREE_DELIVERY_FROM_MINOR = 5000;

/** The one fee rule: the checkout shows it, web checkout and the counter charge it. */
export function deliveryFee(subtotal: Money): Money {
  return {
    amountMinor: subtotal.amountMinor >= FREE_DELIVERY_FROM_MINOR ? 0 : DELIVERY_FEE_MINOR,
    currency: subtotal.currency,
  };
}
