/** The shop's languages. Pure: the proxy, the server and the browser share it. */

export const LOCALES = ["es", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** The cookie that remembers a person's language (next-intl's own name, so its proxy reads it too). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of the shop's languages an Accept-Language header asks for, by its q weights
 * ("en-GB,en;q=0.9,es;q=0.8" → en); null when it names none of them.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const wanted = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { language: tag.trim().toLowerCase().split("-")[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((w) => w.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return wanted.map((w) => w.language).find(isLocale) ?? null;
}

/** The header the browser's API client sends with each call: the language of the page making it. */
export const LOCALE_HEADER = "x-mostrador-locale";

/**
 * A request's language, first that says one: the calling page's (API calls send LOCALE_HEADER;
 * storefront pages carry next-intl's header from the proxy), the person's cookie, their browser's
 * Accept-Language, else the shop's default.
 */
export function localeOfRequest(
  read: { header(name: string): string | null; cookie(name: string): string | null },
  fallback: Locale,
): Locale {
  for (const candidate of [read.header(LOCALE_HEADER), read.header("x-next-intl-locale"), read.cookie(LOCALE_COOKIE)])
    if (isLocale(candidate)) return candidate;
  return localeFromAcceptLanguage(read.header("accept-language")) ?? fallback;
}
