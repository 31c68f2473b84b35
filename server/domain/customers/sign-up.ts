import type { Locale } from "@/i18n/locales";
import "server-only";
import { and, eq, isNotNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountLink, user } from "@/db/schema";
import { hashPassword } from "@/server/auth/password";
import { queueSignUpAttempt, queueSignUpLink } from "@/server/domain/notifications/account-messages";
import { deliverSoon } from "@/server/domain/notifications/outbox";
import { subjectHash, takeHit, type Limit } from "@/server/domain/security/rate-limit";
import { DomainError } from "@/server/errors";
import { serverSecret } from "@/server/secret";
import { siteLink } from "@/server/site-url";
import type { SignUpInput } from "./inputs";
import { createLink, LINK_VALID_SECONDS, useLink } from "./links";

/** Sign-ups from one client address: a household or an office fits, a script filling the outbox does not. */
export const SIGN_UP_PER_ADDRESS: Limit = { rule: "sign-up-address", max: 10, windowSeconds: 60 * 60 };
/** Sign-up emails to one address: nobody's inbox can be flooded through the form. */
export const SIGN_UP_PER_EMAIL: Limit = { rule: "sign-up-email", max: 3, windowSeconds: 60 * 60 };

async function limitSignUps(db: Db, email: string, clientAddress: string | null, now: Date) {
  const secret = serverSecret();
  const checks: [Limit, string][] = [[SIGN_UP_PER_EMAIL, email]];
  if (clientAddress) checks.unshift([SIGN_UP_PER_ADDRESS, clientAddress]);
  // One at a time: a client already refused does not also use up the email's allowance.
  for (const [limit, subject] of checks) {
    const taken = await takeHit(db, limit, subjectHash(subject, secret), now);
    if (!taken.allowed) {
      const minutes = Math.ceil(taken.retryAfterSeconds / 60);
      throw new DomainError(
        "RATE_LIMITED",
        { key: "errors.account.signUpLimit", values: { minutes } },
        { retryAfterSeconds: taken.retryAfterSeconds },
      );
    }
  }
}

/**
 * A sign-up answers the same whether or not the email has an account, and takes as long (the
 * password is hashed either way): a new email gets a link that creates the account; an email
 * that has one gets a note telling its owner how to sign in. Nothing is created until the link
 * is used, so nobody can hold an address they cannot read.
 */
export async function requestSignUp(
  db: Db,
  input: SignUpInput,
  /** locale: the sign-up page's; the link and its email are in it. */
  opts: { clientAddress: string | null; locale?: Locale; now?: Date },
) {
  const locale = opts.locale ?? "en";
  const now = opts.now ?? new Date();
  await limitSignUps(db, input.email, opts.clientAddress, now);
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const [owner] = await tx
      .select({ id: user.id, email: user.email, name: user.name, locale: user.locale })
      .from(user)
      .where(sql`lower(${user.email}) = ${input.email}`);
    if (owner) {
      await queueSignUpAttempt(tx, owner, siteLink(`/${owner.locale ?? locale}/sign-in`), locale);
      return;
    }
    const token = await createLink(tx, { purpose: "sign_up", email: input.email, name: input.name, passwordHash }, now);
    await queueSignUpLink(
      tx,
      input,
      siteLink(`/${locale}/sign-up/confirm?token=${encodeURIComponent(token)}`),
      LINK_VALID_SECONDS / 60,
      locale,
    );
  });
  deliverSoon(db);
  return { sentTo: input.email };
}

/**
 * The link from a sign-up email: creates the customer account it describes, once. Any other
 * sign-up link for the same email stops working, and no copy of the password hash is kept.
 */
export async function confirmSignUp(db: Db, token: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const link = await useLink(tx, "sign_up", token, now);
    const [created] = await tx
      .insert(user)
      .values({ name: link.name ?? "", email: link.email, passwordHash: link.passwordHash, role: "customer" })
      .onConflictDoNothing()
      .returning({
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        staffLocationId: user.staffLocationId,
      });
    if (!created) {
      throw new DomainError("LINK_INVALID", { key: "errors.account.exists" }, { reason: "used" });
    }
    await tx
      .update(accountLink)
      .set({ passwordHash: null, usedAt: sql`coalesce(${accountLink.usedAt}, ${now.toISOString()}::timestamptz)` })
      .where(
        and(eq(accountLink.purpose, "sign_up"), eq(accountLink.email, link.email), isNotNull(accountLink.passwordHash)),
      );
    return created;
  });
}

/** Forgets links past their hour, used or not (the maintenance beat). */
export async function sweepLinks(db: Db, now = new Date()): Promise<number> {
  const gone = await db.delete(accountLink).where(lt(accountLink.expiresAt, now)).returning({ id: accountLink.id });
  return gone.length;
}
