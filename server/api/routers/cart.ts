import { addItem, dismissNotices, emptyCart, getCart, removeItem, setQuantity } from "@/server/domain/cart/cart";
import { addItemInput, removeItemInput, setQuantityInput } from "@/server/domain/cart/inputs";
import { currentShopper, shopperForChange } from "../shopper";
import { analyticsAllowed } from "./history";
import { publicProcedure, router } from "../trpc";

/** The shopper's one cart: the account's when signed in, else the guest cookie's. */
export const cartRouter = router({
  get: publicProcedure.query(({ ctx }) => {
    const shopper = currentShopper(ctx);
    return shopper ? getCart(ctx.db, shopper) : emptyCart();
  }),

  addItem: publicProcedure.input(addItemInput).mutation(async ({ ctx, input }) => {
    const shopper = shopperForChange(ctx);
    // The cart works either way; only the touch in the shopper's history needs their consent.
    const touch = await analyticsAllowed(ctx);
    await addItem(ctx.db, shopper, input.variantId, input.quantity, { channel: "web", device: ctx.device, touch });
    return getCart(ctx.db, shopper);
  }),

  setQuantity: publicProcedure.input(setQuantityInput).mutation(async ({ ctx, input }) => {
    const shopper = shopperForChange(ctx);
    await setQuantity(ctx.db, shopper, input.variantId, input.quantity);
    return getCart(ctx.db, shopper);
  }),

  removeItem: publicProcedure.input(removeItemInput).mutation(async ({ ctx, input }) => {
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
