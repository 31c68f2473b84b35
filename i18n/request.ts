import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { env } from "@/env";
import { SHOP_TIME_ZONE } from "@/lib/shop-time";
import { MESSAGES } from "@/messages";
import { isLocale, localeOfRequest, type Locale } from "./locales";

/**
 * The language of a page outside the storefront's /es and /en (the console, the studio, error
 * pages): the person's cookie (set from their account at sign-in and by the switch), else what
 * their browser asks for, else the shop's default.
 */
export async function unprefixedLocale(): Promise<Locale> {
  const [cookieJar, headerList] = await Promise.all([cookies(), headers()]);
  return localeOfRequest(
    { header: (name) => headerList.get(name), cookie: (name) => cookieJar.get(name)?.value ?? null },
    env.DEFAULT_LOCALE,
  );
}

export default getRequestConfig(async ({ requestLocale }) => {
  // The storefront's [locale] segment (or the proxy's header for it), when there is one.
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : await unprefixedLocale();
  return {
    locale,
    messages: MESSAGES[locale],
    // Times print in the shop's zone on the server and in every browser alike (lib/format.ts for
    // a store's own zone), so nothing shifts at hydration.
    timeZone: SHOP_TIME_ZONE,
  };
});
