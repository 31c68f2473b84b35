import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notification, order } from "@/db/schema";
import { notFound } from "@/server/errors";

/**
 * The outbox as a mailbox, for one store: messages about its orders only, newest first. With the
 * dev mailbox transport these rows are the only copy of the mail; with SMTP they show what was sent.
 */
export async function storeMailbox(db: Db, storeId: string, limit = 50) {
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
    .innerJoin(order, eq(order.id, notification.orderId))
    .where(eq(order.locationId, storeId))
    .orderBy(desc(notification.createdAt))
    .limit(limit);
}

export async function storeMailboxMessage(db: Db, storeId: string, id: string) {
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
    .innerJoin(order, eq(order.id, notification.orderId))
    .where(and(eq(notification.id, id), eq(order.locationId, storeId)));
  if (!row) throw notFound("That message");
  return row;
}
