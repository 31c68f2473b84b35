import { z } from "zod";
import { orderNumberInput } from "@/lib/order-number";

/** One of the caller's orders, by the number on its receipt or by id. */
export const orderRefInput = z.union([z.object({ number: orderNumberInput }), z.object({ id: z.uuid() })]);
export type OrderRef = z.infer<typeof orderRefInput>;

/** Chosen by the client once per attempt to place an order; a retry with the same key returns the same order. */
export const idempotencyKeyInput = z
  .string()
  .min(8, "The idempotency key must be 8–100 characters.")
  .max(100, "The idempotency key must be 8–100 characters.")
  .regex(/^[A-Za-z0-9_-]+$/, "The idempotency key may hold letters, digits, - and _ only.");

/** One of the caller's orders by number, to follow it live. */
export const orderByNumberInput = z.object({ number: orderNumberInput });
