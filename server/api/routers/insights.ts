import { salesInput } from "@/server/domain/insights/inputs";
import { salesFigures } from "@/server/domain/insights/sales";
import { marketerProcedure, router } from "../trpc";

/** insights.*: figures read from the rollups (server/domain/insights), each with its computedAt. */
export const insightsRouter = router({
  sales: marketerProcedure.input(salesInput).query(({ ctx, input }) => salesFigures(ctx.db, input)),
});
