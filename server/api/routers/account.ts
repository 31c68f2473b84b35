import { localeCookieHeader } from "@/server/cookies";
import { getProfile, setAccountLocale } from "@/server/domain/customers/accounts";
import { accountLocaleInput, changePasswordInput, signUpInput } from "@/server/domain/customers/inputs";
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
    .mutation(({ ctx, input }) =>
      requestSignUp(ctx.db, input, { clientAddress: ctx.clientAddress, locale: ctx.locale }),
    ),

  me: customerProcedure.query(({ ctx }) => getProfile(ctx.db, ctx.user.id)),

  /** The privacy setting: may this account's browsing be recorded? This browser's cookie follows it. */
  setAnalyticsConsent: customerProcedure.input(analyticsConsentInput).mutation(async ({ ctx, input }) => {
    const saved = await setAnalyticsConsent(ctx.db, ctx.user.id, input.allowed);
    rememberConsent(ctx, { analytics: input.allowed });
    return saved;
  }),

  /**
   * The language switch for a signed-in person: kept on the account (their emails, and their
   * language on any device at sign-in) and in this browser's cookie.
   */
  setLocale: customerProcedure.input(accountLocaleInput).mutation(async ({ ctx, input }) => {
    const saved = await setAccountLocale(ctx.db, ctx.user.id, input.locale);
    ctx.setCookie(localeCookieHeader(input.locale, ctx.secure));
    return saved;
  }),

  /** Needs the current password; signs out every other device, this one stays signed in. */
  changePassword: customerProcedure
    .input(changePasswordInput)
    .mutation(({ ctx, input }) =>
      changePassword(ctx.db, ctx.user.id, input, { keepSession: ctx.sessionId, locale: ctx.locale }),
    ),

  /** Ends every session of the account, this one included; the page then clears this browser's cookie. */
  signOutEverywhere: customerProcedure.mutation(async ({ ctx }) => ({
    signedOutSessions: await endSessionsOf(ctx.db, ctx.user.id),
  })),
});
