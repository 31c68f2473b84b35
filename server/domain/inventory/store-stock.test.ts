import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { product, stockLevel, stockMovement, variant } from "@/db/schema";
import { DEMO_ACCOUNTS } from "@/db/seed/fixtures";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { sessionUserFor } from "@/server/test/session-user";
import { failureOf, locationId, setStock, stockAt } from "@/server/test/shop";
import { correctCount, receiveDelivery } from "./movements";
import { stockHistory, storeStock } from "./store-stock";

let t: TestDatabase;
let madrid: string;
let barcelona: string;
let staff: string;
let belts: { id: string; sku: string; barcode: string }[];

beforeAll(async () => {
  t = await createTestDatabase();
  madrid = await locationId(t.db, "madrid");
  barcelona = await locationId(t.db, "barcelona");
  staff = (await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid)).id;
  belts = await t.db
    .select({ id: variant.id, sku: variant.sku, barcode: variant.barcode })
    .from(variant)
    .innerJoin(product, eq(product.id, variant.productId))
    .where(eq(product.slug, "leather-belt"))
    .orderBy(asc(variant.sku));
  expect(belts.length).toBeGreaterThan(2);
});
afterAll(() => t.close());

const movementsOf = (variantId: string, at: string) =>
  t.db
    .select()
    .from(stockMovement)
    .where(and(eq(stockMovement.variantId, variantId), eq(stockMovement.locationId, at)))
    .orderBy(asc(stockMovement.createdAt));

describe("a store's stock", () => {
  it("finds items by name, SKU or barcode, with this store's figures only", async () => {
    const [belt] = belts;
    await setStock(t.db, belt!.id, madrid, 7, 2);
    await setStock(t.db, belt!.id, barcelona, 40, 0);
    const bySku = await storeStock(t.db, madrid, { query: belt!.sku.toLowerCase() });
    expect(bySku.items.map((i) => i.sku)).toEqual([belt!.sku]);
    expect(bySku.items[0]).toMatchObject({ onHand: 7, reserved: 2, available: 5, low: false, soldOut: false });
    expect((await storeStock(t.db, barcelona, { query: belt!.sku })).items[0]).toMatchObject({
      onHand: 40,
      reserved: 0,
    });
    expect((await storeStock(t.db, madrid, { query: belt!.barcode })).items.map((i) => i.variantId)).toEqual([
      belt!.id,
    ]);
    const byName = await storeStock(t.db, madrid, { query: "leather belt" });
    expect(byName.total).toBe(belts.length);
    expect(byName.items.every((i) => i.name === "Leather Belt")).toBe(true);
    // Wildcards are text, not patterns.
    expect((await storeStock(t.db, madrid, { query: "%" })).total).toBe(0);
    const all = await storeStock(t.db, madrid, { page: 2 });
    expect(all).toMatchObject({ page: 2, pageSize: 25 });
    expect(all.items).toHaveLength(25);
  });

  it("flags low and sold-out items", async () => {
    const [, low, out] = belts;
    await setStock(t.db, low!.id, madrid, 2);
    await setStock(t.db, out!.id, madrid, 3, 3);
    const { items } = await storeStock(t.db, madrid, { query: "leather belt" });
    expect(items.find((i) => i.variantId === low!.id)).toMatchObject({ available: 2, low: true, soldOut: false });
    expect(items.find((i) => i.variantId === out!.id)).toMatchObject({ available: 0, low: false, soldOut: true });
  });

  it("receives a delivery: on hand goes up, with an audit row, also for an item the store never stocked", async () => {
    const [a, b] = belts;
    await setStock(t.db, a!.id, madrid, 4, 1);
    await t.db.delete(stockLevel).where(and(eq(stockLevel.variantId, b!.id), eq(stockLevel.locationId, madrid)));
    const done = await receiveDelivery(
      t.db,
      { storeId: madrid, staffId: staff },
      {
        lines: [
          { variantId: a!.id, quantity: 6 },
          { variantId: b!.id, quantity: 3 },
        ],
        reason: "Delivery note 4471",
      },
    );
    expect(done.items.map((i) => [i.variantId, i.onHand])).toEqual(
      expect.arrayContaining([
        [a!.id, 10],
        [b!.id, 3],
      ]),
    );
    expect(await stockAt(t.db, a!.id, madrid)).toEqual({ onHand: 10, reserved: 1 });
    expect((await movementsOf(a!.id, madrid)).at(-1)).toMatchObject({
      kind: "received",
      delta: 6,
      onHandAfter: 10,
      reason: "Delivery note 4471",
      actorId: staff,
    });
    expect((await movementsOf(b!.id, madrid)).at(-1)).toMatchObject({ kind: "received", delta: 3, onHandAfter: 3 });
    expect((await stockAt(t.db, a!.id, barcelona)).onHand).toBe(40);
  });

  it("corrects a count up and down, writing the difference and the reason", async () => {
    const [a] = belts;
    await setStock(t.db, a!.id, madrid, 10, 1);
    expect(
      await correctCount(
        t.db,
        { storeId: madrid, staffId: staff },
        { variantId: a!.id, countedOnHand: 12, reason: "Found two in the back" },
      ),
    ).toMatchObject({ before: 10, after: 12, delta: 2 });
    expect(
      await correctCount(
        t.db,
        { storeId: madrid, staffId: staff },
        { variantId: a!.id, countedOnHand: 9, reason: "Three damaged" },
      ),
    ).toMatchObject({ before: 12, after: 9, delta: -3 });
    expect(await stockAt(t.db, a!.id, madrid)).toEqual({ onHand: 9, reserved: 1 });
    const { item, movements } = await stockHistory(t.db, madrid, a!.id);
    expect(item).toMatchObject({ onHand: 9, reserved: 1, available: 8 });
    expect(movements.slice(0, 2)).toMatchObject([
      { kind: "count", delta: -3, onHandAfter: 9, reason: "Three damaged", by: "Lucía Romero" },
      { kind: "count", delta: 2, onHandAfter: 12, reason: "Found two in the back" },
    ]);
    // Barcelona's history of the same item is Barcelona's own.
    expect((await stockHistory(t.db, barcelona, a!.id)).movements).toEqual([]);
  });

  it("refuses a count below what is reserved for orders, and changes nothing", async () => {
    const [, , c] = belts;
    await setStock(t.db, c!.id, madrid, 5, 3);
    const before = (await movementsOf(c!.id, madrid)).length;
    const err = await failureOf(
      correctCount(
        t.db,
        { storeId: madrid, staffId: staff },
        { variantId: c!.id, countedOnHand: 2, reason: "Shelf count" },
      ),
    );
    expect(err).toMatchObject({
      code: "BELOW_RESERVED",
      details: { reserved: 3 },
      message: expect.stringContaining("3 units are reserved"),
    });
    expect(await stockAt(t.db, c!.id, madrid)).toEqual({ onHand: 5, reserved: 3 });
    expect(await movementsOf(c!.id, madrid)).toHaveLength(before);
    expect(
      await correctCount(
        t.db,
        { storeId: madrid, staffId: staff },
        { variantId: c!.id, countedOnHand: 3, reason: "Shelf count" },
      ),
    ).toMatchObject({ after: 3 });
  });

  it("keeps the figure and its history consistent under concurrent counts and deliveries", async () => {
    const [a] = belts;
    await setStock(t.db, a!.id, madrid, 20, 0);
    const actor = { storeId: madrid, staffId: staff };
    const before = (await movementsOf(a!.id, madrid)).length;
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 3 === 0
          ? receiveDelivery(t.db, actor, { lines: [{ variantId: a!.id, quantity: 2 }], reason: `Delivery ${i}` })
          : correctCount(t.db, actor, { variantId: a!.id, countedOnHand: 10 + i, reason: `Count ${i}` }),
      ),
    );
    const movements = (await movementsOf(a!.id, madrid)).slice(before);
    expect(movements).toHaveLength(12);
    // Each change starts from where the one before it ended, and the last one is the figure.
    let onHand = 20;
    for (const m of movements) {
      expect(m.onHandAfter - m.delta).toBe(onHand);
      onHand = m.onHandAfter;
    }
    expect((await stockAt(t.db, a!.id, madrid)).onHand).toBe(onHand);
  });
});
