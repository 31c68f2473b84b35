/**
 * The SQL statements each operation sends, one operation at a time, counted on the database the
 * race used, and their table (with BENCH_SQL_TRACE=1, one run's statements too).
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { location, stockLevel, user, variant } from "@/db/schema";
import { DEMO_ACCOUNTS, LOCATION_SLUGS } from "@/db/seed/fixtures";
import { addItem } from "@/server/domain/cart/cart";
import type { Shopper } from "@/server/domain/customers/shopper";
import { holdForCheckout, placeOrder } from "@/server/domain/checkout/checkout";
import type { PlaceOrderInput } from "@/server/domain/checkout/inputs";
import { createTestPaymentProvider, TEST_CARDS } from "@/server/domain/payments/test-provider";
import { sellAtCounter } from "@/server/domain/pos/sale";
import { buyerContact, pickupOrder, VARIANTS } from "./orders-shop";
import { formatTally, shortStatement, type StatementCounter } from "./statements";

const SQL_RUNS = Number(process.env.BENCH_SQL_RUNS ?? 20);
const SQL_TRACE = process.env.BENCH_SQL_TRACE === "1";

const OPERATIONS = {
  add: "add to cart",
  hold: "hold (pickup, Madrid, 15 min)",
  pickup: "place order (guest, pickup, pay at pickup)",
  heldPickup: "place order after hold (same)",
  delivery: "place order (guest, delivery, card)",
  sale: "counter sale (basket, cash)",
} as const;

/**
 * One operation at a time, SQL_RUNS times each, on the database the race used (its stock reset):
 * the bench's own pickup order, the same after a checkout hold, a card delivery order, and the
 * mixed race's counter sale.
 */
export async function countStatements(database: Database, statements: StatementCounter) {
  const { db } = database;
  const [store] = await db.select({ id: location.id }).from(location).where(eq(location.slug, LOCATION_SLUGS.madrid));
  const storeId = store!.id;
  const variants = (await db.select({ id: variant.id }).from(variant).limit(VARIANTS)).map((v) => v.id);
  // Three units a run at the store: the pickup order, the held one, the counter sale.
  await db
    .update(stockLevel)
    .set({ onHand: 3 * Math.ceil(SQL_RUNS / VARIANTS), reserved: 0 })
    .where(and(eq(stockLevel.locationId, storeId), inArray(stockLevel.variantId, variants)));
  const [staff] = await db.select({ id: user.id }).from(user).where(eq(user.email, DEMO_ACCOUNTS.staffMadrid));
  const counter = { store: { id: storeId, code: "MAD", name: "Mostrador Madrid" }, staffId: staff!.id };
  const payments = createTestPaymentProvider();
  const pickup = (): PlaceOrderInput => pickupOrder(storeId);
  const delivery = (): PlaceOrderInput => ({
    idempotencyKey: randomUUID(),
    contact: buyerContact(),
    fulfilment: {
      type: "delivery",
      address: { name: "Bench", line1: "Calle Mayor 1", city: "Madrid", postalCode: "28013", country: "ES" },
    },
    payment: {
      method: "card",
      card: { number: TEST_CARDS.visa, expiry: `12/${(new Date().getFullYear() + 1) % 100}`, cvc: "123" },
    },
  });
  const guest = (): Shopper => ({ kind: "guest", id: randomUUID() });

  for (let i = 0; i < SQL_RUNS; i++) {
    const variantId = variants[i % VARIANTS]!;
    const plain = guest();
    await statements.measure(OPERATIONS.add, () => addItem(db, plain, variantId, 1));
    await statements.measure(OPERATIONS.pickup, () => placeOrder(db, plain, pickup(), payments));

    const held = guest();
    await addItem(db, held, variantId, 1);
    const hold = await statements.measure(OPERATIONS.hold, () =>
      holdForCheckout(db, held, { type: "pickup", locationId: storeId }, 15),
    );
    if (!hold.held) throw new Error(`${database.driver}: the hold was refused`);
    await statements.measure(OPERATIONS.heldPickup, () => placeOrder(db, held, pickup(), payments));

    const delivered = guest();
    await addItem(db, delivered, variantId, 1);
    await statements.measure(OPERATIONS.delivery, () => placeOrder(db, delivered, delivery(), payments));

    await statements.measure(OPERATIONS.sale, () =>
      sellAtCounter(
        db,
        counter,
        {
          customerId: null,
          source: { from: "basket", lines: [{ variantId, quantity: 1 }] },
          payment: { method: "cash" },
          idempotencyKey: randomUUID(),
        },
        payments,
      ),
    );
  }
}

export function printStatements(counted: { driver: string; statements: StatementCounter }[]) {
  console.log(
    `\nSQL statements per operation: one operation at a time, mean of ${SQL_RUNS} (BEGIN, COMMIT and the event bus's NOTIFY included)`,
  );
  console.table(
    Object.values(OPERATIONS).map((label) => ({
      operation: label,
      ...Object.fromEntries(
        counted.map(({ driver, statements }) => [driver, formatTally(statements.tallies().get(label))]),
      ),
    })),
  );
  if (!SQL_TRACE) return;
  for (const label of Object.values(OPERATIONS)) {
    for (const { driver, statements } of counted) {
      const sample = statements.tallies().get(label)?.sample ?? [];
      console.log(`\n${label} on ${driver}: ${sample.length} statements`);
      sample.forEach((sql, i) => console.log(`${String(i + 1).padStart(3)}  ${shortStatement(sql)}`));
    }
  }
}
