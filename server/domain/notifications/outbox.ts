import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { env } from "@/env";
import { notification, type NotificationKind } from "@/db/schema";
import type { Tx } from "@/db/client";
import { mailTransport, type MailTransport } from "./transports";
import { log } from "@/server/log";

export type QueuedMessage = {
  kind: NotificationKind;
  orderId: string | null;
  customerId: string | null;
  toEmail: string;
  subject: string;
  body: string;
};

/**
 * Puts a message in the outbox inside the caller's transaction: it is sent only if the change it
 * tells about commits. Orders without an email (a walk-in sale) have nobody to tell.
 */
export async function queueNotification(tx: Tx, message: QueuedMessage) {
  if (!message.toEmail.trim()) return null;
  const [row] = await tx.insert(notification).values(message).returning({ id: notification.id });
  return row?.id ?? null;
}

/** After this many failed tries a message is marked failed and left for a person to look at. */
export const MAX_ATTEMPTS = 5;

/**
 * Sends what is pending, oldest first. Rows are claimed with FOR UPDATE SKIP LOCKED and held
 * until their outcome is written, so two senders at once (the timer and an after-commit run, or
 * two instances) never send one message twice. A failure counts an attempt and keeps the error.
 */
export async function deliverPending(
  db: Db,
  transport: MailTransport,
  opts: { limit?: number; maxAttempts?: number } = {},
) {
  const maxAttempts = opts.maxAttempts ?? MAX_ATTEMPTS;
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(notification)
      .where(eq(notification.status, "pending"))
      .orderBy(asc(notification.createdAt))
      .limit(opts.limit ?? 25)
      .for("update", { skipLocked: true });
    const outcome = { sent: 0, failed: 0, retrying: 0 };
    for (const message of due) {
      try {
        await transport.send({ to: message.toEmail, subject: message.subject, text: message.body });
        await tx
          .update(notification)
          .set({ status: "sent", attempts: sql`${notification.attempts} + 1`, sentAt: sql`now()`, lastError: null })
          .where(eq(notification.id, message.id));
        outcome.sent++;
      } catch (err) {
        const giveUp = message.attempts + 1 >= maxAttempts;
        await tx
          .update(notification)
          .set({
            status: giveUp ? "failed" : "pending",
            attempts: sql`${notification.attempts} + 1`,
            lastError: (err instanceof Error ? err.message : String(err)).slice(0, 500),
          })
          .where(eq(notification.id, message.id));
        outcome[giveUp ? "failed" : "retrying"]++;
      }
    }
    return outcome;
  });
}

/**
 * After a change commits: try to send its messages now, without making the staff member wait.
 * Whatever fails is retried by the timer in instrumentation.ts. Tests call deliverPending themselves.
 */
export function deliverSoon(db: Db) {
  if (env.NODE_ENV === "test") return;
  void deliverPending(db, mailTransport())
    .then((r) => r.failed + r.retrying > 0 && log.warn({ unsent: r.failed + r.retrying }, "mail not sent; will retry"))
    .catch((err: unknown) => log.error({ err }, "delivering mail failed"));
}
