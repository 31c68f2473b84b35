import type { Metadata } from "next";
import { LOCALES, type Locale } from "./locales";

/**
 * A storefront page's canonical address and its other languages, for search engines: pass the
 * path without its language ("/p/jersey-merino") and the page's language. x-default is the bare
 * path, which the proxy sends to each visitor's own language.
 */
export function alternates(path: string, locale: Locale): NonNullable<Metadata["alternates"]> {
  const rest = path === "/" ? "" : path;
  return {
    canonical: `/${locale}${rest}`,
    languages: {
      ...Object.fromEntries(LOCALES.map((l) => [l, `/${l}${rest}`])),
      "x-default": rest || "/",
    },
  };
}
