import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { notification, order, stockMovement } from "@/db/schema";
import { DEMO_ACCOUNTS, FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { setPaymentProviderForTests, type PaymentProvider } from "@/server/domain/payments/provider";
import { createTestPaymentProvider, TEST_CARDS } from "@/server/domain/payments/test-provider";
import { callerFor, sessionUserFor, trpcCodeOf, trpcErrorOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { locationId, otherVariants, setStock, stockAt, variantBySku } from "@/server/test/shop";

let t: TestDatabase;
let madrid: string;
let jumper: Awaited<ReturnType<typeof variantBySku>>;
let other: Awaited<ReturnType<typeof variantBySku>>;
/** Every capture the payment provider was asked for. */
const captures: { id: string; amountMinor: number }[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  madrid = await locationId(t.db, "madrid");
  jumper = await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU);
  [other] = (await otherVariants(t.db, 1, [jumper.id])) as [typeof jumper];
  await setStock(t.db, jumper.id, madrid, 20);
  await setStock(t.db, other.id, madrid, 20);
  const real = createTestPaymentProvider();
  const recording: PaymentProvider = {
    ...real,
    capture: async (id, amount) => {
      captures.push({ id, amountMinor: amount.amountMinor });
      return real.capture(id, amount);
    },
  };
  setPaymentProviderForTests(recording);
});
afterAll(async () => {
  setPaymentProviderForTests(null);
  await t.close();
});
afterEach(() => void (captures.length = 0));

const card = { method: "card" as const, card: { number: TEST_CARDS.visa, expiry: "12/30", cvc: "123" } };

/** Ana orders 2 jumpers and 1 of another item for pickup in Madrid. */
async function placeOrder(
  payment: typeof card | { method: "pay_at_pickup" } = { method: "pay_at_pickup" },
  lines = [{ variantId: jumper.id, quantity: 2 }],
  locale: "es" | "en" = "en",
) {
  const ana = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.customer), {}, { locale }).api;
  for (const line of lines) await ana.cart.addItem(line);
  const placed = await ana.checkout.placeOrder({
    idempotencyKey: randomUUID(),
    fulfilment: { type: "pickup", locationId: madrid },
    payment,
  });
  const staff = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid)).api;
  return { ...placed, ana, staff };
}

const twoLines = () => [
  { variantId: jumper.id, quantity: 2 },
  { variantId: other.id, quantity: 1 },
];

async function messagesFor(orderNumber: string) {
  return t.db
    .select({
      kind: notification.kind,
      toEmail: notification.toEmail,
      subject: notification.subject,
      body: notification.body,
      status: notification.status,
    })
    .from(notification)
    .innerJoin(order, eq(order.id, notification.orderId))
    .where(eq(order.number, orderNumber))
    .orderBy(desc(notification.createdAt));
}

describe("picking line by line", () => {
  it("confirms units by scanned barcode or typed SKU, refuses codes not in the order and over-picking, and needs every line before ready", async () => {
    const { orderNumber, pickupCode, staff, ana } = await placeOrder(undefined, twoLines());
    const detail = await staff.pickup.order({ orderNumber });
    expect(detail.lines.map((l) => [l.sku, l.barcode, l.quantity, l.picked, l.missing])).toEqual(
      [
        [jumper.sku, jumper.barcode, 2, 0, 0],
        [other.sku, other.barcode, 1, 0, 0],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );

    // The first scan starts picking.
    const scanned = await staff.pickup.pickLine({ orderNumber, code: jumper.barcode });
    expect(scanned).toMatchObject({ status: "picking", line: { sku: jumper.sku, picked: 1, quantity: 2 }, left: 2 });
    expect((await ana.orders.get({ number: orderNumber })).status).toBe("picking");

    const wrong = await trpcErrorOf(staff.pickup.pickLine({ orderNumber, code: "0000000000000" }));
    expect([wrong.code, wrong.message]).toEqual(["BAD_REQUEST", expect.stringMatching(/isn’t in this order/)]);

    // Typed in lower case, with spaces around it.
    expect(await staff.pickup.pickLine({ orderNumber, code: `  ${jumper.sku.toLowerCase()} ` })).toMatchObject({
      line: { picked: 2 },
      left: 1,
    });
    const over = await trpcErrorOf(staff.pickup.pickLine({ orderNumber, code: jumper.sku }));
    expect([over.code, over.message]).toEqual(["CONFLICT", expect.stringMatching(/already picked/)]);

    const notYet = await trpcErrorOf(staff.pickup.markReady({ orderNumber }));
    expect([notYet.code, notYet.message]).toEqual(["CONFLICT", expect.stringMatching(/1 item to pick/)]);
    expect(await messagesFor(orderNumber)).toEqual([]);

    // A tap on the line confirms it too.
    const otherLine = detail.lines.find((l) => l.sku === other.sku)!;
    expect(await staff.pickup.pickLine({ orderNumber, lineId: otherLine.id })).toMatchObject({ left: 0 });
    expect(await staff.pickup.markReady({ orderNumber })).toEqual({ orderNumber, status: "ready" });
    expect(await trpcCodeOf(staff.pickup.pickLine({ orderNumber, code: jumper.sku }))).toBe("CONFLICT");

    const [ready, ...rest] = await messagesFor(orderNumber);
    expect(rest).toEqual([]);
    expect(ready).toMatchObject({
      kind: "order_ready",
      toEmail: DEMO_ACCOUNTS.customer,
      status: "pending",
      subject: `Your order ${orderNumber} is ready for pickup at Mostrador Madrid`,
    });
    expect(ready!.body).toContain(`Your pickup code: ${pickupCode}`);
    expect(ready!.body).toMatch(/Opening hours/);
  });
});

describe("the customer's messages", () => {
  it("are written in the language the order was placed in, whatever the console's", async () => {
    // By card: Ana's pay-at-pickup orders are limited, and the other tests take them.
    const { orderNumber, pickupCode, staff } = await placeOrder(card, undefined, "es");
    await staff.pickup.pickLine({ orderNumber, code: jumper.sku });
    await staff.pickup.pickLine({ orderNumber, code: jumper.sku });
    await staff.pickup.markReady({ orderNumber });
    const [ready] = await messagesFor(orderNumber);
    expect(ready!.subject).toBe(`Tu pedido ${orderNumber} ya está listo para recoger en Mostrador Madrid`);
    expect(ready!.body).toContain(`Tu código de recogida: ${pickupCode}`);
    expect(ready!.body).toMatch(/Horario:\n {2}lun/);
    expect(ready!.body).toMatch(/Total: \d+,\d{2}\s€; se cobrará en tu tarjeta cuando lo recojas\./);
  });
});

describe("lines not on the shelf", () => {
  it("release their units, correct the store's stock, lower the total the card is charged, and tell the customer", async () => {
    const { orderNumber, pickupCode, staff, ana } = await placeOrder(card, twoLines());
    const before = await stockAt(t.db, jumper.id, madrid);
    const placedTotal = (await ana.orders.get({ number: orderNumber })).total.amountMinor;
    const jumperLine = (await staff.pickup.order({ orderNumber })).lines.find((l) => l.sku === jumper.sku)!;

    expect(await trpcCodeOf(staff.pickup.markMissing({ orderNumber, lineId: jumperLine.id, quantity: 3 }))).toBe(
      "BAD_REQUEST",
    );
    const result = await staff.pickup.markMissing({
      orderNumber,
      lineId: jumperLine.id,
      quantity: 1,
      reason: "Empty hanger",
    });
    expect(result).toMatchObject({ status: "picking", total: { amountMinor: placedTotal - jumper.priceMinor } });

    expect(await stockAt(t.db, jumper.id, madrid)).toEqual({
      onHand: before.onHand - 1,
      reserved: before.reserved - 1,
    });
    const movements = await t.db
      .select()
      .from(stockMovement)
      .where(and(eq(stockMovement.variantId, jumper.id), eq(stockMovement.kind, "missing")));
    const staffId = (await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid)).id;
    expect(movements).toEqual([
      expect.objectContaining({
        locationId: madrid,
        delta: -1,
        onHandAfter: before.onHand - 1,
        reason: "Empty hanger",
        actorId: staffId,
      }),
    ]);
    expect(movements[0]!.orderId).toBe((await staff.pickup.order({ orderNumber })).id);

    const seen = await ana.orders.get({ number: orderNumber });
    expect(seen.total.amountMinor).toBe(placedTotal - jumper.priceMinor);
    expect(seen.lines.find((l) => l.sku === jumper.sku)).toMatchObject({
      quantity: 2,
      missing: 1,
      lineTotal: { amountMinor: jumper.priceMinor },
    });
    expect(seen.timeline.at(-1)?.note).toMatch(/unavailable — not charged/);

    const [told] = await messagesFor(orderNumber);
    expect(told).toMatchObject({ kind: "lines_missing", toEmail: DEMO_ACCOUNTS.customer });
    expect(told!.body).toContain("You won’t be charged for them.");
    expect(told!.body).toMatch(/New total: /);

    // The rest is picked, readied and handed over: the card is captured for the lower total.
    await staff.pickup.pickLine({ orderNumber, code: jumper.sku });
    await staff.pickup.pickLine({ orderNumber, code: other.sku });
    await staff.pickup.markReady({ orderNumber });
    await staff.pickup.handover({ orderNumber, pickupCode: pickupCode! });
    expect(captures.map((c) => c.amountMinor)).toEqual([placedTotal - jumper.priceMinor]);
    expect(await stockAt(t.db, jumper.id, madrid)).toEqual({
      onHand: before.onHand - 2,
      reserved: before.reserved - 2,
    });
  });

  it("cancel the order when nothing at all can be found, voiding the card and telling the customer", async () => {
    const before = await stockAt(t.db, other.id, madrid);
    const { orderNumber, staff, ana } = await placeOrder(card, [{ variantId: other.id, quantity: 1 }]);
    const [line] = (await staff.pickup.order({ orderNumber })).lines;
    expect(await staff.pickup.markMissing({ orderNumber, lineId: line!.id })).toMatchObject({ status: "cancelled" });
    expect(await stockAt(t.db, other.id, madrid)).toEqual({ onHand: before.onHand - 1, reserved: before.reserved });
    expect(await ana.orders.get({ number: orderNumber })).toMatchObject({
      status: "cancelled",
      paymentStatus: "voided",
      total: { amountMinor: 0 },
    });
    expect((await messagesFor(orderNumber)).map((m) => m.kind)).toEqual(["order_cancelled"]);
    expect(await trpcCodeOf(staff.pickup.markMissing({ orderNumber, lineId: line!.id }))).toBe("CONFLICT");
  });

  it("refuse a line already picked", async () => {
    const { orderNumber, staff } = await placeOrder();
    await staff.pickup.pickAll({ orderNumber });
    const [line] = (await staff.pickup.order({ orderNumber })).lines;
    expect(await trpcCodeOf(staff.pickup.markMissing({ orderNumber, lineId: line!.id }))).toBe("CONFLICT");
  });
});

describe("who may pick", () => {
  it("another store's staff find no such order, shoppers are refused", async () => {
    const { orderNumber, staff, ana } = await placeOrder();
    const [line] = (await staff.pickup.order({ orderNumber })).lines;
    const barcelona = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.staffBarcelona)).api;
    expect(await trpcCodeOf(barcelona.pickup.order({ orderNumber }))).toBe("NOT_FOUND");
    expect(await trpcCodeOf(barcelona.pickup.pickLine({ orderNumber, code: jumper.sku }))).toBe("NOT_FOUND");
    expect(await trpcCodeOf(barcelona.pickup.markMissing({ orderNumber, lineId: line!.id }))).toBe("NOT_FOUND");
    expect(await trpcCodeOf(ana.pickup.order({ orderNumber }))).toBe("FORBIDDEN");
    expect(await trpcCodeOf(ana.pickup.pickLine({ orderNumber, code: jumper.sku }))).toBe("FORBIDDEN");
    expect(await trpcCodeOf(ana.pickup.markMissing({ orderNumber, lineId: line!.id }))).toBe("FORBIDDEN");
    expect(await trpcCodeOf(ana.pickup.pickAll({ orderNumber }))).toBe("FORBIDDEN");
    expect((await staff.pickup.order({ orderNumber })).lines[0]).toMatchObject({ picked: 0, missing: 0 });
  });
});
