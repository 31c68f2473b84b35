import { correctCountInput, receiveInput, stockHistoryInput, stockLevelsInput } from "@/server/domain/inventory/inputs";
import { correctCount, receiveDelivery } from "@/server/domain/inventory/movements";
import { stockHistory, storeStock } from "@/server/domain/inventory/store-stock";
import { router, storeProcedure } from "../trpc";

/** The staff member's own store's stock: the location always comes from their account, never the request. */
export const inventoryRouter = router({
  levels: storeProcedure.input(stockLevelsInput).query(({ ctx, input }) => storeStock(ctx.db, ctx.store.id, input)),
  receive: storeProcedure
    .input(receiveInput)
    .mutation(({ ctx, input }) => receiveDelivery(ctx.db, { storeId: ctx.store.id, staffId: ctx.user.id }, input)),
  correct: storeProcedure
    .input(correctCountInput)
    .mutation(({ ctx, input }) => correctCount(ctx.db, { storeId: ctx.store.id, staffId: ctx.user.id }, input)),
  history: storeProcedure
    .input(stockHistoryInput)
    .query(({ ctx, input }) => stockHistory(ctx.db, ctx.store.id, input.variantId)),
});
