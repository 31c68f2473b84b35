import { TRPCError } from "@trpc/server";
import { clickAndCollectFigures } from "@/server/domain/insights/click-and-collect";
import { clickAndCollectInput, salesInput } from "@/server/domain/insights/inputs";
import { salesFigures } from "@/server/domain/insights/sales";
import { STUDIO_ROLES } from "@/server/domain/studio/inputs";
import { customerProcedure, marketerProcedure, router } from "../trpc";

/** insights.*: figures read from the rollups (server/domain/insights), each with its computedAt. */
export const insightsRouter = router({
  sales: marketerProcedure.input(salesInput).query(({ ctx, input }) => salesFigures(ctx.db, input)),

  /** Marketers and admins: any store or all. Store staff: their own store only (another is 403). */
  clickAndCollect: customerProcedure.input(clickAndCollectInput).query(({ ctx, input }) => {
    const { role, staffLocationId } = ctx.user;
    if (role === "staff") {
      if (!staffLocationId || (input.storeId && input.storeId !== staffLocationId))
        throw new TRPCError({ code: "FORBIDDEN", message: "Store staff see their own store’s figures only." });
      return clickAndCollectFigures(ctx.db, { ...input, storeId: staffLocationId });
    }
    if (!STUDIO_ROLES.includes(role))
      throw new TRPCError({ code: "FORBIDDEN", message: "Only marketers can do this." });
    return clickAndCollectFigures(ctx.db, input);
  }),
});
