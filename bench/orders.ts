/**
 * Orders placed per second under concurrency, on PGlite and on PostgreSQL, each beside the rate
 * of the bare SQL reservation transaction on the same database, as a ratio. Every run ends with
 * an exactness check: as many orders as units, none reserved twice.
 *
 *   npm run bench                      # PGlite, and Postgres at BENCH_DATABASE_URL / TEST_DATABASE_URL
 *   BENCH_ORDERS=600 BENCH_CONCURRENCY=32 npm run bench
 *
 * Then the SQL statements each operation sends, one operation at a time (BEGIN/COMMIT and the
 * event bus's NOTIFY included), averaged over BENCH_SQL_RUNS runs; BENCH_SQL_TRACE=1 also lists
 * one run's statements per operation.
 */
import { randomUUID } from "node:crypto";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { openPglite, openPostgres, tidyPglite, type Database, type Db, type OnStatement } from "@/db/client";
import { location, order, stockLevel, user, variant } from "@/db/schema";
import { DEMO_ACCOUNTS, LOCATION_SLUGS } from "@/db/seed/fixtures";
import { seed } from "@/db/seed/seed";
import { addItem } from "@/server/domain/cart/cart";
import type { Shopper } from "@/server/domain/customers/shopper";
import { holdForCheckout, placeOrder } from "@/server/domain/checkout/checkout";
import type { PlaceOrderInput } from "@/server/domain/checkout/inputs";
import { eventBus, setEventBus } from "@/server/domain/events/bus";
import { createPostgresBus } from "@/server/domain/events/postgres-bus";
import { createTestPaymentProvider, TEST_CARDS } from "@/server/domain/payments/test-provider";
import { sellAtCounter } from "@/server/domain/pos/sale";
import { createStatementCounter, formatTally, shortStatement, type StatementCounter } from "./statements";

const ORDERS = Number(process.env.BENCH_ORDERS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const VARIANTS = 20;
/** Fewer units than orders, so the last units are raced for and some orders must fail. */
const UNITS_PER_VARIANT = Math.floor((ORDERS * 0.75) / VARIANTS);
/** Runs of each path before the clock starts, so every pooled connection has planned its statements. */
const WARM_UP = CONCURRENCY * 4;
/** Orders the shop has taken before the run: a shop has a history, and its tables are not empty. */
const HISTORY = Number(process.env.BENCH_HISTORY ?? 1000);
/** Turns the orders and the bare transactions take. */
const SLICES = 5;
const SQL_RUNS = Number(process.env.BENCH_SQL_RUNS ?? 20);
const SQL_TRACE = process.env.BENCH_SQL_TRACE === "1";

type Result = {
  driver: string;
  placed: number;
  refused: number;
  ordersPerSecond: number;
  bareSqlPerSecond: number;
  /** Web orders and counter sales racing for the same units, together per second. */
  mixedPerSecond: number;
};

async function runPool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
  return (performance.now() - started) / 1000;
}

async function stockAtStore(db: Db, storeId: string, variantIds: string[]) {
  return db
    .select({ variantId: stockLevel.variantId, onHand: stockLevel.onHand, reserved: stockLevel.reserved })
    .from(stockLevel)
    .where(and(eq(stockLevel.locationId, storeId), inArray(stockLevel.variantId, variantIds)));
}

async function resetStock(db: Db, storeId: string, variantIds: string[]) {
  await db
    .update(stockLevel)
    .set({ onHand: UNITS_PER_VARIANT, reserved: 0 })
    .where(and(eq(stockLevel.locationId, storeId), inArray(stockLevel.variantId, variantIds)));
}

/** Statistics as a running server has them: PostgreSQL's autovacuum keeps them, the app's beat on PGlite. */
async function freshStatistics(database: Database) {
  if (database.driver === "pglite") await tidyPglite(database);
  else await database.db.execute(sql`analyze`);
}

/** Each buyer is someone else, with an email of their own: one email may keep only a few pay-at-pickup orders open. */
function buyerContact() {
  return { email: `bench-${randomUUID()}@example.com`, name: "Bench" };
}

function pickupOrder(locationId: string): PlaceOrderInput {
  return {
    idempotencyKey: randomUUID(),
    contact: buyerContact(),
    fulfilment: { type: "pickup", locationId },
    payment: { method: "pay_at_pickup" },
  };
}

function bareReservation(db: Db, variantId: string, locationId: string) {
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
async function warmUp(db: Db, variants: string[], staffId: string) {
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

async function bench(driver: string, database: Database): Promise<Result> {
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
async function countStatements(database: Database, statements: StatementCounter) {
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

/** On PostgreSQL the app publishes through LISTEN/NOTIFY: a bus of its own, counted too, while counting. */
async function withPostgresBus(url: string, onStatement: OnStatement, work: () => Promise<void>) {
  const previous = eventBus();
  const bus = await createPostgresBus(url, { onStatement });
  setEventBus(bus);
  try {
    await work();
  } finally {
    setEventBus(previous);
    await bus.close();
  }
}

async function postgresDatabase(
  onStatement: OnStatement,
): Promise<{ database: Database; url: string; drop: () => Promise<void> } | null> {
  const serverUrl =
    process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const { Client } = await import("pg");
  const admin = new Client({ connectionString: serverUrl });
  try {
    await admin.connect();
  } catch (err) {
    console.warn(`Postgres skipped: cannot connect to ${serverUrl} (${(err as Error).message})`);
    return null;
  }
  const name = `mostrador_bench_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), { max: CONCURRENCY, onStatement });
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await database.close();
      const cleanup = new Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

async function main() {
  console.log(
    `${ORDERS} one-line carts racing for ${VARIANTS * UNITS_PER_VARIANT} units at one store, ${CONCURRENCY} at a time\n`,
  );
  const results: Result[] = [];
  const counted: { driver: string; statements: StatementCounter }[] = [];
  const pgliteStatements = createStatementCounter();
  const pglite = await openPglite("memory://", { onStatement: pgliteStatements.onStatement });
  try {
    results.push(await bench("pglite", pglite));
    await countStatements(pglite, pgliteStatements);
    counted.push({ driver: "pglite", statements: pgliteStatements });
  } finally {
    await pglite.close();
  }
  const postgresStatements = createStatementCounter();
  const pg = await postgresDatabase(postgresStatements.onStatement);
  if (pg) {
    try {
      // As the app runs on PostgreSQL: every change announced through LISTEN/NOTIFY, timed too.
      await withPostgresBus(pg.url, postgresStatements.onStatement, async () => {
        results.push(await bench("postgres", pg.database));
        await countStatements(pg.database, postgresStatements);
      });
      counted.push({ driver: "postgres", statements: postgresStatements });
    } finally {
      await pg.drop();
    }
  }
  console.table(
    results.map((r) => ({
      database: r.driver,
      "orders placed": r.placed,
      "refused (out of stock)": r.refused,
      "placeOrder / s": r.ordersPerSecond.toFixed(0),
      "bare SQL reservation / s": r.bareSqlPerSecond.toFixed(0),
      "placeOrder : bare SQL": (r.ordersPerSecond / r.bareSqlPerSecond).toFixed(3),
      "web + counter mixed / s": r.mixedPerSecond.toFixed(0),
      "mixed : placeOrder": (r.mixedPerSecond / r.ordersPerSecond).toFixed(2),
    })),
  );
  console.log(
    "Exact on every database: orders = units, reserved = on hand, no unit sold twice — online alone, and online racing the counter.",
  );
  printStatements(counted);
}

function printStatements(counted: { driver: string; statements: StatementCounter }[]) {
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

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
