import { z } from "zod";
import { addItem, dismissNotices, emptyCart, getCart, MAX_LINE_QUANTITY, removeItem, setQuantity } from "@/server/domain/cart/cart";
import { currentShopper, shopperForChange } from "../shopper";
import { publicProcedure, router } from "../trpc";

const quantity = z.number().int().min(1, "Add at least one.").max(MAX_LINE_QUANTITY, `At most ${MAX_LINE_QUANTITY} of one item.`);

/** The shopper's one cart: the account's when signed in, else the guest cookie's. */
export const cartRouter = router({
  get: publicProcedure.query(({ ctx }) => {
    const shopper = currentShopper(ctx);
    return shopper ? getCart(ctx.db, shopper) : emptyCart();
  }),

  addItem: publicProcedure.input(z.object({ variantId: z.uuid(), quantity })).mutation(async ({ ctx, input }) => {
    const shopper = shopperForChange(ctx);
    await addItem(ctx.db, shopper, input.variantId, input.quantity);
    return getCart(ctx.db, shopper);
  }),

  setQuantity: publicProcedure
    .input(z.object({ variantId: z.uuid(), quantity: z.number().int().min(0).max(MAX_LINE_QUANTITY, `At most ${MAX_LINE_QUANTITY} of one item.`) }))
    .mutation(async ({ ctx, input }) => {
      const shopper = shopperForChange(ctx);
      await setQuantity(ctx.db, shopper, input.variantId, input.quantity);
      return getCart(ctx.db, shopper);
    }),

  removeItem: publicProcedure.input(z.object({ variantId: z.uuid() })).mutation(async ({ ctx, input }) => {
    const shopper = shopperForChange(ctx);
    await removeItem(ctx.db, shopper, input.variantId);
    return getCart(ctx.db, shopper);
  }),

  /** The customer has read the notices (e.g. what a merge capped). */
  dismissNotices: publicProcedure.mutation(async ({ ctx }) => {
    const shopper = currentShopper(ctx);
    if (shopper) await dismissNotices(ctx.db, shopper);
    return { ok: true };
  }),
});
