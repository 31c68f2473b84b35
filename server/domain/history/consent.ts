import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import type { Consent } from "@/lib/consent";
import { user } from "@/db/schema";

/**
 * May this shopper's web browsing (views, searches, adds to cart) be recorded for their history
 * and the shop's analytics? A guest: only if their cookie choice allows analytics. A signed-in
 * person: their account's privacy setting, off until they say yes. Orders and store-side
 * touchpoints need no consent and never ask.
 */
export async function mayRecordAnalytics(
  db: Db | Tx,
  who: { customerId: string | null; consent: Consent | null },
): Promise<boolean> {
  if (!who.customerId) return who.consent?.analytics === true;
  const [row] = await db.select({ allowed: user.analyticsConsent }).from(user).where(eq(user.id, who.customerId));
  return row?.allowed === true;
}

/** The account's privacy setting, and when it was chosen (null: never). */
export async function analyticsChoiceOf(db: Db, customerId: string) {
  const [row] = await db
    .select({ allowed: user.analyticsConsent, chosenAt: user.analyticsConsentAt })
    .from(user)
    .where(eq(user.id, customerId));
  return row ?? { allowed: false, chosenAt: null };
}

export async function setAnalyticsConsent(db: Db | Tx, customerId: string, allowed: boolean, now = new Date()) {
  await db.update(user).set({ analyticsConsent: allowed, analyticsConsentAt: now }).where(eq(user.id, customerId));
  return { allowed };
}

/**
 * At sign-in: an account that has never chosen takes the choice this browser made in the banner
 * (an explicit choice by the person now signing in). One already chosen keeps its own.
 */
export async function adoptBrowserConsent(tx: Tx, customerId: string, consent: Consent | null, now = new Date()) {
  if (!consent) return;
  await tx
    .update(user)
    .set({ analyticsConsent: consent.analytics, analyticsConsentAt: now })
    .where(and(eq(user.id, customerId), isNull(user.analyticsConsentAt)));
}
