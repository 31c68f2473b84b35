import {
  addToCustomerCartInput,
  customerIdInput,
  findCustomersInput,
  removeFromCustomerCartInput,
  setCustomerCartQuantityInput,
} from "@/server/domain/customers/inputs";
import { customerOverview, findCustomers } from "@/server/domain/customers/lookup";
import { addToCustomerCart, removeFromCustomerCart, setCustomerCartQuantity } from "@/server/domain/customers/serve";
import { router, staffProcedure, storeProcedure } from "../trpc";

/** Customer lookup at the counter: staff of any store serve any customer. */
export const customersRouter = router({
  find: staffProcedure.input(findCustomersInput).query(({ ctx, input }) => findCustomers(ctx.db, input.query)),
  /** Pickup codes only on the orders of the store the staff member works for (an admin: the one chosen). */
  get: storeProcedure
    .input(customerIdInput)
    .query(({ ctx, input }) => customerOverview(ctx.db, input.customerId, ctx.store.id)),

  /** Staff add to the customer's own cart (the one on their phone) for them. */
  addToCart: storeProcedure
    .input(addToCustomerCartInput)
    .mutation(({ ctx, input }) =>
      addToCustomerCart(ctx.db, ctx.user.id, input.customerId, input.variantId, input.quantity),
    ),
  setCartQuantity: storeProcedure
    .input(setCustomerCartQuantityInput)
    .mutation(({ ctx, input }) => setCustomerCartQuantity(ctx.db, input.customerId, input.variantId, input.quantity)),
  removeFromCart: storeProcedure
    .input(removeFromCustomerCartInput)
    .mutation(({ ctx, input }) => removeFromCustomerCart(ctx.db, input.customerId, input.variantId)),
});
