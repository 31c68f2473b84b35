import { z } from "zod";

const reason = z
  .string()
  .trim()
  .min(3, "Say why: a delivery note, a count, what happened.")
  .max(200, "Use at most 200 characters.");

export const stockLevelsInput = z.object({
  query: z.string().trim().max(100, "Use at most 100 characters.").default(""),
  page: z.int().min(1).max(1000).default(1),
});

export const receiveInput = z.object({
  lines: z
    .array(
      z.object({
        variantId: z.uuid(),
        quantity: z
          .int("Enter a whole number.")
          .min(1, "Receive at least 1 unit.")
          .max(10_000, "That is more than one delivery holds."),
      }),
    )
    .min(1, "Add what arrived.")
    .max(100),
  reason,
});

export const correctCountInput = z.object({
  variantId: z.uuid(),
  countedOnHand: z.int("Enter a whole number.").min(0, "A count cannot be negative.").max(100_000, "Check the count."),
  reason,
});

export type ReceiveInput = z.infer<typeof receiveInput>;
export type CorrectCountInput = z.infer<typeof correctCountInput>;

export const stockHistoryInput = z.object({ variantId: z.uuid() });
