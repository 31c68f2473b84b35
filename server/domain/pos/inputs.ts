import { z } from "zod";
import { fulfilmentInput } from "@/server/domain/checkout/inputs";
import { email } from "@/server/domain/customers/inputs";
import { idempotencyKeyInput as idempotencyKey } from "@/server/domain/orders/inputs";
import { cardInput } from "@/server/domain/payments/inputs";

/** Most units of one item a single sale may carry; a bigger sale is a wholesale order. */
export const MAX_SALE_QUANTITY = 50;

export const saleLines = z
  .array(
    z.object({
      variantId: z.uuid(),
      quantity: z
        .number()
        .int()
        .min(1, "Sell at least one.")
        .max(MAX_SALE_QUANTITY, `At most ${MAX_SALE_QUANTITY} of one item.`),
    }),
  )
  .min(1, "The basket is empty.")
  .max(50, "At most 50 different items in one sale.");
export type SaleLine = z.infer<typeof saleLines>[number];

/** At the counter the customer pays by card (on the terminal) or in cash, with what they handed over. */
export const counterPayment = z.discriminatedUnion("method", [
  z.object({ method: z.literal("card"), card: cardInput }),
  z.object({ method: z.literal("cash"), tenderedMinor: z.number().int().min(0).max(10_000_000).optional() }),
]);
export type CounterPayment = z.infer<typeof counterPayment>;

export const sellInput = z.object({
  /** Null for a walk-in customer with no account. */
  customerId: z.uuid().nullable(),
  /** The customer's own cart (the one on their phone), or a basket made at the counter. */
  source: z.discriminatedUnion("from", [
    z.object({ from: z.literal("cart") }),
    z.object({ from: z.literal("basket"), lines: saleLines }),
  ]),
  payment: counterPayment,
  /** The total staff read out; if prices changed since, the sale stops so they can tell the customer. */
  expectedTotalMinor: z.number().int().min(0).max(100_000_000).optional(),
  idempotencyKey,
});
export type SellInput = z.infer<typeof sellInput>;

/** An item the store lacks, ordered for the customer from elsewhere: delivered, or collected at another store. */
export const orderElsewhereInput = z
  .object({
    customerId: z.uuid().nullable(),
    /** For a walk-in: where to send the confirmation. Customers use their account's. */
    contact: z.object({ name: z.string().trim().min(1, "Enter the customer’s name.").max(120), email }).optional(),
    lines: saleLines,
    fulfilment: fulfilmentInput,
    payment: z.discriminatedUnion("method", [
      ...counterPayment.options,
      z.object({ method: z.literal("pay_at_pickup") }),
    ]),
    idempotencyKey,
  })
  .refine((i) => i.customerId || i.contact, {
    message: "Choose the customer, or enter a name and email for the order.",
    path: ["contact"],
  })
  .refine((i) => !(i.fulfilment.type === "delivery" && i.payment.method === "pay_at_pickup"), {
    message: "Deliveries are paid at the counter now, by card or cash.",
    path: ["payment"],
  })
  // Cash taken here for an order collected elsewhere could not be given back there if it is
  // never collected (the order expires or is cancelled at the other store): pay there instead.
  .refine((i) => !(i.fulfilment.type === "pickup" && i.payment.method === "cash"), {
    message: "For a pickup at another store, take a card now or let the customer pay when they collect.",
    path: ["payment"],
  });
export type OrderElsewhereInput = z.infer<typeof orderElsewhereInput>;

export const findItemInput = z.object({ code: z.string().trim().min(2, "Type at least 2 characters.").max(80) });
