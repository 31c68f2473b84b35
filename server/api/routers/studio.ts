import { z } from "zod";
import { changePrice } from "@/server/domain/studio/pricing";
import { marketerProcedure, router } from "../trpc";

const minor = z.number().int("Prices are in cents, whole numbers.").min(1, "A price must be at least 1 cent.").max(10_000_000, "That price is too high.");

/** The marketers' studio: for now, prices. */
export const studioRouter = router({
  setPrice: marketerProcedure
    .input(z.object({ variantId: z.uuid(), amountMinor: minor, compareAtMinor: minor.nullable().default(null) }))
    .mutation(({ ctx, input }) => changePrice(ctx.db, input.variantId, { amountMinor: input.amountMinor, compareAtMinor: input.compareAtMinor })),
});
