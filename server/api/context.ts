import "server-only";
import { env } from "@/env";
import { localeOfRequest } from "@/i18n/locales";
import { CONSENT_COOKIE, parseConsent } from "@/lib/consent";
import { deviceClass } from "@/lib/device";
import { auth } from "@/server/auth";
import { clientAddress } from "@/server/client-address";
import { cameOverHttps, readCookie, setCookiePair } from "@/server/cookies";
import { getDatabase } from "@/server/db";
import type { Context, SessionUser } from "./trpc";

/**
 * One session check per HTTP request: a live stream's route builds its context twice (its gate,
 * then tRPC's), both from the request's own headers object. Pages share theirs through auth()'s cache.
 */
const sessions = new WeakMap<Headers, ReturnType<typeof auth>>();
function sessionOnce(headers: Headers) {
  let session = sessions.get(headers);
  if (!session) sessions.set(headers, (session = auth()));
  return session;
}

export async function createTRPCContext(opts: { headers: Headers; resHeaders?: Headers }): Promise<Context> {
  const [session, database] = await Promise.all([sessionOnce(opts.headers), getDatabase()]);
  const user: SessionUser | null = session?.user?.id
    ? {
        id: session.user.id,
        name: session.user.name ?? "",
        email: session.user.email ?? "",
        role: session.user.role,
        staffLocationId: session.user.staffLocationId,
      }
    : null;
  const setThisRequest = new Map<string, string | null>();
  return {
    db: database.db,
    driver: database.driver,
    user,
    sessionId: user ? (session?.sessionId ?? null) : null,
    // A cookie set earlier in this request (say, a new guest's, in a batch of calls) wins over the
    // request's own, so every call in the batch sees the same shopper.
    cookie: (name) => (setThisRequest.has(name) ? (setThisRequest.get(name) ?? null) : readCookie(opts.headers, name)),
    setCookie: (value) => {
      const set = setCookiePair(value);
      if (set) setThisRequest.set(set.name, set.value);
      opts.resHeaders?.append("set-cookie", value);
    },
    clientAddress: clientAddress(opts.headers),
    device: deviceClass(opts.headers.get("user-agent"), opts.headers.get("sec-ch-ua-mobile")),
    secure: cameOverHttps(opts.headers),
    consent: parseConsent(readCookie(opts.headers, CONSENT_COOKIE)),
    locale: localeOfRequest(
      { header: (name) => opts.headers.get(name), cookie: (name) => readCookie(opts.headers, name) },
      env.DEFAULT_LOCALE,
    ),
  };
}
