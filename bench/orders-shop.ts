/**
 * The shop bench/orders.ts races in: its sizes, the helpers every scenario shares, and the
 * history seeded before any clock starts.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { tidyPglite, type Database, type Db } from "@/db/client";
import { location, stockLevel } from "@/db/schema";
import { LOCATION_SLUGS } from "@/db/seed/fixtures";
import { addItem } from "@/server/domain/cart/cart";
import type { Shopper } from "@/server/domain/customers/shopper";
import { placeOrder } from "@/server/domain/checkout/checkout";
import type { PlaceOrderInput } from "@/server/domain/checkout/inputs";
import { createTestPaymentProvider } from "@/server/domain/payments/test-provider";
import { sellAtCounter } from "@/server/domain/pos/sale";

export const ORDERS = Number(process.env.BENCH_ORDERS ?? 1000);
export const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
export const VARIANTS = 20;
/** Fewer units than orders, so the last units are raced for and some orders must fail. */
export const UNITS_PER_VARIANT = Math.floor((ORDERS * 0.75) / VARIANTS);
/** Runs of each path before the clock starts, so every pooled connection has planned its statements. */
const WARM_UP = CONCURRENCY * 4;
/** Orders the shop has taken before the run: a shop has a history, and its tables are not empty. */
const HISTORY = Number(process.env.BENCH_HISTORY ?? 1000);

export async function runPool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
  return (performance.now() - started) / 1000;
}

export async function stockAtStore(db: Db, storeId: string, variantIds: string[]) {
  return db
    .select({ variantId: stockLevel.variantId, onHand: stockLevel.onHand, reserved: stockLevel.reserved })
    .from(stockLevel)
    .where(and(eq(stockLevel.locationId, storeId), inArray(stockLevel.variantId, variantIds)));
}

export async function resetStock(db: Db, storeId: string, variantIds: string[]) {
  await db
    .update(stockLevel)
    .set({ onHand: UNITS_PER_VARIANT, reserved: 0 })
    .where(and(eq(stockLevel.locationId, storeId), inArray(stockLevel.variantId, variantIds)));
}

/** Statistics as a running server has them: PostgreSQL's autovacuum keeps them, the app's beat on PGlite. */
export async function freshStatistics(database: Database) {
  if (database.driver === "pglite") await tidyPglite(database);
  else await database.db.execute(sql`analyze`);
}

/** Each buyer is someone else, with an email of their own: one email may keep only a few pay-at-pickup orders open. */
export function buyerContact() {
  return { email: `bench-${randomUUID()}@example.com`, name: "Bench" };
}

export function pickupOrder(locationId: string): PlaceOrderInput {
  return {
    idempotencyKey: randomUUID(),
    contact: buyerContact(),
    fulfilment: { type: "pickup", locationId },
    payment: { method: "pay_at_pickup" },
  };
}

export function bareReservation(db: Db, variantId: string, locationId: string) {
  return db.transaction(async (tx) =>
    tx
      .update(stockLevel)
      .set({ reserved: sql`${stockLevel.reserved} + 1` })
      .where(
        and(
          eq(stockLevel.variantId, variantId),
          eq(stockLevel.locationId, locationId),
          sql`${stockLevel.onHand} - ${stockLevel.reserved} >= 1`,
        ),
      )
      .returning({ v: stockLevel.variantId }),
  );
}

/**
 * Every path once per pooled connection and more, at another store, before any clock starts: a
 * server that has run a minute has planned its statements, and the first call on each
 * connection should not count against either side of a ratio. The web orders are the shop's
 * history (HISTORY of them): with empty tables, PostgreSQL plans its own foreign-key checks as
 * scans of the whole table, and keeps those plans while the table grows.
 */
export async function warmUp(db: Db, variants: string[], staffId: string) {
  const [store] = await db.select({ id: location.id }).from(location).where(eq(location.slug, LOCATION_SLUGS.valencia));
  const storeId = store!.id;
  await db
    .update(stockLevel)
    .set({ onHand: 1_000_000, reserved: 0 })
    .where(and(eq(stockLevel.locationId, storeId), inArray(stockLevel.variantId, variants)));
  const shoppers: Shopper[] = [];
  for (let i = 0; i < HISTORY; i++) {
    const shopper: Shopper = { kind: "guest", id: randomUUID() };
    await addItem(db, shopper, variants[i % VARIANTS]!, 1);
    shoppers.push(shopper);
  }
  const payments = createTestPaymentProvider();
  const counter = { store: { id: storeId, code: "VLC", name: "Mostrador Valencia" }, staffId };
  await runPool(
    shoppers,
    CONCURRENCY,
    async (shopper) => void (await placeOrder(db, shopper, pickupOrder(storeId), payments)),
  );
  const few = shoppers.slice(0, WARM_UP);
  await runPool(few, CONCURRENCY, async () => void (await bareReservation(db, variants[0]!, storeId)));
  await runPool(few, CONCURRENCY, async () => {
    await sellAtCounter(
      db,
      counter,
      {
        customerId: null,
        source: { from: "basket", lines: [{ variantId: variants[0]!, quantity: 1 }] },
        payment: { method: "cash" },
        idempotencyKey: randomUUID(),
      },
      payments,
    );
  });
}
