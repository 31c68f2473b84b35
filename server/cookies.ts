import { LOCALE_COOKIE, type Locale } from "@/i18n/locales";
import "server-only";

/** One cookie from a request's Cookie header, decoded; null when absent. */
export function readCookie(headers: Headers, name: string): string | null {
  const header = headers.get("cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join("="));
    } catch {
      return null;
    }
  }
  return null;
}

/** The name and value a Set-Cookie header sets; an empty value means the cookie is cleared. */
export function setCookiePair(header: string): { name: string; value: string | null } | null {
  const [pair = ""] = header.split(";");
  const at = pair.indexOf("=");
  return at > 0 ? { name: pair.slice(0, at), value: pair.slice(at + 1) || null } : null;
}

/**
 * The browser reached us over https (so cookies may be Secure): Next's server sets
 * x-forwarded-proto, and so does a TLS proxy in front of it.
 */
export function cameOverHttps(headers: Headers, url?: string): boolean {
  if (url && new URL(url).protocol === "https:") return true;
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * A Set-Cookie header for one of the app's own cookies: the whole site, same-site, out of reach of
 * scripts; kept a year, or cleared when `value` is null. `secure` marks it for https only.
 */
export function cookieHeader(name: string, value: string | null, secure: boolean): string {
  return `${name}=${value ?? ""}; Path=/; Max-Age=${value === null ? 0 : ONE_YEAR}; SameSite=Lax; HttpOnly${secure ? "; Secure" : ""}`;
}

/**
 * The language cookie (i18n/locales.ts LOCALE_COOKIE), for a year. Not HttpOnly: the language
 * switch writes it from the page too, and a script could not replace an HttpOnly one.
 */
export function localeCookieHeader(locale: Locale, secure: boolean): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax${secure ? "; Secure" : ""}`;
}
