import "server-only";
import { redirect as redirectTo } from "next/navigation";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import { shopPath } from "./safe-callback";

/**
 * Sends someone already signed in on to a safe path: a storefront page in the reader's language
 * (a callback of "/account" from a page in English lands on /en/account), the console or the
 * studio as it is.
 */
export function redirectBack(path: string, locale: Locale): never {
  const shop = shopPath(path);
  if (shop === null) redirectTo(path);
  return redirect({ href: shop, locale });
}
