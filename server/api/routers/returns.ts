import { getPaymentProvider } from "@/server/domain/payments/provider";
import { returnInput, returnLookupInput } from "@/server/domain/returns/inputs";
import { findReturnableOrder } from "@/server/domain/returns/lookup";
import { returnLines } from "@/server/domain/returns/returns";
import { router, storeProcedure } from "../trpc";

/** Returns at the counter: any order, from any channel, comes back to the staff member's own store. */
export const returnsRouter = router({
  /** The order with what each line can still bring back, how it would be refunded, and its past returns. */
  lookup: storeProcedure
    .input(returnLookupInput)
    .query(({ ctx, input }) => findReturnableOrder(ctx.db, input.orderNumber, ctx.locale)),
  create: storeProcedure
    .input(returnInput)
    .mutation(({ ctx, input }) =>
      returnLines(ctx.db, { store: ctx.store, staffId: ctx.user.id }, input, getPaymentProvider()),
    ),
});
