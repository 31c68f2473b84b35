import { getProfile } from "@/server/domain/customers/accounts";
import { changePasswordInput, signUpInput } from "@/server/domain/customers/inputs";
import { changePassword } from "@/server/domain/customers/password";
import { requestSignUp } from "@/server/domain/customers/sign-up";
import { setAnalyticsConsent } from "@/server/domain/history/consent";
import { analyticsConsentInput } from "@/server/domain/history/inputs";
import { endSessionsOf } from "@/server/domain/security/sessions";
import { customerProcedure, publicProcedure, router } from "../trpc";
import { rememberConsent } from "./consent";

export const accountRouter = router({
  /**
   * Starts a sign-up: the same answer whether or not the email has an account (the email itself
   * carries the difference). The link in it creates the account and signs the person in.
   */
  signUp: publicProcedure
    .input(signUpInput)
    .mutation(({ ctx, input }) => requestSignUp(ctx.db, input, { clientAddress: ctx.clientAddress })),

  me: customerProcedure.query(({ ctx }) => getProfile(ctx.db, ctx.user.id)),

  /** The privacy setting: may this account's browsing be recorded? This browser's cookie follows it. */
  setAnalyticsConsent: customerProcedure.input(analyticsConsentInput).mutation(async ({ ctx, input }) => {
    const saved = await setAnalyticsConsent(ctx.db, ctx.user.id, input.allowed);
    rememberConsent(ctx, { analytics: input.allowed });
    return saved;
  }),

  /** Needs the current password; signs out every other device, this one stays signed in. */
  changePassword: customerProcedure
    .input(changePasswordInput)
    .mutation(({ ctx, input }) => changePassword(ctx.db, ctx.user.id, input, { keepSession: ctx.sessionId })),

  /** Ends every session of the account, this one included; the page then clears this browser's cookie. */
  signOutEverywhere: customerProcedure.mutation(async ({ ctx }) => ({
    signedOutSessions: await endSessionsOf(ctx.db, ctx.user.id),
  })),
});
