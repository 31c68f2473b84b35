import { clickAndCollectFigures } from "@/server/domain/insights/click-and-collect";
import { channelMixFigures } from "@/server/domain/insights/channel-mix";
import { customerInsights } from "@/server/domain/insights/customer";
import {
  clickAndCollectInput,
  customerInsightsInput,
  insightsRangeInput,
  salesInput,
} from "@/server/domain/insights/inputs";
import { ropoFigures } from "@/server/domain/insights/ropo";
import { salesFigures } from "@/server/domain/insights/sales";
import { funnelFigures, searchFigures } from "@/server/domain/insights/search";
import { STUDIO_ROLES } from "@/server/domain/studio/inputs";
import { customerProcedure, marketerProcedure, refusal, router } from "../trpc";

/** insights.*: figures read from the rollups (server/domain/insights), each with its computedAt. */
export const insightsRouter = router({
  sales: marketerProcedure.input(salesInput).query(({ ctx, input }) => salesFigures(ctx.db, input)),
  channelMix: marketerProcedure.input(insightsRangeInput).query(({ ctx, input }) => channelMixFigures(ctx.db, input)),
  ropo: marketerProcedure.input(insightsRangeInput).query(({ ctx, input }) => ropoFigures(ctx.db, input)),
  search: marketerProcedure.input(insightsRangeInput).query(({ ctx, input }) => searchFigures(ctx.db, input)),
  funnel: marketerProcedure.input(insightsRangeInput).query(({ ctx, input }) => funnelFigures(ctx.db, input)),
  customer: marketerProcedure
    .input(customerInsightsInput)
    .query(({ ctx, input }) => customerInsights(ctx.db, input.customerId)),

  /** Marketers and admins: any store or all. Store staff: their own store only (another is 403). */
  clickAndCollect: customerProcedure.input(clickAndCollectInput).query(({ ctx, input }) => {
    const { role, staffLocationId } = ctx.user;
    if (role === "staff") {
      if (!staffLocationId || (input.storeId && input.storeId !== staffLocationId))
        throw refusal(ctx, "FORBIDDEN", { key: "errors.access.ownStoreFigures" });
      return clickAndCollectFigures(ctx.db, { ...input, storeId: staffLocationId });
    }
    if (!STUDIO_ROLES.includes(role)) throw refusal(ctx, "FORBIDDEN", { key: "errors.access.marketersOnly" });
    return clickAndCollectFigures(ctx.db, input);
  }),
});
