import { env } from "@/env";
import { checkoutOptions, holdForCheckout, placeOrder, releaseCheckoutHold } from "@/server/domain/checkout/checkout";
import { holdTarget, placeOrderInput } from "@/server/domain/checkout/inputs";
import { getPaymentProvider } from "@/server/domain/payments/provider";
import { chosenStoreId, currentShopper, shopperForChange } from "../shopper";
import { publicProcedure, router } from "../trpc";

export const checkoutRouter = router({
  /** Stores that can supply the cart (the shopper's first), delivery, and the running hold. */
  options: publicProcedure.query(async ({ ctx }) => {
    const shopper = currentShopper(ctx);
    const storeId = await chosenStoreId(ctx);
    return checkoutOptions(ctx.db, shopper, storeId);
  }),

  /** Holds the cart's units where the customer chose to receive them while they pay. */
  hold: publicProcedure.input(holdTarget).mutation(({ ctx, input }) =>
    holdForCheckout(ctx.db, shopperForChange(ctx), input, env.STOCK_HOLD_MINUTES, {
      clientAddress: ctx.clientAddress,
    }),
  ),

  /** The customer left checkout: let others have the units again. */
  releaseHold: publicProcedure.mutation(async ({ ctx }) => {
    const shopper = currentShopper(ctx);
    if (shopper) await releaseCheckoutHold(ctx.db, shopper);
    return { released: true };
  }),

  placeOrder: publicProcedure.input(placeOrderInput).mutation(({ ctx, input }) =>
    placeOrder(ctx.db, shopperForChange(ctx), input, getPaymentProvider(), {
      clientAddress: ctx.clientAddress,
      device: ctx.device,
      locale: ctx.locale,
    }),
  ),
});
