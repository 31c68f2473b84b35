import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { notification, order } from "@/db/schema";
import { DEMO_ACCOUNTS, FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { callerFor, sessionUserFor, trpcCodeOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { locationId, setStock, variantBySku } from "@/server/test/shop";
import { deliverPending, MAX_ATTEMPTS } from "./outbox";
import type { MailMessage, MailTransport } from "./transports";

let t: TestDatabase;
let orderId: string;
let orderNumber: string;
beforeAll(async () => {
  t = await createTestDatabase();
  const madrid = await locationId(t.db, "madrid");
  const variantId = (await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU)).id;
  await setStock(t.db, variantId, madrid, 5);
  // A guest's order: their messages go to the email they gave at checkout.
  const guest = callerFor(t, null).api;
  await guest.cart.addItem({ variantId, quantity: 1 });
  ({ orderNumber } = await guest.checkout.placeOrder({
    idempotencyKey: randomUUID(),
    contact: { email: "guest.mail@example.com", name: "Gus Guest" },
    fulfilment: { type: "pickup", locationId: madrid },
    payment: { method: "pay_at_pickup" },
  }));
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
  const rows = Array.from({ length: n }, (_, i) => ({ kind: "order_ready" as const, orderId, customerId: null, toEmail, subject: `Message ${i}`, body: "Hello" }));
  return (await t.db.insert(notification).values(rows).returning({ id: notification.id })).map((r) => r.id);
}

describe("delivering the outbox", () => {
  it("sends each message once, even when two senders run at once", async () => {
    const ids = await queue("a@example.com", 6);
    const transport = fakeTransport();
    const [first, second] = await Promise.all([deliverPending(t.db, transport), deliverPending(t.db, transport)]);
    expect(first.sent + second.sent).toBe(6);
    expect(transport.sent.map((m) => m.subject).sort()).toEqual(["Message 0", "Message 1", "Message 2", "Message 3", "Message 4", "Message 5"]);
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
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "550 mailbox bounce@example.com unavailable" });
    for (let i = 1; i < MAX_ATTEMPTS; i++) await deliverPending(t.db, transport);
    const [gaveUp] = await t.db.select().from(notification).where(eq(notification.id, bad!));
    expect(gaveUp).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    expect(transport.sent.map((m) => m.to)).toEqual(["fine@example.com"]);
    expect((await t.db.select().from(notification).where(eq(notification.id, good!)))[0]?.status).toBe("sent");
  });
});

describe("the store mailbox", () => {
  it("shows a store's staff the messages about its orders, newest first, and nobody else", async () => {
    const staff = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid)).api;
    await staff.pickup.pickAll({ orderNumber });
    await staff.pickup.markReady({ orderNumber });
    const list = await staff.notifications.list();
    expect(list[0]).toMatchObject({ kind: "order_ready", toEmail: "guest.mail@example.com", orderNumber, status: "pending" });
    const message = await staff.notifications.get({ id: list[0]!.id });
    expect(message.body).toContain(`Your order ${orderNumber} is ready for pickup at Mostrador Madrid`);

    const barcelona = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.staffBarcelona)).api;
    expect(await barcelona.notifications.list()).toEqual([]);
    expect(await trpcCodeOf(barcelona.notifications.get({ id: list[0]!.id }))).toBe("NOT_FOUND");
    const ana = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.customer)).api;
    expect(await trpcCodeOf(ana.notifications.list())).toBe("FORBIDDEN");
    expect(await trpcCodeOf(callerFor(t).api.notifications.get({ id: list[0]!.id }))).toBe("UNAUTHORIZED");
  });
});
