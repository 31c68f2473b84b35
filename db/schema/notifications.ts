import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { order } from "./orders";
import { user } from "./users";

/**
 * The notification outbox: a message is written in the same transaction as the change it tells
 * about (so it is never lost nor sent for a change that rolled back), then delivered afterwards
 * by a sender that can retry. The dev mailbox page shows these rows.
 */
export const notificationKind = pgEnum("notification_kind", [
  "order_ready",
  "lines_missing",
  "order_cancelled",
  "order_expired",
  "refund_issued",
  "sign_up_link",
  "sign_up_attempt",
  "password_changed",
]);
export const notificationStatus = pgEnum("notification_status", ["pending", "sent", "failed"]);

export const notification = pgTable(
  "notification",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: notificationKind("kind").notNull(),
    orderId: uuid("order_id").references(() => order.id, { onDelete: "cascade" }),
    customerId: uuid("customer_id").references(() => user.id, { onDelete: "set null" }),
    toEmail: text("to_email").notNull(),
    subject: text("subject").notNull(),
    /** Plain text: readable in any mail client and in the dev mailbox. */
    body: text("body").notNull(),
    status: notificationStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [index("notification_status_idx").on(t.status, t.createdAt), index("notification_order_idx").on(t.orderId)],
);

export type Notification = typeof notification.$inferSelect;
export type NotificationKind = (typeof notificationKind.enumValues)[number];
