import { defineRouting } from "next-intl/routing";
import { LOCALE_COOKIE, LOCALES } from "./locales";

/**
 * The storefront's addresses: every page under its language (/es/…, /en/…), so each has one URL
 * per language for search engines and links carry the language without knowing the shop's default.
 * The console and studio are not prefixed: they follow the person's cookie (set from their account).
 * defaultLocale here is only the navigation helpers' placeholder; the proxy uses DEFAULT_LOCALE.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: "es",
  localePrefix: "always",
  // A year, so a guest's choice outlives the session; next-intl sets it when the language changes.
  localeCookie: { name: LOCALE_COOKIE, maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
});
