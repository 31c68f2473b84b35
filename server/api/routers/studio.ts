import { setPriceInput, studioProductListInput } from "@/server/domain/studio/inputs";
import { changePrice } from "@/server/domain/studio/pricing";
import { listStudioCategories, listStudioProducts } from "@/server/domain/studio/products";
import { marketerProcedure, router } from "../trpc";

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
    .input(setPriceInput)
    .mutation(({ ctx, input }) =>
      changePrice(ctx.db, input.variantId, { amountMinor: input.amountMinor, compareAtMinor: input.compareAtMinor }),
    ),
});
