import { bulkUpdateProducts, countStudioProducts } from "@/server/domain/studio/bulk";
import { commitImport, previewImport } from "@/server/domain/studio/csv-import";
import {
  bulkUpdateInput,
  importCommitInput,
  importPreviewInput,
  studioProductFilterInput,
} from "@/server/domain/studio/inputs-csv";
import { marketerProcedure, router } from "../trpc";

/** Who the history will name for a change. */
const actorOf = (user: { id: string; name: string; email: string }) => ({ id: user.id, name: user.name || user.email });

/** studio.products.count and studio.products.bulkUpdate: many products at once. */
export const studioBulkProcedures = {
  /** How many products match the list's filters: what "select all N" offers. */
  count: marketerProcedure
    .input(studioProductFilterInput)
    .query(({ ctx, input }) => countStudioProducts(ctx.db, input)),
  bulkUpdate: marketerProcedure
    .input(bulkUpdateInput)
    .mutation(({ ctx, input }) => bulkUpdateProducts(ctx.db, actorOf(ctx.user), input)),
};

/**
 * studio.import.preview and studio.import.commit. The issue names the second `apply`, which
 * tRPC refuses as a procedure name (it is a function's own method); /api/trpc answers
 * `studio.import.apply` as this procedure, so scripts may call either.
 */
export const studioImportRouter = router({
  preview: marketerProcedure
    .input(importPreviewInput)
    .mutation(({ ctx, input }) => previewImport(ctx.db, input.csv, ctx.locale)),
  commit: marketerProcedure
    .input(importCommitInput)
    .mutation(({ ctx, input }) => commitImport(ctx.db, actorOf(ctx.user), input)),
});
