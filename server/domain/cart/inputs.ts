import { z } from "zod";

/** Most of one item a single cart line may ask for; stock usually caps it sooner. */
export const MAX_LINE_QUANTITY = 20;

const atMost = `At most ${MAX_LINE_QUANTITY} of one item.`;
/** A line's quantity as a shopper (or staff, for them) sets it; 0 removes the line. */
export const lineQuantity = z.number().int().min(0).max(MAX_LINE_QUANTITY, atMost);
/** A quantity added to a cart. */
export const addedQuantity = z.number().int().min(1, "Add at least one.").max(MAX_LINE_QUANTITY, atMost);

export const addItemInput = z.object({ variantId: z.uuid(), quantity: addedQuantity });
export const setQuantityInput = z.object({ variantId: z.uuid(), quantity: lineQuantity });
export const removeItemInput = z.object({ variantId: z.uuid() });
