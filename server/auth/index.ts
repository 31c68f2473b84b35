import "server-only";
import { env } from "@/env";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { signInWithPassword } from "@/server/domain/customers/accounts";
import { DEVICE_COOKIE, DEVICE_COOKIE_DAYS } from "@/server/domain/customers/sign-in-device";
import { credentialsInput } from "@/server/domain/customers/inputs";
import { guestIdFromToken } from "@/server/domain/customers/shopper";
import { adoptGuestSession } from "@/server/domain/customers/sign-in";
import { guestToken } from "@/server/api/shopper";
import { readCookie } from "@/server/cookies";
import { STORE_COOKIE } from "@/server/api/trpc";
import { clientAddress } from "@/server/client-address";
import { getDatabase } from "@/server/db";
import { serverSecret } from "@/server/secret";
import { DomainError } from "@/server/errors";

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
  };
}

function isHttps(request: Request) {
  return new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  // Nothing is signed while Next builds; every running server has a secret (server/secret.ts).
  secret: env.NEXT_PHASE === "phase-production-build" ? undefined : serverSecret(),
  pages: { signIn: "/sign-in" },
  // A wrong password is the form's business (it says so to the person), not a server error.
  logger: {
    error(error) {
      if (error.name !== "CredentialsSignin") console.error(error);
    },
  },
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
            secure: isHttps(request),
            path: "/api/auth",
            maxAge: DEVICE_COOKIE_DAYS * 24 * 60 * 60,
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
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.staffLocationId = user.staffLocationId ?? null;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = token.role ?? "customer";
      session.user.staffLocationId = token.staffLocationId ?? null;
      return session;
    },
  },
});
