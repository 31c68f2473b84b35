import "server-only";
import { cameOverHttps, cookieHeader, readCookie, setCookiePair } from "@/server/cookies";
import { z } from "zod";
import { guestIdFromToken, newGuestToken, type Shopper } from "@/server/domain/customers/shopper";
import { getPreferredStoreId } from "@/server/domain/locations/locations";
import { STORE_COOKIE, type Context } from "./trpc";

/** The guest's random token; the database only ever sees its hash. */
export const GUEST_COOKIE = "mostrador_guest";
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function guestToken(ctx: Pick<Context, "cookie">): string | null {
  const token = ctx.cookie(GUEST_COOKIE);
  return token && TOKEN.test(token) ? token : null;
}

/** Who is shopping, when they are known already; null for a guest with no cookie yet. */
export function currentShopper(ctx: Context): Shopper | null {
  if (ctx.user) return { kind: "customer", id: ctx.user.id };
  const token = guestToken(ctx);
  return token ? { kind: "guest", id: guestIdFromToken(token) } : null;
}

/** The shopper's store: their profile's when signed in, else the guest cookie's. */
export async function chosenStoreId(ctx: Context): Promise<string | null> {
  if (ctx.user) {
    const preferred = await getPreferredStoreId(ctx.db, ctx.user.id);
    if (preferred) return preferred;
  }
  const fromCookie = ctx.cookie(STORE_COOKIE);
  return fromCookie && z.uuid().safeParse(fromCookie).success ? fromCookie : null;
}

/** A new guest's Set-Cookie header: the page proxy gives one on a first visit, the API on a first change. */
export function newGuestCookie(secure: boolean): { token: string; header: string } {
  const token = newGuestToken();
  return { token, header: cookieHeader(GUEST_COOKIE, token, secure) };
}

/** Who is shopping, giving a new guest their cookie when a change needs an owner. */
export function shopperForChange(ctx: Context): Shopper {
  const known = currentShopper(ctx);
  if (known) return known;
  const { token, header } = newGuestCookie(ctx.secure);
  ctx.setCookie(header);
  return { kind: "guest", id: guestIdFromToken(token) };
}

/** Auth.js's session cookie (`__Secure-` prefixed over https, `.0`, `.1`… when chunked). */
const SESSION_COOKIE = /(^|[-.])authjs\.session-token(\.\d+)?$/;

/**
 * Signing in ends the browser's guest: a response that starts a session also clears the guest
 * cookie, so after signing out the browser is a new guest, and whatever the old one did that the
 * account did not adopt (an order someone else placed on a shared browser) is out of reach. The
 * next page visit gets a new guest cookie (proxy.ts).
 */
export function endGuestOnSignIn(request: Request, response: Response): Response {
  const startsSession = response.headers.getSetCookie().some((header) => {
    const set = setCookiePair(header);
    return !!set?.value && SESSION_COOKIE.test(set.name);
  });
  if (!startsSession || !readCookie(request.headers, GUEST_COOKIE)) return response;
  const secure = cameOverHttps(request.headers, request.url);
  const headers = new Headers(response.headers);
  headers.append("set-cookie", cookieHeader(GUEST_COOKIE, null, secure));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
