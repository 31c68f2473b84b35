import { featuredProducts, listProducts, movedProduct } from "@/server/domain/catalog/catalog";
import { getCategory, listCategories, listFacets } from "@/server/domain/catalog/categories";
import { getProduct } from "@/server/domain/catalog/product";
import { searchProducts } from "@/server/domain/catalog/search";
import {
  browseInput,
  catalogListInput,
  facetsInput,
  featuredInput,
  productInput,
  searchInput,
} from "@/server/domain/catalog/inputs";
import { chosenStoreId } from "../shopper";
import { publicProcedure, router } from "../trpc";

const PAGE_SIZE = 24;

export const catalogRouter = router({
  /** Public API: a page of published products, optionally in one category. */
  list: publicProcedure.input(catalogListInput).query(async ({ ctx, input }) => {
    const offset = Number(input.cursor ?? 0);
    const { items, total } = await listProducts(
      ctx.db,
      { category: input.category, sort: "featured" },
      { offset, limit: input.limit },
      await chosenStoreId(ctx),
    );
    const next = offset + items.length;
    return { items, nextCursor: next < total ? String(next) : null };
  }),

  /** The storefront's category page: filters, sort and page numbers. */
  browse: publicProcedure.input(browseInput).query(async ({ ctx, input }) => {
    const { page, ...filter } = input;
    const result = await listProducts(
      ctx.db,
      filter,
      { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
      await chosenStoreId(ctx),
    );
    return { ...result, page, pageCount: Math.max(1, Math.ceil(result.total / PAGE_SIZE)) };
  }),

  search: publicProcedure.input(searchInput).query(async ({ ctx, input }) => {
    const result = await searchProducts(
      ctx.db,
      input.q,
      { offset: (input.page - 1) * input.limit, limit: input.limit },
      await chosenStoreId(ctx),
    );
    return { ...result, page: input.page, pageCount: Math.max(1, Math.ceil(result.total / input.limit)) };
  }),

  product: publicProcedure.input(productInput).query(({ ctx, input }) => getProduct(ctx.db, input.slug)),

  /** A product's current slug when `slug` is one it had before: the old link redirects there. */
  moved: publicProcedure
    .input(productInput)
    .query(async ({ ctx, input }) => ({ slug: await movedProduct(ctx.db, input.slug) })),

  categories: publicProcedure.query(({ ctx }) => listCategories(ctx.db)),

  category: publicProcedure.input(productInput).query(({ ctx, input }) => getCategory(ctx.db, input.slug)),

  facets: publicProcedure.input(facetsInput).query(({ ctx, input }) => listFacets(ctx.db, input.category)),

  featured: publicProcedure
    .input(featuredInput)
    .query(async ({ ctx, input }) => featuredProducts(ctx.db, input.limit, await chosenStoreId(ctx))),
});
