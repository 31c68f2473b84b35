import { z } from "zod";
import { orderNumberInput } from "@/lib/order-number";

export const returnLookupInput = z.object({ orderNumber: orderNumberInput });

export const returnInput = z.object({
  orderNumber: orderNumberInput,
  lines: z
    .array(z.object({ orderLineId: z.uuid(), quantity: z.int().min(1, "Return at least one unit.").max(1000) }))
    .min(1, "Choose what the customer is returning.")
    .max(100),
  reason: z.string().trim().min(3, "Say why the items are returned.").max(300, "Use at most 300 characters."),
});

export type ReturnInput = z.infer<typeof returnInput>;
