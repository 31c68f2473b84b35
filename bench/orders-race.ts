/**
 * The timed scenarios: web orders racing for a store's last units, in turns with the bare SQL
 * reservation as their floor, then web orders and counter sales racing each other. Each ends
 * with an exactness check, and throws when it fails.
 */
import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { location, order, user, variant } from "@/db/schema";
import { DEMO_ACCOUNTS, LOCATION_SLUGS } from "@/db/seed/fixtures";
import { seed } from "@/db/seed/seed";
import { addItem } from "@/server/domain/cart/cart";
import type { Shopper } from "@/server/domain/customers/shopper";
import { placeOrder } from "@/server/domain/checkout/checkout";
import { createTestPaymentProvider } from "@/server/domain/payments/test-provider";
import { sellAtCounter } from "@/server/domain/pos/sale";
import {
  bareReservation,
  CONCURRENCY,
  freshStatistics,
  ORDERS,
  pickupOrder,
  resetStock,
  runPool,
  stockAtStore,
  UNITS_PER_VARIANT,
  VARIANTS,
  warmUp,
} from "./orders-shop";

/** Turns the orders and the bare transactions take. */
const SLICES = 5;

export type Result = {
  driver: string;
  placed: number;
  refused: number;
  ordersPerSecond: number;
  bareSqlPerSecond: number;
  /** Web orders and counter sales racing for the same units, together per second. */
  mixedPerSecond: number;
};

export async function bench(driver: string, database: Database): Promise<Result> {
  const { db } = database;
  await seed(db);
  const [store] = await db.select({ id: location.id }).from(location).where(eq(location.slug, LOCATION_SLUGS.madrid));
  const storeId = store!.id;
  // The bare transactions reserve the same variants' units at another store, in turns with the orders.
  const [bareStore] = await db
    .select({ id: location.id })
    .from(location)
    .where(eq(location.slug, LOCATION_SLUGS.barcelona));
  const bareStoreId = bareStore!.id;
  const variants = (await db.select({ id: variant.id }).from(variant).limit(VARIANTS)).map((v) => v.id);
  const [staff] = await db.select({ id: user.id }).from(user).where(eq(user.email, DEMO_ACCOUNTS.staffMadrid));
  await warmUp(db, variants, staff!.id);
  await resetStock(db, storeId, variants);
  await resetStock(db, bareStoreId, variants);

  // Carts are filled before the clock starts: the figure is for placing orders only. Then
  // statistics that know about the new carts.
  const carts: { shopper: Shopper; variantId: string }[] = [];
  for (let i = 0; i < ORDERS; i++) {
    const shopper: Shopper = { kind: "guest", id: randomUUID() };
    const variantId = variants[i % VARIANTS]!;
    await addItem(db, shopper, variantId, 1);
    carts.push({ shopper, variantId });
  }
  await freshStatistics(database);
  // Other locations' stock let the carts fill; the race is for the store's units only.
  const payments = createTestPaymentProvider();
  let placed = 0;
  let refused = 0;
  // The orders and the floor (the same number of bare conditional-update transactions, same
  // concurrency) run in turns, a slice each, so that a change in the shared machine's load falls
  // on both sides of the ratio.
  let seconds = 0;
  let bareSeconds = 0;
  let bareReserved = 0;
  const slice = Math.ceil(ORDERS / SLICES);
  for (let start = 0; start < ORDERS; start += slice) {
    const part = carts.slice(start, start + slice);
    seconds += await runPool(part, CONCURRENCY, async ({ shopper }) => {
      try {
        await placeOrder(db, shopper, pickupOrder(storeId), payments);
        placed++;
      } catch (err) {
        if ((err as { code?: string }).code !== "OUT_OF_STOCK") throw err;
        refused++;
      }
    });
    bareSeconds += await runPool(part, CONCURRENCY, async ({ variantId }) => {
      const updated = await bareReservation(db, variantId, bareStoreId);
      bareReserved += updated.length;
    });
  }

  // Exactness: every unit sold once, no more orders than units, nothing reserved beyond stock.
  const units = VARIANTS * UNITS_PER_VARIANT;
  const after = await stockAtStore(db, storeId, variants);
  const reserved = after.reduce((n, s) => n + s.reserved, 0);
  const [orders] = await db.select({ n: count() }).from(order).where(eq(order.locationId, storeId));
  const exact =
    placed === units && reserved === units && orders?.n === units && after.every((s) => s.reserved === s.onHand);
  if (!exact)
    throw new Error(
      `${driver}: NOT EXACT — placed ${placed}, reserved ${reserved}, orders ${orders?.n}, units ${units}`,
    );

  if (bareReserved !== units) throw new Error(`${driver}: bare SQL reserved ${bareReserved} of ${units}`);

  // Omnichannel: half the buyers order online, half buy at the store's counter, all at once,
  // for the same units. Sold once each: every unit is either reserved for an order or gone.
  await resetStock(db, storeId, variants);
  const counter = { store: { id: storeId, code: "MAD", name: "Mostrador Madrid" }, staffId: staff!.id };
  const buyers: { online: Shopper | null; variantId: string }[] = [];
  for (let i = 0; i < ORDERS; i++) {
    const variantId = variants[i % VARIANTS]!;
    if (i % 2) {
      buyers.push({ online: null, variantId });
      continue;
    }
    const shopper: Shopper = { kind: "guest", id: randomUUID() };
    await addItem(db, shopper, variantId, 1);
    buyers.push({ online: shopper, variantId });
  }
  await freshStatistics(database);
  let sold = 0;
  const mixedSeconds = await runPool(buyers, CONCURRENCY, async ({ online, variantId }) => {
    try {
      if (online) {
        await placeOrder(db, online, pickupOrder(storeId), payments);
      } else {
        await sellAtCounter(
          db,
          counter,
          {
            customerId: null,
            source: { from: "basket", lines: [{ variantId, quantity: 1 }] },
            payment: { method: "cash" },
            idempotencyKey: randomUUID(),
          },
          payments,
        );
      }
      sold++;
    } catch (err) {
      if ((err as { code?: string }).code !== "OUT_OF_STOCK") throw err;
    }
  });
  const mixed = await stockAtStore(db, storeId, variants);
  const gone = mixed.reduce((n, s) => n + (UNITS_PER_VARIANT - s.onHand), 0);
  const stillReserved = mixed.reduce((n, s) => n + s.reserved, 0);
  if (sold !== units || gone + stillReserved !== units || !mixed.every((s) => s.reserved === s.onHand)) {
    throw new Error(
      `${driver}: NOT EXACT across channels — sold ${sold}, sold at the counter ${gone}, reserved ${stillReserved}, units ${units}`,
    );
  }

  return {
    driver,
    placed,
    refused,
    ordersPerSecond: ORDERS / seconds,
    bareSqlPerSecond: ORDERS / bareSeconds,
    mixedPerSecond: ORDERS / mixedSeconds,
  };
}
