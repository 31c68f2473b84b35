import "server-only";
import { and, desc, eq, isNull, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notification, order } from "@/db/schema";
import { notFound } from "@/server/errors";

type Scope = {
  storeId: string;
  /**
   * Also messages about accounts (sign-up links, password changes), which belong to no store:
   * for admins on the dev mailbox only, where these rows are the only copy of the mail.
   */
  accountMail: boolean;
};

function inScope(scope: Scope) {
  const store = eq(order.locationId, scope.storeId);
  return scope.accountMail ? or(store, isNull(notification.orderId)) : store;
}

/**
 * The outbox as a mailbox, for one store: messages about its orders only, newest first. With the
 * dev mailbox transport these rows are the only copy of the mail; with SMTP they show what was sent.
 */
export async function storeMailbox(db: Db, scope: Scope, limit = 50) {
  return db
    .select({
      id: notification.id,
      kind: notification.kind,
      toEmail: notification.toEmail,
      subject: notification.subject,
      status: notification.status,
      attempts: notification.attempts,
      createdAt: notification.createdAt,
      sentAt: notification.sentAt,
      orderNumber: order.number,
    })
    .from(notification)
    .leftJoin(order, eq(order.id, notification.orderId))
    .where(inScope(scope))
    .orderBy(desc(notification.createdAt))
    .limit(limit);
}

export async function storeMailboxMessage(db: Db, scope: Scope, id: string) {
  const [row] = await db
    .select({
      id: notification.id,
      kind: notification.kind,
      toEmail: notification.toEmail,
      subject: notification.subject,
      body: notification.body,
      status: notification.status,
      attempts: notification.attempts,
      lastError: notification.lastError,
      createdAt: notification.createdAt,
      sentAt: notification.sentAt,
      orderNumber: order.number,
    })
    .from(notification)
    .leftJoin(order, eq(order.id, notification.orderId))
    .where(and(eq(notification.id, id), inScope(scope)));
  if (!row) throw notFound("message");
  return row;
}
