import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { signInThrottle, user } from "@/db/schema";
import { verifyPassword } from "@/server/auth/password";
import { DomainError } from "@/server/errors";

/** The columns a signed-in person may see of themselves. */
const profileColumns = {
  id: user.id,
  email: user.email,
  name: user.name,
  phone: user.phone,
  role: user.role,
  staffLocationId: user.staffLocationId,
  preferredLocationId: user.preferredLocationId,
  createdAt: user.createdAt,
};

export type Profile = Awaited<ReturnType<typeof getProfile>>;

export async function getProfile(db: Db, userId: string) {
  const [row] = await db.select(profileColumns).from(user).where(eq(user.id, userId));
  if (!row) throw new DomainError("NOT_FOUND", "That account no longer exists.");
  return row;
}

/** Free attempts before each further one has to wait; the wait doubles per failure. */
export const FREE_ATTEMPTS = 5;
const MAX_WAIT_SECONDS = 15 * 60;

export function throttleWaitSeconds(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(2 ** (failures - FREE_ATTEMPTS), MAX_WAIT_SECONDS);
}

/**
 * Checks an email and password. Failures are counted per email in the database (so every
 * instance sees them); past FREE_ATTEMPTS, attempts are refused until a doubling wait has passed.
 */
export async function verifyCredentials(db: Db, email: string, password: string, now = new Date()) {
  const [throttle] = await db.select().from(signInThrottle).where(eq(signInThrottle.email, email));
  if (throttle) {
    const readyAt = throttle.lastFailureAt.getTime() + throttleWaitSeconds(throttle.failures) * 1000;
    if (readyAt > now.getTime()) {
      const seconds = Math.ceil((readyAt - now.getTime()) / 1000);
      throw new DomainError("TOO_MANY_ATTEMPTS", `Too many failed attempts. Try again in ${seconds} seconds.`, {
        retryAfterSeconds: seconds,
      });
    }
  }

  const [found] = await db
    .select({ ...profileColumns, passwordHash: user.passwordHash })
    .from(user)
    .where(sql`lower(${user.email}) = ${email}`);
  const ok = found?.passwordHash ? await verifyPassword(password, found.passwordHash) : false;
  if (!found || !ok) {
    await db
      .insert(signInThrottle)
      .values({ email, failures: 1, lastFailureAt: now })
      .onConflictDoUpdate({
        target: signInThrottle.email,
        set: { failures: sql`${signInThrottle.failures} + 1`, lastFailureAt: now },
      });
    throw new DomainError("INVALID_CREDENTIALS", "That email and password do not match an account.");
  }
  if (throttle) await db.delete(signInThrottle).where(eq(signInThrottle.email, email));
  const { passwordHash: _hash, ...profile } = found;
  return profile;
}
