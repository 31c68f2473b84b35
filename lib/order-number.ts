import { z } from "zod";

/**
 * MAD-1042, BCN-1187, WEB-1203: the fulfilling location's code and the shared sequence, as the
 * receipt, the confirmation email, the pickup QR and the scanner give it. Letters in any case:
 * the domain compares upper-cased.
 */
export const ORDER_NUMBER_PATTERN = "[A-Za-z]{2,4}-\\d{1,10}";

const ORDER_NUMBER = new RegExp(`^${ORDER_NUMBER_PATTERN}$`);

export const ORDER_NUMBER_HINT = "Order numbers look like MAD-1042.";

/** Exactly an order number, as a route segment or a search must be: no trimming, no other text. */
export function isOrderNumber(text: string): boolean {
  return ORDER_NUMBER.test(text);
}

/** Every input that names an order by its number (the API's and the forms'). */
export const orderNumberInput = z
  .string()
  .trim()
  .min(3, "Enter the order number.")
  .max(20, ORDER_NUMBER_HINT)
  .regex(ORDER_NUMBER, ORDER_NUMBER_HINT);
