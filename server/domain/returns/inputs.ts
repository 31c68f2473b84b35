import { z } from "zod";

/** MAD-1042, BCN-1187, WEB-1203: what the receipt, the confirmation email and the scanner give. */
export const orderNumberInput = z
  .string()
  .trim()
  .min(3, "Enter the order number.")
  .max(20, "Order numbers look like MAD-1042.")
  .regex(/^[A-Za-z]{2,4}-\d{1,10}$/, "Order numbers look like MAD-1042.");

export const returnInput = z.object({
  orderNumber: orderNumberInput,
  lines: z
    .array(z.object({ orderLineId: z.uuid(), quantity: z.int().min(1, "Return at least one unit.").max(1000) }))
    .min(1, "Choose what the customer is returning.")
    .max(100),
  reason: z.string().trim().min(3, "Say why the items are returned.").max(300, "Use at most 300 characters."),
});

export type ReturnInput = z.infer<typeof returnInput>;
