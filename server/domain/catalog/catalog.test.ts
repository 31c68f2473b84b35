import { eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { location, product } from "@/db/schema";
import {
  CATEGORY_SLUGS,
  FIXTURE_LOW_STOCK,
  FIXTURE_PRODUCT,
  FIXTURE_SOLD_OUT_SLUG,
  LOCATION_SLUGS,
  MIN_PUBLISHED_PRODUCTS,
} from "@/db/seed/fixtures";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { DomainError } from "@/server/errors";
import { listProducts } from "./catalog";
import { listCategories, listFacets, sortSizes } from "./categories";
import { getProduct } from "./product";
import { searchProducts } from "./search";
import type { ProductFilter } from "./inputs";

let t: TestDatabase;
let madridId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const [madrid] = await t.db
    .select({ id: location.id })
    .from(location)
    .where(eq(location.slug, LOCATION_SLUGS.madrid));
  madridId = madrid!.id;
});
afterAll(() => t.close());

const all = { offset: 0, limit: 100 };
const filter = (f: Partial<ProductFilter>): ProductFilter => ({ sort: "featured", ...f });

describe("catalog browsing", () => {
  it("lists every published category with its product count", async () => {
    const categories = await listCategories(t.db);
    expect(categories.map((c) => c.slug)).toEqual([...CATEGORY_SLUGS]);
    expect(categories.reduce((n, c) => n + c.productCount, 0)).toBeGreaterThanOrEqual(MIN_PUBLISHED_PRODUCTS);
  });

  it("gives each category the image of the product it lists first as its cover", async () => {
    for (const c of await listCategories(t.db)) {
      const { items } = await listProducts(t.db, filter({ category: c.slug }), { offset: 0, limit: 1 });
      expect(c.coverImage, c.slug).toEqual(items[0]?.image ?? null);
    }
  });

  it("shows only published products, never drafts", async () => {
    const [draft] = await t.db.select({ slug: product.slug }).from(product).where(isNull(product.webFrom));
    expect(draft).toBeDefined();
    const { items, total } = await listProducts(t.db, filter({}), all);
    expect(total).toBeGreaterThanOrEqual(MIN_PUBLISHED_PRODUCTS);
    expect(items.map((i) => i.slug)).not.toContain(draft!.slug);
    await expect(getProduct(t.db, draft!.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("filters by category, size, colour and price together", async () => {
    const knitwear = await listProducts(t.db, filter({ category: "knitwear" }), all);
    expect(knitwear.items.length).toBeGreaterThan(0);
    expect(knitwear.items.every((i) => i.categorySlug === "knitwear")).toBe(true);

    const navyM = await listProducts(t.db, filter({ category: "knitwear", sizes: ["M"], colours: ["Navy"] }), all);
    expect(navyM.items.map((i) => i.slug)).toContain(FIXTURE_PRODUCT.slug);
    expect(navyM.total).toBeLessThanOrEqual(knitwear.total);

    const cheap = await listProducts(t.db, filter({ maxPriceMinor: 3000 }), all);
    expect(cheap.items.length).toBeGreaterThan(0);
    expect(cheap.items.every((i) => i.price.amountMinor <= 3000)).toBe(true);

    const none = await listProducts(t.db, filter({ minPriceMinor: 90_000_000 }), all);
    expect(none).toEqual({ items: [], total: 0 });
  });

  it("filters to products available at the shopper's store", async () => {
    const atMadrid = await listProducts(t.db, filter({ availableAt: madridId }), all, madridId);
    expect(atMadrid.items.length).toBeGreaterThan(0);
    expect(atMadrid.items.every((i) => (i.availableAtStore ?? 0) > 0)).toBe(true);
    expect(atMadrid.items.map((i) => i.slug)).not.toContain(FIXTURE_SOLD_OUT_SLUG);
  });

  it("sorts by price and pages without repeating a product", async () => {
    const asc = await listProducts(t.db, filter({ sort: "price-asc" }), all);
    const prices = asc.items.map((i) => i.price.amountMinor);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));

    const first = await listProducts(t.db, filter({ sort: "price-asc" }), { offset: 0, limit: 10 });
    const second = await listProducts(t.db, filter({ sort: "price-asc" }), { offset: 10, limit: 10 });
    const slugs = [...first.items, ...second.items].map((i) => i.slug);
    expect(new Set(slugs).size).toBe(20);
  });

  it("offers the sizes, colours and price range of a category", async () => {
    const facets = await listFacets(t.db, "knitwear");
    expect(facets.sizes).toEqual(expect.arrayContaining(["S", "M", "L", "XL"]));
    expect(facets.sizes).toEqual(sortSizes(facets.sizes));
    expect(sortSizes(["XL", "42", "S", "XS", "38", "M"])).toEqual(["XS", "S", "M", "XL", "38", "42"]);
    expect(facets.colours.map((c) => c.name)).toEqual(expect.arrayContaining(["Navy", "Oatmeal", "Forest"]));
    expect(facets.price.min).toBeLessThanOrEqual(facets.price.max);
  });
});

describe("product page", () => {
  it("gives each variant its price and availability per location", async () => {
    const p = await getProduct(t.db, FIXTURE_PRODUCT.slug);
    expect(p.name).toBe(FIXTURE_PRODUCT.name);
    const navyM = p.variants.find((v) => v.sku === FIXTURE_LOW_STOCK.sku);
    expect(navyM).toMatchObject({ size: "M", colour: "Navy", price: { currency: "EUR" } });
    const byCode = Object.fromEntries(navyM!.availability.map((a) => [a.locationCode, a.available]));
    expect(byCode).toEqual({
      MAD: FIXTURE_LOW_STOCK.madrid,
      BCN: FIXTURE_LOW_STOCK.barcelona,
      VLC: FIXTURE_LOW_STOCK.valencia,
      WH: FIXTURE_LOW_STOCK.warehouse,
    });
  });

  it("says clearly when a product does not exist", async () => {
    const err = await getProduct(t.db, "no-such-thing").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ code: "NOT_FOUND", message: "That product was not found." });
  });
});

describe("search", () => {
  it("finds products by name while typing and despite typos", async () => {
    for (const q of ["merino", "Merino Wool", "meri", "jumpr", "MERINO jumper navy"]) {
      const { items } = await searchProducts(t.db, q, { offset: 0, limit: 20 });
      expect(
        items.map((i) => i.slug),
        q,
      ).toContain(FIXTURE_PRODUCT.slug);
    }
  });

  it("ranks the closest match first", async () => {
    const { items } = await searchProducts(t.db, "merino wool jumper", { offset: 0, limit: 5 });
    expect(items[0]?.slug).toBe(FIXTURE_PRODUCT.slug);
  });

  it("pages through results without repeating a product", async () => {
    const all = await searchProducts(t.db, "a", { offset: 0, limit: 50 });
    expect(all.total).toBeGreaterThan(10);
    const first = await searchProducts(t.db, "a", { offset: 0, limit: 5 });
    const second = await searchProducts(t.db, "a", { offset: 5, limit: 5 });
    expect(first.total).toBe(all.total);
    const slugs = [...first.items, ...second.items].map((i) => i.slug);
    expect(new Set(slugs).size).toBe(10);
    expect(slugs).toEqual(all.items.slice(0, 10).map((i) => i.slug));
  });

  it("treats wildcard characters literally and returns nothing for nonsense", async () => {
    expect((await searchProducts(t.db, "%", { offset: 0, limit: 20 })).items).toEqual([]);
    expect((await searchProducts(t.db, "_", { offset: 0, limit: 20 })).items).toEqual([]);
    expect((await searchProducts(t.db, "   ", { offset: 0, limit: 20 })).total).toBe(0);
    expect((await searchProducts(t.db, "zzqxv", { offset: 0, limit: 20 })).total).toBe(0);
  });

  const find = async (q: string) =>
    (await searchProducts(t.db, q, { offset: 0, limit: 50 })).items.map((i) => i.categorySlug + "/" + i.slug);
  const knitwear = async () =>
    (await listProducts(t.db, { category: "knitwear", sort: "name" }, { offset: 0, limit: 50 })).items.map(
      (i) => "knitwear/" + i.slug,
    );

  it("reaches every product a word means, in either language", async () => {
    const all = await knitwear();
    expect(all.length).toBeGreaterThan(4);
    // Every piece of knitwear, ranked ahead of anything else made of knit ("vestido de punto").
    for (const q of ["jumper", "jersey", "jerséis", "sweaters"]) {
      const found = await find(q);
      expect(found.slice(0, all.length).sort(), q).toEqual([...all].sort());
    }
  });

  it("finds the denim, the trainers and the lamp by their Spanish and English names, accents or not", async () => {
    for (const q of ["vaqueros", "jeans", "tejanos"])
      expect(await find(q), q).toContain("trousers-jeans/slim-fit-jeans");
    for (const q of ["zapatillas", "trainers", "sneakers", "zapatilas"]) {
      expect(
        (await find(q)).some((s) => s.startsWith("shoes/")),
        q,
      ).toBe(true);
    }
    for (const q of ["lampara", "lámpara", "LAMPARA de mesa", "lamp"])
      expect((await find(q)).length, q).toBeGreaterThan(0);
  });

  it("is not thrown by plurals and hyphens", async () => {
    const tees = await find("t-shirt");
    expect(tees.length).toBeGreaterThan(0);
    for (const q of ["tshirt", "tshirts", "camisetas", "camiseta"]) {
      expect(await find(q), q).toEqual(expect.arrayContaining([tees[0]]));
    }
  });
});
