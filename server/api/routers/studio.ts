import { productInput } from "@/server/domain/catalog/inputs";
import { getProduct } from "@/server/domain/catalog/product";
import {
  createCategory,
  moveCategoryProducts,
  reorderCategories,
  updateCategory,
} from "@/server/domain/studio/categories";
import { createProduct, getStudioProduct, updateProduct } from "@/server/domain/studio/editor";
import { productHistory } from "@/server/domain/studio/history";
import {
  categoryCreateInput,
  categoryMoveInput,
  categoryReorderInput,
  categoryUpdateInput,
  historyInput,
  publishingSetInput,
  revertInput,
  setPriceInput,
  studioProductCreateInput,
  studioProductIdInput,
  studioProductListInput,
  studioProductUpdateInput,
} from "@/server/domain/studio/inputs";
import { changePrice } from "@/server/domain/studio/pricing";
import { listStudioCategories, listStudioProducts } from "@/server/domain/studio/products";
import { setPublication } from "@/server/domain/studio/publishing";
import { revertChange } from "@/server/domain/studio/revert";
import { marketerProcedure, router } from "../trpc";
import { studioImagesRouter } from "./studio-images";
import { studioBulkProcedures, studioImportRouter } from "./studio-csv";
import { studioPricesRouter } from "./studio-prices";

/** Who the history will name for a change. */
const actorOf = (user: { id: string; name: string; email: string }) => ({
  id: user.id,
  name: user.name || user.email,
});

/** The marketers' studio. Public API: scripts and integrations call these by name. */
export const studioRouter = router({
  products: router({
    ...studioBulkProcedures,
    /** Every product, drafts included, a keyset page at a time. */
    list: marketerProcedure.input(studioProductListInput).query(({ ctx, input }) => listStudioProducts(ctx.db, input)),
    get: marketerProcedure.input(studioProductIdInput).query(({ ctx, input }) => getStudioProduct(ctx.db, input.id)),
    /** The storefront's product page data whatever the publication: a draft seen as shoppers will see it. */
    preview: marketerProcedure
      .input(productInput)
      .query(({ ctx, input }) => getProduct(ctx.db, input.slug, { preview: true })),
    create: marketerProcedure
      .input(studioProductCreateInput)
      .mutation(({ ctx, input }) => createProduct(ctx.db, actorOf(ctx.user), input)),
    update: marketerProcedure
      .input(studioProductUpdateInput)
      .mutation(({ ctx, input }) => updateProduct(ctx.db, actorOf(ctx.user), input)),
  }),
  publishing: router({
    set: marketerProcedure
      .input(publishingSetInput)
      .mutation(({ ctx, input }) => setPublication(ctx.db, actorOf(ctx.user), input)),
  }),
  /** A product's changes, newest first, with who made them and each field's before and after. */
  history: marketerProcedure
    .input(historyInput)
    .query(({ ctx, input }) => productHistory(ctx.db, input.productId, { before: input.before, limit: input.limit })),
  revert: marketerProcedure
    .input(revertInput)
    .mutation(({ ctx, input }) => revertChange(ctx.db, actorOf(ctx.user), input)),
  categories: router({
    list: marketerProcedure.query(({ ctx }) => listStudioCategories(ctx.db)),
    create: marketerProcedure
      .input(categoryCreateInput)
      .mutation(({ ctx, input }) => createCategory(ctx.db, actorOf(ctx.user), input)),
    update: marketerProcedure
      .input(categoryUpdateInput)
      .mutation(({ ctx, input }) => updateCategory(ctx.db, actorOf(ctx.user), input)),
    reorder: marketerProcedure
      .input(categoryReorderInput)
      .mutation(({ ctx, input }) => reorderCategories(ctx.db, actorOf(ctx.user), input.ids)),
    /** Every product of `from` into `to`, each with a history entry. */
    moveProducts: marketerProcedure
      .input(categoryMoveInput)
      .mutation(({ ctx, input }) => moveCategoryProducts(ctx.db, actorOf(ctx.user), input)),
  }),
  images: studioImagesRouter,
  import: studioImportRouter,
  prices: studioPricesRouter,
  setPrice: marketerProcedure
    .input(setPriceInput)
    .mutation(({ ctx, input }) => changePrice(ctx.db, input.variantId, { amountMinor: input.amountMinor })),
});
