import { LOCALE_COOKIE } from "@/i18n/locales";
import "server-only";
import { env } from "@/env";
import NextAuth, { CredentialsSignin } from "next-auth";
import { cache } from "react";
import Credentials from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { CONSENT_COOKIE, parseConsent } from "@/lib/consent";
import { authLogger } from "@/server/auth/logger";
import { signInWithPassword } from "@/server/domain/customers/accounts";
import { credentialsInput, linkTokenInput } from "@/server/domain/customers/inputs";
import { DEVICE_COOKIE, DEVICE_COOKIE_DAYS } from "@/server/domain/customers/sign-in-device";
import { confirmSignUp } from "@/server/domain/customers/sign-up";
import { endSession, SESSION_MAX_AGE_SECONDS } from "@/server/domain/security/sessions";
import { guestIdFromToken } from "@/server/domain/customers/shopper";
import { adoptGuestSession } from "@/server/domain/customers/sign-in";
import { guestToken } from "@/server/api/shopper";
import { cameOverHttps, readCookie } from "@/server/cookies";
import { STORE_COOKIE } from "@/server/api/trpc";
import { clientAddress } from "@/server/client-address";
import { getDatabase } from "@/server/db";
import { serverSecret } from "@/server/secret";
import { DomainError } from "@/server/errors";
import { sessionFromToken, sessionToken } from "./session-token";

/** The sign-in form shows a message per code; codes travel in the URL, so they stay generic. */
class SignInFailed extends CredentialsSignin {
  constructor(code: "invalid" | `throttled-${number}`) {
    super();
    this.code = code;
  }
}

function guestSessionFrom(request: Request) {
  const token = guestToken({ cookie: (name) => readCookie(request.headers, name) });
  const store = readCookie(request.headers, STORE_COOKIE);
  return {
    guestId: token ? guestIdFromToken(token) : null,
    storeId: store && /^[0-9a-f-]{36}$/i.test(store) ? store : null,
    consent: parseConsent(readCookie(request.headers, CONSENT_COOKIE)),
  };
}

/** The sign-up link's page shows a message per code ("link-used", "link-expired"). */
class LinkRefused extends CredentialsSignin {
  constructor(reason: string) {
    super();
    this.code = reason === "used" ? "link-used" : "link-expired";
  }
}

const nextAuth = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Nothing is signed while Next builds; every running server has a secret (server/secret.ts).
  secret: env.NEXT_PHASE === "phase-production-build" ? undefined : serverSecret(),
  pages: { signIn: "/sign-in" },
  // A wrong password is the form's business (it says so to the person), not a server error.
  logger: authLogger(),
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) throw new SignInFailed("invalid");
        const { db } = await getDatabase();
        try {
          const { profile, device } = await signInWithPassword(db, {
            ...parsed.data,
            clientAddress: clientAddress(request.headers),
            device: readCookie(request.headers, DEVICE_COOKIE),
          });
          // This browser is now trusted for this account: someone else's guesses will not lock it out.
          // Set through next/headers: Next adds it to the response of Auth.js's route handler.
          (await cookies()).set(DEVICE_COOKIE, device, {
            httpOnly: true,
            sameSite: "lax",
            secure: cameOverHttps(request.headers, request.url),
            path: "/api/auth",
            maxAge: DEVICE_COOKIE_DAYS * 24 * 60 * 60,
          });
          // The language the person chose on any device is theirs here too, from the next page on.
          if (profile.locale)
            (await cookies()).set(LOCALE_COOKIE, profile.locale, {
              sameSite: "lax",
              secure: cameOverHttps(request.headers, request.url),
              path: "/",
              maxAge: 60 * 60 * 24 * 365,
            });
          // The guest cart, history and chosen store of this browser join the account now.
          await adoptGuestSession(db, profile.id, guestSessionFrom(request));
          return {
            id: profile.id,
            email: profile.email,
            name: profile.name,
            role: profile.role,
            staffLocationId: profile.staffLocationId,
          };
        } catch (err) {
          if (err instanceof DomainError && err.code === "TOO_MANY_ATTEMPTS") {
            throw new SignInFailed(`throttled-${Number(err.details?.retryAfterSeconds ?? 60)}`);
          }
          if (err instanceof DomainError) throw new SignInFailed("invalid");
          throw err;
        }
      },
    }),
    // The link from a sign-up email: creates the account (once) and signs its owner in.
    Credentials({
      id: "sign-up-link",
      credentials: { token: { type: "text" } },
      async authorize(raw, request) {
        const token = linkTokenInput.safeParse((raw as { token?: unknown } | undefined)?.token);
        if (!token.success) throw new LinkRefused("expired");
        const { db } = await getDatabase();
        try {
          const created = await confirmSignUp(db, token.data);
          await adoptGuestSession(db, created.id, guestSessionFrom(request));
          return {
            id: created.id,
            email: created.email,
            name: created.name,
            role: created.role,
            staffLocationId: created.staffLocationId,
          };
        } catch (err) {
          if (err instanceof DomainError && err.code === "LINK_INVALID")
            throw new LinkRefused(String(err.details?.reason));
          throw err;
        }
      },
    }),
  ],
  callbacks: {
    // Each sign-in is an auth_session row; each later read checks it and takes the account's
    // current role and store (server/auth/session-token.ts).
    async jwt({ token, user, trigger }) {
      const { db } = await getDatabase();
      return sessionToken(db, { token, user, trigger });
    },
    session({ session, token }) {
      return sessionFromToken(session, token);
    },
  },
  events: {
    // Signing out ends the session on the server, not only this browser's cookie.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (!sid) return;
      const { db } = await getDatabase();
      await endSession(db, sid);
    },
  },
});

export const { handlers, signIn, signOut } = nextAuth;

/**
 * The signed-in person, or null. Memoised per request (React's cache, in pages and their tRPC
 * caller), so a page that asks several times still checks the session row once.
 */
export const auth = cache(() => nextAuth.auth());
