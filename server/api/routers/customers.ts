import { z } from "zod";
import { customerOverview, findCustomers } from "@/server/domain/customers/lookup";
import { router, staffProcedure } from "../trpc";

/** Customer lookup at the counter: staff of any store serve any customer. */
export const customersRouter = router({
  find: staffProcedure
    .input(z.object({ query: z.string().trim().min(2, "Type at least 2 characters.").max(120) }))
    .query(({ ctx, input }) => findCustomers(ctx.db, input.query)),
  get: staffProcedure.input(z.object({ customerId: z.uuid() })).query(({ ctx, input }) => customerOverview(ctx.db, input.customerId)),
});
