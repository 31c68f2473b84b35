import { z } from "zod";
import { cardInput } from "@/server/domain/payments/inputs";
import { email } from "@/server/domain/customers/inputs";
import { idempotencyKeyInput } from "@/server/domain/orders/inputs";

const text = (label: string, max: number) =>
  z.string().trim().min(1, `Enter ${label}.`).max(max, `Use at most ${max} characters.`);

/** Delivery is within Spain for now: five-digit postcodes. */
export const deliveryAddress = z.object({
  name: text("the recipient’s name", 120),
  line1: text("the street and number", 200),
  line2: z.string().trim().max(200, "Use at most 200 characters.").optional(),
  city: text("the town or city", 100),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, "Enter a 5-digit postcode, like 28013."),
  country: z.literal("ES", "We deliver within Spain only."),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,20}$/, "Enter a phone number the courier can call.")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export const fulfilmentInput = z.discriminatedUnion("type", [
  z.object({ type: z.literal("pickup"), locationId: z.uuid() }),
  z.object({ type: z.literal("delivery"), address: deliveryAddress }),
]);
export type FulfilmentInput = z.infer<typeof fulfilmentInput>;

/** Where the cart would come from, for holding stock before the address is typed in. */
export const holdTarget = z.discriminatedUnion("type", [
  z.object({ type: z.literal("pickup"), locationId: z.uuid() }),
  z.object({ type: z.literal("delivery") }),
]);
export type HoldTarget = z.infer<typeof holdTarget>;

export const paymentInput = z.discriminatedUnion("method", [
  z.object({ method: z.literal("pay_at_pickup") }),
  z.object({ method: z.literal("card"), card: cardInput }),
]);
export type PaymentInput = z.infer<typeof paymentInput>;

export const placeOrderInput = z.object({
  idempotencyKey: idempotencyKeyInput,
  contact: z.object({ email, name: text("your name", 120) }).optional(),
  fulfilment: fulfilmentInput,
  payment: paymentInput,
});
export type PlaceOrderInput = z.infer<typeof placeOrderInput>;
