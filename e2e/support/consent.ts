import type { BrowserContext } from "@playwright/test";
import { CONSENT_COOKIE, consentCookieValue } from "../../lib/consent";

/** This browser has accepted analytics in the cookie banner, so its views and searches are recorded. */
export async function allowAnalytics(context: BrowserContext, baseURL: string | undefined) {
  await context.addCookies([
    { name: CONSENT_COOKIE, value: consentCookieValue({ analytics: true }), url: baseURL ?? "http://127.0.0.1" },
  ]);
}

/** The consent cookie's value in this browser, if any. */
export async function consentCookie(context: BrowserContext) {
  return (await context.cookies()).find((c) => c.name === CONSENT_COOKIE)?.value ?? null;
}
