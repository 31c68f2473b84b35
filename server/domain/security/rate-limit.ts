import "server-only";
import { createHmac } from "node:crypto";
import { lt, sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { rateLimit } from "@/db/schema";

export type Limit = {
  /** What is limited, e.g. "sign-up-address"; the first part of the row's key. */
  rule: string;
  /** Hits allowed in one window. */
  max: number;
  windowSeconds: number;
};

export type Taken = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one hit against `limit` for `subject`, atomically (one upsert), before the work it
 * guards: parallel requests each take their own hit, so none can slip through between a read and
 * a write. A hit past the limit is still counted (a client hammering a closed door stays shut out
 * for the whole window) and answered with the seconds until the window ends.
 */
export async function takeHit(
  db: Pick<Db, "execute">,
  limit: Limit,
  subject: string,
  now = new Date(),
): Promise<Taken> {
  const key = `${limit.rule}:${subject}`;
  const ends = new Date(now.getTime() + limit.windowSeconds * 1000);
  const [row] = await queryRows<{ hits: number; expires_at: string | Date }>(
    db,
    sql`
    insert into ${rateLimit} (key, hits, window_started_at, expires_at)
    values (${key}, 1, ${now.toISOString()}, ${ends.toISOString()})
    on conflict (key) do update set
      hits = case when ${rateLimit.expiresAt} <= ${now.toISOString()} then 1 else ${rateLimit.hits} + 1 end,
      window_started_at = case when ${rateLimit.expiresAt} <= ${now.toISOString()} then excluded.window_started_at else ${rateLimit.windowStartedAt} end,
      expires_at = case when ${rateLimit.expiresAt} <= ${now.toISOString()} then excluded.expires_at else ${rateLimit.expiresAt} end
    returning hits, expires_at`,
  );
  if (!row || Number(row.hits) <= limit.max) return { allowed: true };
  const retryAfterSeconds = Math.max(1, Math.ceil((new Date(row.expires_at).getTime() - now.getTime()) / 1000));
  return { allowed: false, retryAfterSeconds };
}

/**
 * Returns one hit taken by takeHit whose work turned out not to count (a sign-in that succeeded,
 * or an attempt a later limit refused). A window left with no hits is deleted at once, so such
 * attempts leave no rows behind (the sweep only has to deal with counted hits).
 */
export async function giveBackHit(db: Pick<Db, "execute">, limit: Pick<Limit, "rule">, subject: string): Promise<void> {
  const key = `${limit.rule}:${subject}`;
  await db.execute(sql`
    with emptied as (delete from ${rateLimit} where key = ${key} and hits <= 1 returning key)
    update ${rateLimit} set hits = hits - 1 where key = ${key} and hits > 1`);
}

/** Forgets a subject's hits (say, an account's failed sign-ins once the right password is given). */
export async function clearHits(db: Pick<Db, "execute">, limit: Pick<Limit, "rule">, subject: string): Promise<void> {
  await db.execute(sql`delete from ${rateLimit} where key = ${`${limit.rule}:${subject}`}`);
}

/** Deletes windows that have ended: the maintenance beat calls it, so the table stays bounded. */
export async function sweepRateLimits(db: Db, now = new Date()): Promise<number> {
  const gone = await db.delete(rateLimit).where(lt(rateLimit.expiresAt, now)).returning({ key: rateLimit.key });
  return gone.length;
}

/**
 * A subject that is personal (an email, a client address) is stored as a keyed hash: the table
 * can tell repeat visitors apart without holding their addresses. The key is the auth secret.
 */
export function subjectHash(value: string, secret: string): string {
  return createHmac("sha256", secret).update(value).digest("base64url").slice(0, 32);
}
