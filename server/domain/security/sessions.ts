import "server-only";
import { and, eq, gt, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { authSession, user, type UserRole } from "@/db/schema";

/**
 * How long a sign-in lasts, from the moment it was made (not from the last visit): the cookie's
 * max age, and the row's, so the sweep can forget any row older than this.
 */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

type Handle = Pick<Db, "insert" | "update" | "select">;

/** A browser signed in: the row its session cookie names from now on. */
export async function startSession(db: Handle, userId: string): Promise<string> {
  const [row] = await db.insert(authSession).values({ userId }).returning({ id: authSession.id });
  if (!row) throw new Error("auth_session insert returned nothing");
  return row.id;
}

export type LiveSession = {
  userId: string;
  name: string;
  email: string;
  role: UserRole;
  staffLocationId: string | null;
};

/**
 * The person behind a session, as their account is now (role and store changes apply at once),
 * or null when the session was ended, is too old, or its account is gone. One primary-key
 * look-up: it runs once per request that reads the session.
 */
export async function liveSession(
  db: Pick<Db, "select">,
  sessionId: string,
  now = new Date(),
): Promise<LiveSession | null> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  const [row] = await db
    .select({
      userId: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      staffLocationId: user.staffLocationId,
    })
    .from(authSession)
    .innerJoin(user, eq(user.id, authSession.userId))
    .where(
      and(
        eq(authSession.id, sessionId),
        isNull(authSession.endedAt),
        gt(authSession.createdAt, new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000)),
      ),
    );
  return row ?? null;
}

/** Signing out: this browser's session ends on the server too, so a copy of its cookie is worthless. */
export async function endSession(db: Pick<Db, "update">, sessionId: string, now = new Date()) {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return;
  await db
    .update(authSession)
    .set({ endedAt: now })
    .where(and(eq(authSession.id, sessionId), isNull(authSession.endedAt)));
}

/**
 * Ends every live session of a person ("sign out everywhere", a role change), or every one but
 * `except` (a password change keeps the browser that made it). Returns how many were ended.
 */
export async function endSessionsOf(
  db: Pick<Db, "update">,
  userId: string,
  opts: { except?: string | null; now?: Date } = {},
) {
  const ended = await db
    .update(authSession)
    .set({ endedAt: opts.now ?? new Date() })
    .where(
      and(
        eq(authSession.userId, userId),
        isNull(authSession.endedAt),
        opts.except ? ne(authSession.id, opts.except) : undefined,
      ),
    )
    .returning({ id: authSession.id });
  return ended.length;
}

/** Forgets sessions that can no longer be used (ended, or older than the cookie's max age). */
export async function sweepSessions(db: Db, now = new Date()): Promise<number> {
  const gone = await db
    .delete(authSession)
    .where(
      or(
        lt(authSession.endedAt, now),
        lt(authSession.createdAt, new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000)),
      ),
    )
    .returning({ id: authSession.id });
  return gone.length;
}

/** Live sessions of a person, for tests and (later) an account page listing devices. */
export async function liveSessionCount(db: Pick<Db, "select">, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(authSession)
    .where(and(eq(authSession.userId, userId), isNull(authSession.endedAt)));
  return Number(row?.n ?? 0);
}
