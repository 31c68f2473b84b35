import { z } from "zod";
import { studioProductListInput } from "@/server/domain/studio/inputs";
import { changePrice } from "@/server/domain/studio/pricing";
import { listStudioCategories, listStudioProducts } from "@/server/domain/studio/products";
import { marketerProcedure, router } from "../trpc";

const minor = z.number().int("Prices are in cents, whole numbers.").min(1, "A price must be at least 1 cent.").max(10_000_000, "That price is too high.");

/** The marketers' studio: the product list and prices so far. */
export const studioRouter = router({
  products: router({
    /** Public API: every product, drafts included, a keyset page at a time. */
    list: marketerProcedure.input(studioProductListInput).query(({ ctx, input }) => listStudioProducts(ctx.db, input)),
  }),
  categories: router({
    list: marketerProcedure.query(({ ctx }) => listStudioCategories(ctx.db)),
  }),
  setPrice: marketerProcedure
    .input(z.object({ variantId: z.uuid(), amountMinor: minor, compareAtMinor: minor.nullable().default(null) }))
    .mutation(({ ctx, input }) => changePrice(ctx.db, input.variantId, { amountMinor: input.amountMinor, compareAtMinor: input.compareAtMinor })),
});
