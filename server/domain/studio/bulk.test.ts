import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { category, changeLog, product, variant } from "@/db/schema";
import { changedPrice } from "@/lib/price-change";
import { eventBus } from "@/server/domain/events/bus";
import type { EventEnvelope } from "@/server/domain/events/events";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { failureOf } from "@/server/test/shop";
import { bulkUpdateProducts, countStudioProducts } from "./bulk";
import { announceCatalog } from "./catalog-writes";
import { createProduct, getStudioProduct } from "./editor";
import { productHistory } from "./history";
import { studioProductCreateInput } from "./inputs";
import { bulkUpdateInput } from "./inputs-csv";
import { listStudioProducts } from "./products";
import { studioProductListInput } from "./inputs";

let t: TestDatabase;
let knitwear: string;
let home: string;
const marta = { id: randomUUID(), name: "Marta Marketing" };

const make = (name: string, prices: number[], categoryId = knitwear) =>
  createProduct(
    t.db,
    marta,
    studioProductCreateInput.parse({
      name,
      categoryId,
      variants: prices.map((priceMinor, i) => ({ size: `S${i}`, priceMinor })),
    }),
  );
const bulk = (input: Parameters<typeof bulkUpdateInput.parse>[0]) =>
  bulkUpdateProducts(t.db, marta, bulkUpdateInput.parse(input));

beforeAll(async () => {
  t = await createTestDatabase();
  const cats = await t.db.select({ id: category.id, slug: category.slug }).from(category);
  knitwear = cats.find((c) => c.slug === "knitwear")!.id;
  home = cats.find((c) => c.slug === "home")!.id;
});
afterAll(() => t.close());

describe("a bulk price change", () => {
  it("rounds to the cent and never goes below 1 cent", () => {
    expect(changedPrice(5990, { by: "percent", percent: -10 })).toBe(5391);
    expect(changedPrice(1005, { by: "percent", percent: 10 })).toBe(1106); // 1105.5 rounds up
    expect(changedPrice(199, { by: "percent", percent: 12.5 })).toBe(224);
    expect(changedPrice(50, { by: "amount", amountMinor: -500 })).toBe(1);
    expect(changedPrice(5, { by: "percent", percent: -99 })).toBe(1);
  });

  it("changes every variant of the chosen products in one go, with a history row per price", async () => {
    const a = await make("Bulk Price Alpha", [5990, 2000]);
    const b = await make("Bulk Price Beta", [1000]);
    const result = await bulk({
      selection: { ids: [a.id, b.id] },
      change: { kind: "price", by: "percent", percent: -10 },
    });
    expect(result).toEqual({ matched: 2, changed: 2, entries: 3 });
    const prices = await t.db
      .select({ sku: variant.sku, priceMinor: variant.priceMinor })
      .from(variant)
      .where(inArray(variant.productId, [a.id, b.id]));
    expect(prices.map((p) => p.priceMinor).sort((x, y) => x - y)).toEqual([900, 1800, 5391]);
    const history = await productHistory(t.db, a.id);
    expect(history.filter((h) => h.field === "priceMinor")).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ before: 5990, after: 5391, actor: { name: "Marta Marketing" } }),
        expect.objectContaining({ before: 2000, after: 1800 }),
      ]),
    );
    // One change: every row shares one change id, so it can be put back whole.
    expect(new Set(history.filter((h) => h.field === "priceMinor").map((h) => h.changeId)).size).toBe(1);
  });

  it("refuses an impossible change in words", async () => {
    const refused = bulkUpdateInput.safeParse({
      selection: { ids: [randomUUID()] },
      change: { kind: "price", by: "percent", percent: 10.123 },
    });
    expect(refused.success).toBe(false);
    expect(
      bulkUpdateInput.safeParse({ selection: { ids: [] }, change: { kind: "status", status: "draft" } }).success,
    ).toBe(false);
    expect(
      bulkUpdateInput.safeParse({
        selection: { ids: Array.from({ length: 10_001 }, () => randomUUID()) },
        change: { kind: "status", status: "draft" },
      }).success,
    ).toBe(false);
    const gone = await failureOf(
      bulk({
        selection: { ids: [(await make("Bulk Gone", [100])).id] },
        change: { kind: "category", categoryId: randomUUID() },
      }),
    );
    expect(gone.message).toMatch(/category no longer exists/);
  });
});

describe("bulk category, channels and status", () => {
  it("moves products between categories, and their search text follows", async () => {
    const a = await make("Bulk Move Cushion One", [1500]);
    const b = await make("Bulk Move Cushion Two", [1500], home);
    const result = await bulk({ selection: { ids: [a.id, b.id] }, change: { kind: "category", categoryId: home } });
    expect(result).toEqual({ matched: 2, changed: 1, entries: 1 });
    expect((await getStudioProduct(t.db, a.id)).category.id).toBe(home);
    const [row] = await t.db.select({ s: product.searchText }).from(product).where(eq(product.id, a.id));
    expect(row!.s).toContain("home");
    expect((await productHistory(t.db, a.id))[0]).toMatchObject({ field: "categoryId", before: knitwear, after: home });
  });

  it("publishes and unpublishes a channel, and status draft takes products off both", async () => {
    const a = await make("Bulk Channel One", [1500]);
    const b = await make("Bulk Channel Two", [1500]);
    const ids = [a.id, b.id];
    expect(
      await bulk({ selection: { ids }, change: { kind: "channel", channel: "web", publish: true } }),
    ).toMatchObject({
      changed: 2,
    });
    expect((await getStudioProduct(t.db, a.id)).status).toBe("published");
    // Already on the web: publishing again changes nothing and writes no history.
    expect(
      await bulk({ selection: { ids }, change: { kind: "channel", channel: "web", publish: true } }),
    ).toMatchObject({
      changed: 0,
      entries: 0,
    });
    await bulk({ selection: { ids: [a.id] }, change: { kind: "status", status: "published" } });
    expect((await getStudioProduct(t.db, a.id)).publication.store.from).not.toBeNull();
    await bulk({ selection: { ids }, change: { kind: "status", status: "draft" } });
    const after = await getStudioProduct(t.db, a.id);
    expect(after.status).toBe("draft");
    expect(after.publication).toEqual({ web: { from: null, until: null }, store: { from: null, until: null } });
    const fields = (await productHistory(t.db, a.id)).filter((h) => h.entity === "publication").map((h) => h.field);
    expect(fields).toEqual(expect.arrayContaining(["webFrom", "storeFrom"]));
  });

  it("changes every product that matches a filter, counted first", async () => {
    for (const n of [1, 2, 3]) await make(`Filterable Lamp ${n}`, [3000], home);
    const filter = { query: "filterable lamp" };
    expect(await countStudioProducts(t.db, filter)).toEqual({ count: 3 });
    const result = await bulk({ selection: { filter }, change: { kind: "price", by: "amount", amountMinor: 500 } });
    expect(result).toMatchObject({ matched: 3, changed: 3, entries: 3 });
    const listed = await listStudioProducts(t.db, studioProductListInput.parse(filter));
    expect(listed.items.map((i) => i.price?.from.amountMinor)).toEqual([3500, 3500, 3500]);
  });

  it("writes 10,000 history rows for 2,000 products in one change", async () => {
    const ids: string[] = [];
    // Made directly: the editor's one-by-one create would dominate the test's time.
    const rows = Array.from({ length: 2_000 }, (_, i) => ({
      slug: `bulk-many-${i}`,
      name: `Bulk Many ${i}`,
      categoryId: knitwear,
    }));
    for (let i = 0; i < rows.length; i += 500) {
      const made = await t.db
        .insert(product)
        .values(rows.slice(i, i + 500))
        .returning({ id: product.id });
      ids.push(...made.map((m) => m.id));
      await t.db.insert(variant).values(
        made.flatMap((m, j) =>
          Array.from({ length: 5 }, (_, k) => ({
            productId: m.id,
            sku: `BULKMANY-${i + j}-${k}`,
            barcode: `9${String((i + j) * 5 + k).padStart(12, "0")}`,
            size: `S${k}`,
            priceMinor: 1000,
          })),
        ),
      );
    }
    const result = await bulk({ selection: { ids }, change: { kind: "price", by: "percent", percent: 5 } });
    expect(result).toEqual({ matched: 2_000, changed: 2_000, entries: 10_000 });
    const logged = await t.db.select({ id: changeLog.id }).from(changeLog).where(inArray(changeLog.productId, ids));
    expect(logged).toHaveLength(10_000);
  }, 60_000);
});

describe("announcing a change to thousands of products", () => {
  it("splits catalog.changed into events that each fit one NOTIFY", async () => {
    await eventBus().settled();
    const heard: EventEnvelope[] = [];
    const stop = eventBus().subscribe((e) => heard.push(e));
    const ids = (await t.db.select({ id: product.id }).from(product).limit(1_000)).map((p) => p.id);
    await announceCatalog(t.db, ids);
    await eventBus().settled();
    stop();
    const events = heard.filter((e) => e.event.type === "catalog.changed");
    expect(events.length).toBeGreaterThan(1);
    for (const e of events) expect(JSON.stringify(e).length).toBeLessThan(7_500);
    const named = new Set(events.flatMap((e) => (e.event.type === "catalog.changed" ? e.event.productIds : [])));
    expect(ids.every((id) => named.has(id))).toBe(true);
  });
});
