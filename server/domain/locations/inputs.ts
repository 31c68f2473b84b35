import { z } from "zod";

/** The shopper's store, or null for none. */
export const chooseStoreInput = z.object({ locationId: z.uuid().nullable() });
