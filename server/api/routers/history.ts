import { recordSearchInput, recordViewInput } from "@/server/domain/history/inputs";
import {
  recentlyViewed,
  recentSearches,
  recordInteraction,
  recordProductView,
} from "@/server/domain/history/interactions";
import { currentShopper, shopperForChange } from "../shopper";
import { publicProcedure, router } from "../trpc";

/** The shopper's own trail through the web shop: what they looked at and searched for. */
export const historyRouter = router({
  recordView: publicProcedure.input(recordViewInput).mutation(async ({ ctx, input }) => {
    await recordProductView(ctx.db, shopperForChange(ctx), input.slug, ctx.device);
    return { recorded: true };
  }),

  recordSearch: publicProcedure.input(recordSearchInput).mutation(async ({ ctx, input }) => {
    await recordInteraction(
      ctx.db,
      shopperForChange(ctx),
      "web",
      "search",
      { query: input.query, resultCount: input.resultCount },
      ctx.device,
    );
    return { recorded: true };
  }),

  recent: publicProcedure.query(async ({ ctx }) => {
    const shopper = currentShopper(ctx);
    if (!shopper) return { viewed: [], searches: [] };
    const [viewed, searches] = await Promise.all([recentlyViewed(ctx.db, shopper), recentSearches(ctx.db, shopper)]);
    return { viewed, searches };
  }),
});
