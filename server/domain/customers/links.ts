import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { accountLink } from "@/db/schema";
import type { Tx } from "@/db/client";
import { DomainError } from "@/server/errors";

/** An emailed link works once, for an hour. */
export const LINK_VALID_SECONDS = 60 * 60;

type Purpose = (typeof accountLink.$inferInsert)["purpose"];

/** The table keeps only this hash: a copy of the database holds no working link. */
export function linkTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** Stores a new single-use link and returns its token (256 random bits), for the email only. */
export async function createLink(
  tx: Tx,
  link: { purpose: Purpose; email: string; name?: string | null; passwordHash?: string | null },
  now = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.insert(accountLink).values({
    ...link,
    tokenHash: linkTokenHash(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + LINK_VALID_SECONDS * 1000),
  });
  return token;
}

/**
 * Uses a link: one conditional update marks it used, so two clicks at once cannot both succeed.
 * A link used before, expired or unknown is refused with a reason the page can explain.
 */
export async function useLink(tx: Tx, purpose: Purpose, token: string, now = new Date()) {
  const tokenHash = linkTokenHash(token);
  const [used] = await tx
    .update(accountLink)
    .set({ usedAt: now })
    .where(
      and(
        eq(accountLink.tokenHash, tokenHash),
        eq(accountLink.purpose, purpose),
        isNull(accountLink.usedAt),
        gt(accountLink.expiresAt, now),
      ),
    )
    .returning();
  if (used) return used;
  const [seen] = await tx
    .select({ usedAt: accountLink.usedAt })
    .from(accountLink)
    .where(and(eq(accountLink.tokenHash, tokenHash), eq(accountLink.purpose, purpose)));
  if (seen?.usedAt)
    throw new DomainError(
      "LINK_INVALID",
      { key: "errors.account.linkUsed" },
      {
        reason: "used",
      },
    );
  throw new DomainError(
    "LINK_INVALID",
    { key: "errors.account.linkExpired" },
    {
      reason: "expired",
    },
  );
}
