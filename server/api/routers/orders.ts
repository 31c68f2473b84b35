import { orderRefInput } from "@/server/domain/orders/inputs";
import { getOrder, listOrders } from "@/server/domain/orders/orders";
import { notFound } from "@/server/errors";
import { currentShopper } from "../shopper";
import { publicProcedure, router } from "../trpc";

export const ordersRouter = router({
  /** Every order of the customer (or of this guest browser), whatever the channel. */
  mine: publicProcedure.query(({ ctx }) => {
    const shopper = currentShopper(ctx);
    return shopper ? listOrders(ctx.db, shopper) : [];
  }),

  /** One order by number or id; someone else's is NOT_FOUND. */
  get: publicProcedure.input(orderRefInput).query(({ ctx, input }) => {
    const shopper = currentShopper(ctx);
    if (!shopper) throw notFound("order");
    return getOrder(ctx.db, shopper, input);
  }),
});
