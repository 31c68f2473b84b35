import { setPriceInput } from "@/server/domain/studio/inputs";
import { changePrice } from "@/server/domain/studio/pricing";
import { marketerProcedure, router } from "../trpc";

/** The marketers' studio: for now, prices. */
export const studioRouter = router({
  setPrice: marketerProcedure
    .input(setPriceInput)
    .mutation(({ ctx, input }) =>
      changePrice(ctx.db, input.variantId, { amountMinor: input.amountMinor, compareAtMinor: input.compareAtMinor }),
    ),
});
