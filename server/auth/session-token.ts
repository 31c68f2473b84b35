import "server-only";
import type { JWT } from "next-auth/jwt";
import type { Session, User } from "next-auth";
import type { Db } from "@/db/client";
import { liveSession, startSession } from "@/server/domain/security/sessions";

type JwtParams = { token: JWT; user?: User; trigger?: "signIn" | "signUp" | "update" };

/**
 * Auth.js's jwt callback. At sign-in the token gets a new session row's id; on every later read
 * the row must still be live, and the role and store come from the account as it is now.
 * Returning null makes Auth.js treat the request as signed out and clear the cookie.
 * Tokens from before sessions had rows carry no id: they are signed out too.
 */
export async function sessionToken(db: Db, { token, user, trigger }: JwtParams): Promise<JWT | null> {
  if (trigger === "signIn" || trigger === "signUp") {
    if (!user?.id) return null;
    return {
      ...token,
      sub: user.id,
      sid: await startSession(db, user.id),
      role: user.role ?? "customer",
      staffLocationId: user.staffLocationId ?? null,
    };
  }
  const live = token.sid ? await liveSession(db, token.sid) : null;
  if (!live) return null;
  return {
    ...token,
    sub: live.userId,
    name: live.name,
    email: live.email,
    role: live.role,
    staffLocationId: live.staffLocationId,
  };
}

/** Auth.js's session callback: what pages and the tRPC context read of the token. */
export function sessionFromToken(session: Session, token: JWT): Session {
  session.user.id = token.sub ?? "";
  session.user.role = token.role ?? "customer";
  session.user.staffLocationId = token.staffLocationId ?? null;
  session.sessionId = token.sid ?? null;
  return session;
}
