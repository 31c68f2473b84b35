import type { Locale } from "@/i18n/locales";
import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { user } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { queuePasswordChanged } from "@/server/domain/notifications/account-messages";
import { deliverSoon } from "@/server/domain/notifications/outbox";
import { takeHit, type Limit } from "@/server/domain/security/rate-limit";
import { endSessionsOf } from "@/server/domain/security/sessions";
import { DomainError } from "@/server/errors";
import type { ChangePasswordInput } from "./inputs";

/** Tries at the current password from one account: a stolen session cannot be used to guess it. */
export const PASSWORD_CHANGES_PER_ACCOUNT: Limit = { rule: "password-change", max: 5, windowSeconds: 15 * 60 };

/**
 * Changes a password given the current one. Every other session of the account ends in the same
 * transaction (a copied cookie stops working); the session that made the change, `keepSession`,
 * stays signed in. The owner is told by email.
 */
export async function changePassword(
  db: Db,
  userId: string,
  input: ChangePasswordInput,
  /** locale: the page's, for the email when the account has not chosen one. */
  opts: { keepSession: string | null; locale?: Locale; now?: Date },
) {
  const taken = await takeHit(db, PASSWORD_CHANGES_PER_ACCOUNT, userId, opts.now);
  if (!taken.allowed) {
    throw new DomainError(
      "RATE_LIMITED",
      { key: "errors.account.tooManyPasswordTries" },
      {
        retryAfterSeconds: taken.retryAfterSeconds,
      },
    );
  }
  const [owner] = await db
    .select({ id: user.id, email: user.email, name: user.name, locale: user.locale, passwordHash: user.passwordHash })
    .from(user)
    .where(eq(user.id, userId));
  if (!owner) throw new DomainError("NOT_FOUND", { key: "errors.account.gone" });
  if (!owner.passwordHash || !(await verifyPassword(input.currentPassword, owner.passwordHash))) {
    throw new DomainError(
      "INVALID_INPUT",
      { key: "errors.account.wrongCurrentPassword" },
      { field: "currentPassword" },
    );
  }
  const passwordHash = await hashPassword(input.newPassword);
  const signedOut = await db.transaction(async (tx) => {
    await tx.update(user).set({ passwordHash }).where(eq(user.id, userId));
    const ended = await endSessionsOf(tx, userId, { except: opts.keepSession, now: opts.now });
    await queuePasswordChanged(tx, owner, opts.locale ?? "en");
    return ended;
  });
  deliverSoon(db);
  return { signedOutSessions: signedOut };
}
