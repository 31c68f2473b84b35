import { z } from "zod";

const minor = z
  .number()
  .int("Prices are in cents, whole numbers.")
  .min(1, "A price must be at least 1 cent.")
  .max(10_000_000, "That price is too high.");

export const setPriceInput = z.object({
  variantId: z.uuid(),
  amountMinor: minor,
  compareAtMinor: minor.nullable().default(null),
});
