import type { Locale } from "@/i18n/locales";
import "server-only";
import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { user } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { subjectHash } from "@/server/domain/security/rate-limit";
import { DomainError } from "@/server/errors";
import { serverSecret } from "@/server/secret";
import { deviceIdFor, issueDeviceToken } from "./sign-in-device";
import { SIGN_IN_LIMITS, settleSuccess, takeSignInAttempt, type SignInLimits } from "./sign-in-throttle";

/** The columns a signed-in person may see of themselves. */
const profileColumns = {
  id: user.id,
  email: user.email,
  name: user.name,
  phone: user.phone,
  role: user.role,
  staffLocationId: user.staffLocationId,
  preferredLocationId: user.preferredLocationId,
  /** The privacy setting (server/domain/history/consent.ts); chosen at null: never asked. */
  analyticsConsent: user.analyticsConsent,
  analyticsConsentAt: user.analyticsConsentAt,
  /** The language they chose (emails, and the console's and studio's at sign-in); null: not chosen. */
  locale: user.locale,
  createdAt: user.createdAt,
};

export type Profile = Awaited<ReturnType<typeof getProfile>>;

export async function getProfile(db: Db, userId: string) {
  const [row] = await db.select(profileColumns).from(user).where(eq(user.id, userId));
  if (!row) throw new DomainError("NOT_FOUND", { key: "errors.account.gone" });
  return row;
}

/**
 * The doubling wait the pickup-code check uses (server/domain/pickup/handover.ts): free attempts
 * first, then each further one waits 1 s, 2 s, 4 s… Sign-in has windows of its own (sign-in-throttle.ts).
 */
export const FREE_ATTEMPTS = 5;
const MAX_WAIT_SECONDS = 15 * 60;

export function throttleWaitSeconds(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(2 ** (failures - FREE_ATTEMPTS), MAX_WAIT_SECONDS);
}

export type SignInAttempt = {
  email: string;
  password: string;
  /** The client's address (server/client-address.ts); null when unknown (then only the other limits apply). */
  clientAddress?: string | null;
  /** The browser's device cookie, if it sent one. */
  device?: string | null;
};

export type SignInOptions = { now?: Date; limits?: SignInLimits; secret?: string };

// An unknown email (or an account without a password) is checked against this, so it costs the
// same scrypt as a real one and answers in the same time. Computed once, with the real parameters.
let dummyHash: Promise<string> | null = null;
function timingDummy() {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return dummyHash;
}

/**
 * Checks an email and password under the sign-in limits (sign-in-throttle.ts): the attempt is
 * counted before the password is checked, and refused with TOO_MANY_ATTEMPTS past a limit. On
 * success, returns the profile and a new device cookie value that makes this browser trusted.
 */
export async function signInWithPassword(db: Db, attempt: SignInAttempt, opts: SignInOptions = {}) {
  const { now = new Date(), limits = SIGN_IN_LIMITS, secret = serverSecret() } = opts;
  const dummy = timingDummy(); // started now, so the process's first unknown email does not wait for it
  const accountKey = subjectHash(attempt.email, secret);
  const ticket = await takeSignInAttempt(
    db,
    {
      accountKey,
      addressKey: attempt.clientAddress ? subjectHash(attempt.clientAddress, secret) : null,
      deviceId: deviceIdFor(attempt.device, accountKey, secret),
    },
    limits,
    now,
  );

  const [found] = await db
    .select({ ...profileColumns, passwordHash: user.passwordHash })
    .from(user)
    .where(sql`lower(${user.email}) = ${attempt.email}`);
  const ok = await verifyPassword(attempt.password, found?.passwordHash ?? (await dummy));
  if (!found?.passwordHash || !ok) {
    // The hits stay counted: this was a failed guess.
    throw new DomainError("INVALID_CREDENTIALS", { key: "errors.account.wrongCredentials" });
  }
  await settleSuccess(db, ticket);
  const { passwordHash: _hash, ...profile } = found;
  return { profile, device: issueDeviceToken(accountKey, secret) };
}

/** signInWithPassword for a caller with no client address or device cookie: the account's limits apply. */
export async function verifyCredentials(db: Db, email: string, password: string, now = new Date()) {
  return (await signInWithPassword(db, { email, password }, { now })).profile;
}

/** The language a person chose with the switch: their emails and, at each sign-in, their pages. */
export async function setAccountLocale(db: Db, userId: string, locale: Locale) {
  const [row] = await db.update(user).set({ locale }).where(eq(user.id, userId)).returning({ locale: user.locale });
  if (!row) throw new DomainError("NOT_FOUND", "That account no longer exists.");
  return row;
}
