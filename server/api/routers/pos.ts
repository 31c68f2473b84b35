import { getPaymentProvider } from "@/server/domain/payments/provider";
import { orderElsewhere } from "@/server/domain/pos/endless-aisle";
import { findItem } from "@/server/domain/pos/find-item";
import { findItemInput, orderElsewhereInput, sellInput } from "@/server/domain/pos/inputs";
import { sellAtCounter } from "@/server/domain/pos/sale";
import { router, storeProcedure } from "../trpc";

/**
 * Selling at the counter. Every call works for the staff member's own store (`ctx.store`, from
 * their account on the server): the input never names the selling location.
 */
export const posRouter = router({
  /** A scanned or typed SKU or barcode, or a product's name: price, units here, and where else. */
  findItem: storeProcedure.input(findItemInput).query(({ ctx, input }) => findItem(ctx.db, ctx.store.id, input.code)),

  /** A sale from this store's shelves, paid now by card or cash. */
  sell: storeProcedure
    .input(sellInput)
    .mutation(({ ctx, input }) =>
      sellAtCounter(
        ctx.db,
        { store: ctx.store, staffId: ctx.user.id, locale: ctx.locale },
        input,
        getPaymentProvider(),
      ),
    ),

  /** Endless aisle: what this store lacks, ordered for pickup at another store or delivery. */
  orderElsewhere: storeProcedure
    .input(orderElsewhereInput)
    .mutation(({ ctx, input }) =>
      orderElsewhere(
        ctx.db,
        { store: ctx.store, staffId: ctx.user.id, locale: ctx.locale },
        input,
        getPaymentProvider(),
      ),
    ),
});
