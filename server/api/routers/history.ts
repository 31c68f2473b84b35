import { mayRecordAnalytics } from "@/server/domain/history/consent";
import { recordSearchInput, recordViewInput } from "@/server/domain/history/inputs";
import {
  recentlyViewed,
  recentSearches,
  recordInteraction,
  recordProductView,
} from "@/server/domain/history/interactions";
import { currentShopper, shopperForChange } from "../shopper";
import { publicProcedure, router, type Context } from "../trpc";

/** Whether this caller's browsing may be recorded: their cookie choice, or their account's setting. */
export function analyticsAllowed(ctx: Context) {
  return mayRecordAnalytics(ctx.db, { customerId: ctx.user?.id ?? null, consent: ctx.consent });
}

/**
 * The shopper's own trail through the web shop: what they looked at and searched for, kept only
 * with their consent (without it nothing is written, and a new guest gets no cookie for it).
 */
export const historyRouter = router({
  recordView: publicProcedure.input(recordViewInput).mutation(async ({ ctx, input }) => {
    if (!(await analyticsAllowed(ctx))) return { recorded: false };
    await recordProductView(ctx.db, shopperForChange(ctx), input.slug, ctx.device);
    return { recorded: true };
  }),

  recordSearch: publicProcedure.input(recordSearchInput).mutation(async ({ ctx, input }) => {
    if (!(await analyticsAllowed(ctx))) return { recorded: false };
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
