import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { notification, order } from "@/db/schema";
import { FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { addItem } from "@/server/domain/cart/cart";
import { placeOrder } from "@/server/domain/checkout/checkout";
import { createTestPaymentProvider } from "@/server/domain/payments/test-provider";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { locationId, newGuest, setStock, variantBySku } from "@/server/test/shop";
import { deliverPending, MAX_ATTEMPTS } from "./outbox";
import type { MailMessage, MailTransport } from "./transports";

let t: TestDatabase;
let orderId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  const madrid = await locationId(t.db, "madrid");
  const variantId = (await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU)).id;
  await setStock(t.db, variantId, madrid, 5);
  // A guest's order, for the messages to be about.
  const guest = newGuest();
  await addItem(t.db, guest, variantId, 1);
  const { orderNumber } = await placeOrder(
    t.db,
    guest,
    {
      idempotencyKey: randomUUID(),
      contact: { email: "guest.mail@example.com", name: "Gus Guest" },
      fulfilment: { type: "pickup", locationId: madrid },
      payment: { method: "pay_at_pickup" },
    },
    createTestPaymentProvider(),
  );
  orderId = (await t.db.select({ id: order.id }).from(order).where(eq(order.number, orderNumber)))[0]!.id;
});
afterAll(() => t.close());
beforeEach(() => t.db.delete(notification));

/** A transport that records what it sent, slowly (so two senders overlap), failing for some addresses. */
function fakeTransport(failFor: string[] = []): MailTransport & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return {
    kind: "dev-mailbox",
    sent,
    async send(message) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (failFor.includes(message.to)) throw new Error(`550 mailbox ${message.to} unavailable`);
      sent.push(message);
    },
  };
}

async function queue(toEmail: string, n = 1) {
  const rows = Array.from({ length: n }, (_, i) => ({
    kind: "order_ready" as const,
    orderId,
    customerId: null,
    toEmail,
    subject: `Message ${i}`,
    body: "Hello",
  }));
  return (await t.db.insert(notification).values(rows).returning({ id: notification.id })).map((r) => r.id);
}

describe("delivering the outbox", () => {
  it("sends each message once, even when two senders run at once", async () => {
    const ids = await queue("a@example.com", 6);
    const transport = fakeTransport();
    const [first, second] = await Promise.all([deliverPending(t.db, transport), deliverPending(t.db, transport)]);
    expect(first.sent + second.sent).toBe(6);
    expect(transport.sent.map((m) => m.subject).sort()).toEqual([
      "Message 0",
      "Message 1",
      "Message 2",
      "Message 3",
      "Message 4",
      "Message 5",
    ]);
    const rows = await t.db.select().from(notification).where(inArray(notification.id, ids));
    expect(rows.every((r) => r.status === "sent" && r.attempts === 1 && r.sentAt !== null)).toBe(true);
    expect(await deliverPending(t.db, transport)).toEqual({ sent: 0, failed: 0, retrying: 0 });
  });

  it("counts failed attempts with their error, and gives up after the last one", async () => {
    const [bad] = await queue("bounce@example.com");
    const [good] = await queue("fine@example.com");
    const transport = fakeTransport(["bounce@example.com"]);
    expect(await deliverPending(t.db, transport)).toEqual({ sent: 1, failed: 0, retrying: 1 });
    const [row] = await t.db.select().from(notification).where(eq(notification.id, bad!));
    expect(row).toMatchObject({
      status: "pending",
      attempts: 1,
      lastError: "550 mailbox bounce@example.com unavailable",
    });
    for (let i = 1; i < MAX_ATTEMPTS; i++) await deliverPending(t.db, transport);
    const [gaveUp] = await t.db.select().from(notification).where(eq(notification.id, bad!));
    expect(gaveUp).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    expect(transport.sent.map((m) => m.to)).toEqual(["fine@example.com"]);
    expect((await t.db.select().from(notification).where(eq(notification.id, good!)))[0]?.status).toBe("sent");
  });
});
