import { z } from "zod";

const variantIds = z.array(z.uuid()).min(1).max(100);

/** Availability of these variants, at one location or everywhere. */
export const stockStreamInput = z.object({ variantIds, locationId: z.uuid().optional() });
/** Prices, or stock and prices, of these variants. */
export const variantsStreamInput = z.object({ variantIds });
/** Staff serving a customer follow that customer's cart. */
export const customerCartStreamInput = z.object({ customerId: z.uuid() });
