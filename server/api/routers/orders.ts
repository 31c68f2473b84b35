import { z } from "zod";
import { getOrder, listOrders } from "@/server/domain/orders/orders";
import { notFound } from "@/server/errors";
import { currentShopper } from "../shopper";
import { publicProcedure, router } from "../trpc";

const orderNumber = z.string().trim().min(3).max(20).regex(/^[A-Za-z]{2,4}-\d{1,10}$/, "Order numbers look like MAD-1042.");

export const ordersRouter = router({
  /** Every order of the customer (or of this guest browser), whatever the channel. */
  mine: publicProcedure.query(({ ctx }) => {
    const shopper = currentShopper(ctx);
    return shopper ? listOrders(ctx.db, shopper) : [];
  }),

  /** One order by number or id; someone else's is NOT_FOUND. */
  get: publicProcedure.input(z.union([z.object({ number: orderNumber }), z.object({ id: z.uuid() })])).query(({ ctx, input }) => {
    const shopper = currentShopper(ctx);
    if (!shopper) throw notFound("That order");
    return getOrder(ctx.db, shopper, input);
  }),
});
