import { z } from "zod";
import { orderNumberInput } from "@/lib/order-number";

/** One of the store's pickup orders. */
export const pickupOrderInput = z.object({ orderNumber: orderNumberInput });

/** One unit confirmed: a scanned barcode or typed SKU (`code`), or a tapped line (`lineId`). */
export const pickLineInput = z.union([
  pickupOrderInput.extend({ code: z.string().trim().min(1, "Scan or type the item’s code.").max(64) }),
  pickupOrderInput.extend({ lineId: z.uuid() }),
]);
export type PickLineInput = z.infer<typeof pickLineInput>;

export const markMissingInput = pickupOrderInput.extend({
  lineId: z.uuid(),
  quantity: z.number().int().min(1).max(999).optional(),
  reason: z.string().trim().max(300).optional(),
});

/** The customer collects with their code; "pay at pickup" orders say how they paid. */
export const handoverInput = pickupOrderInput.extend({
  pickupCode: z.string().trim().min(1, "Enter the pickup code.").max(12),
  paidWith: z.enum(["card", "cash"]).optional(),
});

export const cancelPickupInput = pickupOrderInput.extend({
  reason: z.string().trim().min(3, "Say why the order is cancelled.").max(300),
});
