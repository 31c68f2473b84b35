import { z } from "zod";
import { MAX_LINE_QUANTITY } from "@/server/domain/cart/cart";
import { customerOverview, findCustomers } from "@/server/domain/customers/lookup";
import { addToCustomerCart, removeFromCustomerCart, setCustomerCartQuantity } from "@/server/domain/customers/serve";
import { router, staffProcedure, storeProcedure } from "../trpc";

const customerId = z.object({ customerId: z.uuid() });
const quantity = z.number().int().max(MAX_LINE_QUANTITY, `At most ${MAX_LINE_QUANTITY} of one item.`);

/** Customer lookup at the counter: staff of any store serve any customer. */
export const customersRouter = router({
  find: staffProcedure
    .input(z.object({ query: z.string().trim().min(2, "Type at least 2 characters.").max(120) }))
    .query(({ ctx, input }) => findCustomers(ctx.db, input.query)),
  /** Pickup codes only on the orders of the store the staff member works for (an admin: the one chosen). */
  get: storeProcedure.input(customerId).query(({ ctx, input }) => customerOverview(ctx.db, input.customerId, ctx.store.id)),

  /** Staff add to the customer's own cart (the one on their phone) for them. */
  addToCart: storeProcedure
    .input(customerId.extend({ variantId: z.uuid(), quantity: quantity.min(1, "Add at least one.") }))
    .mutation(({ ctx, input }) => addToCustomerCart(ctx.db, ctx.user.id, input.customerId, input.variantId, input.quantity)),
  setCartQuantity: storeProcedure
    .input(customerId.extend({ variantId: z.uuid(), quantity: quantity.min(0) }))
    .mutation(({ ctx, input }) => setCustomerCartQuantity(ctx.db, input.customerId, input.variantId, input.quantity)),
  removeFromCart: storeProcedure
    .input(customerId.extend({ variantId: z.uuid() }))
    .mutation(({ ctx, input }) => removeFromCustomerCart(ctx.db, input.customerId, input.variantId)),
});
