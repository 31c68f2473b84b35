import { CONSENT_COOKIE, consentCookieValue, type Consent } from "@/lib/consent";
import { cookieHeader } from "@/server/cookies";
import { analyticsChoiceOf, setAnalyticsConsent } from "@/server/domain/history/consent";
import { consentChoiceInput } from "@/server/domain/history/inputs";
import { publicProcedure, router, type Context } from "../trpc";

/** The browser remembers the choice for 12 months (cookieHeader's year), then it is asked again. */
export function rememberConsent(ctx: Context, consent: Consent) {
  ctx.setCookie(cookieHeader(CONSENT_COOKIE, consentCookieValue(consent), ctx.secure));
}

/** The cookie banner's choice, for guests and customers alike; a customer's account follows it. */
export const consentRouter = router({
  /**
   * What the shop shows: the choice in force (a customer's account setting once chosen, else the
   * cookie's) and whether to ask (nothing chosen yet, or the cookie's version is an earlier one).
   */
  current: publicProcedure.query(async ({ ctx }) => {
    if (ctx.user) {
      const account = await analyticsChoiceOf(ctx.db, ctx.user.id);
      if (account.chosenAt) return { analytics: account.allowed, ask: false };
    }
    return { analytics: ctx.consent?.analytics ?? false, ask: !ctx.consent };
  }),

  choose: publicProcedure.input(consentChoiceInput).mutation(async ({ ctx, input }) => {
    if (ctx.user) await setAnalyticsConsent(ctx.db, ctx.user.id, input.analytics);
    rememberConsent(ctx, input);
    return { analytics: input.analytics };
  }),
});
