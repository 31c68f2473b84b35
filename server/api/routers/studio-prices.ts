import { priceListIdInput, pricesPreviewInput, pricesScheduleInput } from "@/server/domain/studio/inputs-prices";
import { previewPriceList } from "@/server/domain/studio/price-preview";
import { cancelPriceList, getPriceList, listPriceLists, schedulePriceList } from "@/server/domain/studio/price-lists";
import { marketerProcedure, router } from "../trpc";

/** Who the history will name for a change. */
const actorOf = (user: { id: string; name: string; email: string }) => ({ id: user.id, name: user.name || user.email });

/**
 * `studio.prices.*`: scheduled price lists (sales) per channel. Public API: scripts and
 * integrations call these by name.
 */
export const studioPricesRouter = router({
  /** A list from–until on the web, the stores or both, with typed prices and/or a rule. */
  schedule: marketerProcedure
    .input(pricesScheduleInput)
    .mutation(({ ctx, input }) => schedulePriceList(ctx.db, actorOf(ctx.user), input)),
  /** Stops a scheduled or running list at once. */
  cancel: marketerProcedure
    .input(priceListIdInput)
    .mutation(({ ctx, input }) => cancelPriceList(ctx.db, actorOf(ctx.user), input.id)),
  list: marketerProcedure.query(({ ctx }) => listPriceLists(ctx.db)),
  get: marketerProcedure.input(priceListIdInput).query(({ ctx, input }) => getPriceList(ctx.db, input.id)),
  /** Before saving: each variant's new price, the "was" price that would show, and warnings. */
  // A mutation that changes nothing: its input may hold thousands of ids, too long for a GET.
  preview: marketerProcedure
    .input(pricesPreviewInput)
    .mutation(({ ctx, input }) => previewPriceList(ctx.db, input, ctx.locale)),
});
