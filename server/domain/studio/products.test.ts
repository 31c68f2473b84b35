import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { category, product, productImage, stockLevel, variant } from "@/db/schema";
import { FIXTURE_PRODUCT, FIXTURE_SOLD_OUT_SLUG } from "@/db/seed/fixtures";
import { DomainError } from "@/server/errors";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { studioProductListInput, type StudioProductListInput } from "./inputs";
import { listStudioCategories, listStudioProducts } from "./products";

let t: TestDatabase;
let knitwearId: string;
let homeId: string;

const list = (input: StudioProductListInput = {}) => listStudioProducts(t.db, studioProductListInput.parse(input));

/** Every page of a listing, `limit` at a time, as the table's infinite scroll reads it. */
async function walk(input: StudioProductListInput, limit: number) {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const page: Awaited<ReturnType<typeof list>> = await list({ ...input, limit, cursor });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error("the listing never ended");
}

async function categoryId(slug: string) {
  const [row] = await t.db.select({ id: category.id }).from(category).where(eq(category.slug, slug));
  return row!.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  knitwearId = await categoryId("knitwear");
  homeId = await categoryId("home");
  // Rows that sort alike: one name twice, and change times equal to the microsecond or one apart,
  // where a cursor rounded to milliseconds would repeat or skip rows.
  const at = (us: string) => sql`${`2026-03-01 10:00:00.${us}+00`}::timestamptz`;
  const past = new Date("2026-01-01T00:00:00Z");
  await t.db.insert(product).values([
    {
      slug: "studio-twin-a",
      name: "Studio Twin",
      categoryId: homeId,
      searchText: "studio twin mostrador home",
      updatedAt: at("123456"),
    },
    {
      slug: "studio-twin-b",
      name: "Studio Twin",
      categoryId: homeId,
      searchText: "studio twin mostrador home",
      updatedAt: at("123456"),
    },
    {
      slug: "studio-twin-c",
      name: "Studio Twin",
      categoryId: knitwearId,
      webFrom: past,
      storeFrom: past,
      searchText: "studio twin mostrador knitwear",
      updatedAt: at("123457"),
    },
    {
      slug: "counter-only-cushion",
      name: "Counter-only Cushion",
      categoryId: homeId,
      storeFrom: past,
      searchText: "counter only cushion mostrador home",
      updatedAt: at("123455"),
    },
    {
      slug: "fifty-percent-throw",
      name: "50% Wool Throw",
      categoryId: homeId,
      webFrom: past,
      storeFrom: past,
      searchText: "50 wool throw mostrador home",
    },
    {
      slug: "studio-later-scarf",
      name: "Studio Later Scarf",
      categoryId: homeId,
      webFrom: new Date(Date.now() + 3_600_000),
      searchText: "studio later scarf mostrador home",
    },
  ]);
});
afterAll(() => t.close());

describe("the studio's product list", () => {
  it("walks every product, drafts included, by name without duplicates or gaps, in a stable order", async () => {
    const expected = await t.db.select({ id: product.id }).from(product).orderBy(asc(product.name), asc(product.id));
    const paged = await walk({ sort: "name" }, 7);
    expect(new Set(paged).size).toBe(paged.length);
    expect(paged).toEqual(expected.map((r) => r.id));
    expect((await list({ limit: 200 })).items.map((i) => i.id)).toEqual(paged);
    // Same call, same answer.
    expect(await walk({ sort: "name" }, 7)).toEqual(paged);
  });

  it("walks by last change, newest first, across ties to the microsecond", async () => {
    const expected = await t.db
      .select({ id: product.id })
      .from(product)
      .orderBy(desc(product.updatedAt), desc(product.id));
    for (const limit of [1, 2, 5, 13])
      expect(await walk({ sort: "updated" }, limit), `limit ${limit}`).toEqual(expected.map((r) => r.id));
  });

  it("filters by status and by category, and pages through the filtered rows alone", async () => {
    const drafts = await t.db
      .select({ id: product.id })
      .from(product)
      .where(and(isNull(product.webFrom), isNull(product.storeFrom)));
    const draftIds = await walk({ status: "draft" }, 2);
    expect(draftIds.sort()).toEqual(drafts.map((d) => d.id).sort());
    expect(draftIds.length).toBeGreaterThanOrEqual(4);

    const knitwear = await t.db.select({ id: product.id }).from(product).where(eq(product.categoryId, knitwearId));
    const knitwearPage = await list({ categoryId: knitwearId, limit: 200 });
    expect(knitwearPage.items.map((i) => i.id).sort()).toEqual(knitwear.map((k) => k.id).sort());
    expect(knitwearPage.items.every((i) => i.category.name === "Knitwear")).toBe(true);

    const homeDrafts = await list({ categoryId: homeId, status: "draft", limit: 200 });
    expect(
      homeDrafts.items
        .map((i) => i.slug)
        .filter((s) => s.startsWith("studio-twin"))
        .sort(),
    ).toEqual(["studio-twin-a", "studio-twin-b"]);
    expect(homeDrafts.items.every((i) => i.status === "draft")).toBe(true);
  });

  it("tells published, scheduled and draft products apart, and filters by the channel they are on now", async () => {
    const bySlug = new Map((await list({ query: "studio", limit: 200 })).items.map((i) => [i.slug, i]));
    expect(bySlug.get("studio-later-scarf")).toMatchObject({
      status: "scheduled",
      channels: { web: false, store: false },
    });
    expect(bySlug.get("studio-twin-c")).toMatchObject({ status: "published", channels: { web: true, store: true } });
    expect(bySlug.get("studio-twin-a")).toMatchObject({ status: "draft" });
    expect((await walk({ status: "scheduled" }, 50)).length).toBe(1);

    const storeOnly = await walk({ channel: "store", query: "cushion" }, 50);
    const webOnly = await walk({ channel: "web", query: "cushion" }, 50);
    const [cushion] = (await list({ query: "counter only cushion" })).items;
    expect(storeOnly).toContain(cushion!.id);
    expect(webOnly).not.toContain(cushion!.id);
    const nowhere = await walk({ channel: "none" }, 100);
    expect(nowhere).toContain(bySlug.get("studio-later-scarf")!.id);
    expect(nowhere).not.toContain(cushion!.id);
  });

  it("filters by stock: in stock, or sold out everywhere", async () => {
    const out = await walk({ stock: "out" }, 100);
    const inStock = await walk({ stock: "in" }, 100);
    const [soldOut] = (await list({ query: "shearling aviator" })).items;
    expect(out).toContain(soldOut!.id);
    expect(inStock).not.toContain(soldOut!.id);
    expect(out.length + inStock.length).toBe((await walk({}, 100)).length);
  });

  it("finds products by every word typed, whatever the case and accents", async () => {
    const found = await list({ query: "MERÍNO jump" });
    expect(found.items.map((i) => i.slug)).toContain(FIXTURE_PRODUCT.slug);
    expect(found.items.every((i) => /merino/i.test(i.name) || i.category.name === "Knitwear")).toBe(true);
    expect((await list({ query: "merino lamp" })).items).toEqual([]);
    // Words, not patterns: a percent sign matches nothing special.
    expect((await list({ query: "%", limit: 200 })).items.length).toBe((await list({ limit: 200 })).items.length);
    expect((await list({ query: "50%" })).items.map((i) => i.slug)).toEqual(["fifty-percent-throw"]);
    const twins = await walk({ query: "studio twin", sort: "updated" }, 1);
    expect(twins).toHaveLength(3);
    expect(new Set(twins).size).toBe(3);
  });

  it("gives each row its channels, category, variants, price range, stock and first image", async () => {
    const { items } = await list({ query: FIXTURE_PRODUCT.name });
    const jumper = items.find((i) => i.slug === FIXTURE_PRODUCT.slug)!;
    const [v] = await t.db
      .select({
        n: sql<number>`count(*)::int`,
        min: sql<number>`min(${variant.priceMinor})::int`,
        max: sql<number>`max(${variant.priceMinor})::int`,
      })
      .from(variant)
      .innerJoin(product, eq(product.id, variant.productId))
      .where(eq(product.slug, FIXTURE_PRODUCT.slug));
    const [s] = await t.db
      .select({ units: sql<number>`sum(${stockLevel.onHand} - ${stockLevel.reserved})::int` })
      .from(stockLevel)
      .innerJoin(variant, eq(variant.id, stockLevel.variantId))
      .innerJoin(product, eq(product.id, variant.productId))
      .where(eq(product.slug, FIXTURE_PRODUCT.slug));
    const [image] = await t.db
      .select({ url: productImage.url, alt: productImage.alt })
      .from(productImage)
      .where(eq(productImage.productId, jumper.id))
      .orderBy(productImage.position)
      .limit(1);
    expect(jumper).toMatchObject({
      name: FIXTURE_PRODUCT.name,
      status: "published",
      channels: { web: true, store: true },
      category: { name: "Knitwear" },
      variantCount: v!.n,
      price: { from: { amountMinor: v!.min, currency: "EUR" }, to: { amountMinor: v!.max, currency: "EUR" } },
      stock: s!.units,
      image,
    });
    expect(jumper.stock).toBeGreaterThan(0);

    const [soldOut] = (await list({ query: "shearling aviator" })).items;
    expect(soldOut).toMatchObject({ slug: FIXTURE_SOLD_OUT_SLUG, stock: 0 });

    const bySlug = new Map((await list({ query: "studio twin" })).items.map((i) => [i.slug, i]));
    expect(bySlug.get("studio-twin-a")).toMatchObject({
      channels: { web: false, store: false },
      variantCount: 0,
      price: null,
      stock: 0,
      image: null,
    });
    expect((await list({ query: "counter only cushion" })).items[0]).toMatchObject({
      channels: { web: false, store: true },
    });
  });

  it("refuses a cursor it did not make, or one made for another sort", async () => {
    const refusal = (cursor: string, sort: "name" | "updated" = "name") =>
      list({ cursor, sort }).then(
        () => null,
        (e: unknown) => (e instanceof DomainError ? e.code : e),
      );
    expect(await refusal("not-a-cursor")).toBe("INVALID_INPUT");
    expect(await refusal(Buffer.from(JSON.stringify(["name", "x", "not-a-uuid"])).toString("base64url"))).toBe(
      "INVALID_INPUT",
    );
    const { nextCursor } = await list({ limit: 3 });
    expect(await refusal(nextCursor!, "updated")).toBe("INVALID_INPUT");
  });

  it("lists categories with every product counted, drafts too", async () => {
    const categories = await listStudioCategories(t.db);
    const [total] = await t.db.select({ n: sql<number>`count(*)::int` }).from(product);
    expect(categories.reduce((n, c) => n + c.productCount, 0)).toBe(total!.n);
    expect(categories[0]).toEqual({
      id: knitwearId,
      slug: "knitwear",
      name: "Knitwear",
      productCount: expect.any(Number),
    });
  });
});
