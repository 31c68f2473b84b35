import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { env } from "@/env";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { routing } from "@/i18n/routing";
import { PREVIEW_HEADER } from "@/lib/preview";
import { GUEST_COOKIE, newGuestCookie } from "@/server/api/shopper";

/**
 * The Content-Security-Policy of a page. Scripts run only with this response's nonce (Next puts
 * it on its own scripts and inline data when it finds it in the request's CSP), and what those
 * load ('strict-dynamic': the scanner's zxing chunk). Styles allow inline: React renders style=""
 * attributes (colour swatches, progress bars, next/image) and sonner inserts its <style> at run
 * time, and a nonce covers neither. The camera needs nothing here (getUserMedia into a <video>'s
 * srcObject, read through a canvas); live updates are same-origin event streams ('self').
 */
function pageCsp(nonce: string, https: boolean): string {
  return [
    "default-src 'self'",
    // React rebuilds server error stacks with eval in development only.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    // Product photos are files of this site (public/products); nothing uses data: images today.
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * The storefront's language: /es/… and /en/… pass with their language; any other shop address
 * (/, /p/jersey, a link from an email) redirects to the visitor's language — their cookie, else
 * their browser's Accept-Language, else DEFAULT_LOCALE. The console and studio have no prefix.
 */
const storefrontLanguage = createMiddleware({ ...routing, defaultLocale: env.DEFAULT_LOCALE });
const UNPREFIXED = /^\/(staff|studio)(\/|$)/;

/**
 * The language cookie is a person's choice (the switch, their account at sign-in), never the
 * proxy's guess: next-intl would set it on every redirect and page, so a link without a language,
 * or a browser sending no Accept-Language, would turn the console and studio to another one.
 */
function withoutLocaleCookie(response: NextResponse): NextResponse {
  const cookies = response.headers.getSetCookie();
  if (!cookies.some((c) => c.startsWith(`${LOCALE_COOKIE}=`))) return response;
  response.headers.delete("set-cookie");
  for (const c of cookies) if (!c.startsWith(`${LOCALE_COOKIE}=`)) response.headers.append("set-cookie", c);
  return response;
}

/**
 * Every page gets a fresh CSP nonce (the other security headers, for every response, are in
 * next.config.js). And a first visit gets its guest cookie before the page's own calls start.
 * Otherwise a new visitor's first two calls (a search noted in their history, an item added to
 * the cart) can race, each mint a guest, and the later cookie wins: the search would belong to nobody.
 */
export function proxy(request: NextRequest) {
  const https = (request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol).startsWith("https");
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
  const csp = pageCsp(nonce, https);
  const headers = new Headers(request.headers);
  // Next reads the nonce from the request's policy while it renders.
  headers.set("content-security-policy", csp);
  // A product page's ?preview=1, for its layout, which cannot read search params. Never the
  // client's own header of that name; whether the viewer may preview is checked on the page.
  headers.delete(PREVIEW_HEADER);
  if (request.nextUrl.searchParams.get("preview") === "1") headers.set(PREVIEW_HEADER, "1");

  let guestCookie: string | null = null;
  if (!request.cookies.has(GUEST_COOKIE)) {
    const { token, header } = newGuestCookie(https);
    // The page rendering now sees the same guest as the calls it makes afterwards.
    headers.set("cookie", [request.headers.get("cookie"), `${GUEST_COOKIE}=${token}`].filter(Boolean).join("; "));
    guestCookie = header;
  }
  const response = UNPREFIXED.test(request.nextUrl.pathname)
    ? NextResponse.next({ request: { headers } })
    : // It forwards these request headers (and adds the language's) to the page it renders.
      withoutLocaleCookie(storefrontLanguage(new NextRequest(request, { headers })));
  // Replaces the strict policy next.config.js gives every response.
  response.headers.set("content-security-policy", csp);
  if (guestCookie) response.headers.append("set-cookie", guestCookie);
  return response;
}

// Pages only: API calls mint their own guest when a change needs one, and API responses and files
// keep next.config.js's strict policy (they run no script).
export const config = { matcher: ["/((?!api/|_next/|favicon|.*\\.[a-z0-9]+$).*)"] };
