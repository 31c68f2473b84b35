import { getProfile, registerCustomer } from "@/server/domain/customers/accounts";
import { signUpInput } from "@/server/domain/customers/inputs";
import { customerProcedure, publicProcedure, router } from "../trpc";

export const accountRouter = router({
  /** Creates a shopper account; the client then signs in with the same credentials. */
  signUp: publicProcedure.input(signUpInput).mutation(async ({ ctx, input }) => {
    const created = await registerCustomer(ctx.db, input);
    return { id: created.id, email: created.email, name: created.name };
  }),

  me: customerProcedure.query(({ ctx }) => getProfile(ctx.db, ctx.user.id)),
});
