import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { category, changeLog, product, variant } from "@/db/schema";
import { DEMO_ACCOUNTS, FIXTURE_PRODUCT } from "@/db/seed/fixtures";
import { isEan13 } from "@/lib/ean13";
import { addItem } from "@/server/domain/cart/cart";
import { movedProduct as movedSlug } from "@/server/domain/catalog/catalog";
import { getProduct } from "@/server/domain/catalog/product";
import { findItem } from "@/server/domain/pos/find-item";
import { sellAtCounter } from "@/server/domain/pos/sale";
import { createTestPaymentProvider } from "@/server/domain/payments/test-provider";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { sessionUserFor } from "@/server/test/session-user";
import { failureOf, locationId, newGuest, setStock } from "@/server/test/shop";
import { createProduct, getStudioProduct, slugify, updateProduct } from "./editor";
import { productHistory } from "./history";
import { studioProductCreateInput, studioProductUpdateInput, studioVariantInput } from "./inputs";
import { setPublication } from "./publishing";
import { revertChange } from "./revert";

let t: TestDatabase;
let knitwear: string;
let home: string;
let madrid: string;
const marta = { id: randomUUID(), name: "Marta Marketing" };

const create = (input: Parameters<typeof studioProductCreateInput.parse>[0]) =>
  createProduct(t.db, marta, studioProductCreateInput.parse(input));
const update = (input: Parameters<typeof studioProductUpdateInput.parse>[0]) =>
  updateProduct(t.db, marta, studioProductUpdateInput.parse(input));

/** Two colours by three sizes, as a marketer generates the matrix. */
const matrix = (priceMinor = 4990) =>
  [
    { colour: "Navy", colourHex: "#1F2A44" },
    { colour: "Sand", colourHex: "#D8C3A5" },
  ].flatMap((c) => ["S", "M", "L"].map((size) => ({ ...c, size, priceMinor })));

beforeAll(async () => {
  t = await createTestDatabase();
  const cats = await t.db.select({ id: category.id, slug: category.slug }).from(category);
  knitwear = cats.find((c) => c.slug === "knitwear")!.id;
  home = cats.find((c) => c.slug === "home")!.id;
  madrid = await locationId(t.db, "madrid");
});
afterAll(() => t.close());

describe("creating a product", () => {
  it("makes a draft on no channel, with an address, SKUs and valid, unique EAN-13 barcodes", async () => {
    const made = await create({ name: "Jersey de Mérino Calado", categoryId: knitwear, variants: matrix() });
    expect(made.slug).toBe("jersey-de-merino-calado");
    expect(made.variants).toHaveLength(6);
    expect(made.variants.map((v) => v.sku)).toEqual([
      "JERSEYDEMERINO-NAVY-S",
      "JERSEYDEMERINO-NAVY-M",
      "JERSEYDEMERINO-NAVY-L",
      "JERSEYDEMERINO-SAND-S",
      "JERSEYDEMERINO-SAND-M",
      "JERSEYDEMERINO-SAND-L",
    ]);
    expect(made.variants.every((v) => isEan13(v.barcode))).toBe(true);
    expect(new Set(made.variants.map((v) => v.barcode)).size).toBe(6);

    const stored = await getStudioProduct(t.db, made.id);
    expect(stored).toMatchObject({
      status: "draft",
      publication: { web: { from: null, until: null }, store: { from: null, until: null } },
    });
    expect((await failureOf(getProduct(t.db, made.slug))).code).toBe("NOT_FOUND");
    expect((await findItem(t.db, madrid, made.variants[0]!.sku)).items).toEqual([]);

    // The same name again gets its own address and SKUs, never another product's.
    const twin = await create({ name: "Jersey de Mérino Calado", categoryId: knitwear, variants: matrix() });
    expect(twin.slug).toBe("jersey-de-merino-calado-2");
    expect(twin.variants[0]!.sku).toBe("JERSEYDEMERINO-NAVY-S-2");
    expect(twin.variants.some((v) => made.variants.some((m) => m.barcode === v.barcode))).toBe(false);
  });

  it("takes typed SKUs and barcodes, and refuses a barcode with a wrong check digit or one already used", async () => {
    const made = await create({
      name: "Typed Codes Tee",
      categoryId: knitwear,
      variants: [{ size: "M", priceMinor: 1990, sku: "tee-typed-m", barcode: "4006381333931" }],
    });
    expect(made.variants[0]).toMatchObject({ sku: "TEE-TYPED-M", barcode: "4006381333931" });
    expect(
      studioVariantInput.safeParse({ priceMinor: 100, barcode: "4006381333932" }).error?.issues[0]?.message,
    ).toMatch(/last digit/);
    const taken = await failureOf(
      create({ name: "Copycat", categoryId: knitwear, variants: [{ priceMinor: 100, barcode: "4006381333931" }] }),
    );
    expect(taken).toMatchObject({ code: "INVALID_INPUT", message: expect.stringMatching(/4006381333931/) });
    expect(await t.db.select().from(product).where(eq(product.name, "Copycat"))).toEqual([]);
  });

  it("refuses two variants of the same colour and size, and a category that does not exist", async () => {
    const twice = await failureOf(
      create({
        name: "Twice",
        categoryId: knitwear,
        variants: [...matrix(), { colour: "navy", size: "s", priceMinor: 1 }],
      }),
    );
    expect(twice.message).toMatch(/Two variants are both navy \/ s/);
    expect((await failureOf(create({ name: "Nowhere", categoryId: randomUUID(), variants: matrix() }))).code).toBe(
      "INVALID_INPUT",
    );
  });
});

describe("editing a product", () => {
  it("saves both languages and records each field's before and after with the marketer's name", async () => {
    const made = await create({ name: "Linen Shirt", categoryId: knitwear, variants: matrix(3990) });
    const saved = await update({
      id: made.id,
      nameEs: "Camisa de lino",
      description: "**Washed** linen.\n\n- Relaxed fit",
      descriptionEs: "Lino **lavado**.",
      care: "100% linen. Wash at 30 °C.",
      careEs: "100 % lino. Lavar a 30 °C.",
      fit: "Relaxed: take your usual size.",
      fitEs: "Holgada: tu talla de siempre.",
      categoryId: home,
      featured: true,
    });
    expect(saved.content.es).toEqual({
      name: "Camisa de lino",
      description: "Lino **lavado**.",
      care: "100 % lino. Lavar a 30 °C.",
      fit: "Holgada: tu talla de siempre.",
    });
    expect(saved).toMatchObject({ category: { id: home }, featured: true });

    const history = await productHistory(t.db, made.id);
    const entry = (field: string) => history.find((h) => h.field === field);
    expect(entry("nameEs")).toMatchObject({ before: "", after: "Camisa de lino", actor: { name: "Marta Marketing" } });
    expect(entry("categoryId")).toMatchObject({ before: knitwear, after: home });
    expect(entry("featured")).toMatchObject({ before: false, after: true });
    // One save is one change.
    expect(
      new Set(history.filter((h) => h.field !== "created" && h.field !== "variant").map((h) => h.changeId)).size,
    ).toBe(1);

    // Saving the same again changes nothing and records nothing.
    const rows = (await productHistory(t.db, made.id)).length;
    await update({ id: made.id, nameEs: "Camisa de lino", featured: true });
    expect((await productHistory(t.db, made.id)).length).toBe(rows);
    // The search finds it by its Spanish name.
    const [{ searchText }] = (await t.db
      .select({ searchText: product.searchText })
      .from(product)
      .where(eq(product.id, made.id))) as [{ searchText: string }];
    expect(searchText).toContain("camisa de lino");
  });

  it("keeps the old address redirecting after a new slug, and refuses another product's", async () => {
    const made = await create({ name: "Old Name Jumper", categoryId: knitwear, variants: matrix() });
    await setPublication(t.db, marta, { productId: made.id, channel: "web", from: new Date(Date.now() - 1000) });
    await update({ id: made.id, slug: "new-name-jumper" });
    expect(await movedSlug(t.db, "old-name-jumper")).toBe("new-name-jumper");
    expect((await getProduct(t.db, "new-name-jumper")).id).toBe(made.id);

    const refused = await failureOf(update({ id: made.id, slug: FIXTURE_PRODUCT.slug }));
    expect(refused).toMatchObject({ code: "INVALID_INPUT", details: { field: "slug" } });
    const other = await create({ name: "Another Jumper", categoryId: knitwear, variants: matrix() });
    // Another product's earlier address still belongs to it: shared links must not change product.
    expect((await failureOf(update({ id: other.id, slug: "old-name-jumper" }))).code).toBe("INVALID_INPUT");

    // Going back to the old address makes it the product's address again, not a redirect.
    await update({ id: made.id, slug: "old-name-jumper" });
    expect(await movedSlug(t.db, "old-name-jumper")).toBeNull();
    expect(await movedSlug(t.db, "new-name-jumper")).toBe("old-name-jumper");
    expect(slugify("  Camiseta Básica — Edición 2026 ")).toBe("camiseta-basica-edicion-2026");
  });

  it("refuses a save over someone else's newer one", async () => {
    const made = await create({ name: "Contested Scarf", categoryId: knitwear, variants: matrix() });
    const opened = await getStudioProduct(t.db, made.id);
    await update({ id: made.id, expectedUpdatedAt: opened.updatedAt, name: "First Save Scarf" });
    const late = await failureOf(update({ id: made.id, expectedUpdatedAt: opened.updatedAt, name: "Second Save" }));
    expect(late).toMatchObject({ code: "EDIT_CONFLICT" });
    expect((await getStudioProduct(t.db, made.id)).content.en.name).toBe("First Save Scarf");
  });
});

describe("the variant matrix", () => {
  it("adds, reprices and removes variants; a variant ever ordered is archived, never deleted", async () => {
    const made = await create({ name: "Matrix Cardigan", categoryId: knitwear, variants: matrix() });
    await setPublication(t.db, marta, { productId: made.id, channel: "store", from: new Date(Date.now() - 1000) });
    const [sold, unsold, ...rest] = made.variants;
    // Sell one at the counter, so it has an order.
    await setStock(t.db, sold!.id, madrid, 5);
    const staff = await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid);
    await sellAtCounter(
      t.db,
      { store: { id: madrid, code: "MAD", name: "Mostrador Madrid" }, staffId: staff.id },
      {
        customerId: null,
        source: { from: "basket", lines: [{ variantId: sold!.id, quantity: 1 }] },
        payment: { method: "cash" },
        idempotencyKey: randomUUID(),
      },
      createTestPaymentProvider(),
    );

    const saved = await update({
      id: made.id,
      variants: [
        ...rest.map((v) => ({ id: v.id, colour: v.colour, size: v.size, priceMinor: 5490 })),
        { colour: "Sand", colourHex: "#D8C3A5", size: "XL", priceMinor: 5990 },
      ],
    });
    const live = saved.variants.filter((v) => !v.archived);
    expect(live.map((v) => `${v.colour} ${v.size} ${v.priceMinor}`)).toEqual([
      "Navy L 5490",
      "Sand S 5490",
      "Sand M 5490",
      "Sand L 5490",
      "Sand XL 5990",
    ]);
    expect(saved.variants.find((v) => v.id === sold!.id)).toMatchObject({ archived: true, everOrdered: true });
    expect(await t.db.select().from(variant).where(eq(variant.id, unsold!.id))).toEqual([]);

    // An archived variant is not for sale anywhere, though its order still points at it.
    expect((await findItem(t.db, madrid, sold!.sku)).items).toEqual([]);
    await setPublication(t.db, marta, { productId: made.id, channel: "web", from: new Date(Date.now() - 1000) });
    expect((await getProduct(t.db, made.slug)).variants.map((v) => v.id)).not.toContain(sold!.id);
    expect((await failureOf(addItem(t.db, newGuest(), sold!.id, 1))).code).toBe("NOT_FOUND");

    const history = await productHistory(t.db, made.id);
    expect(history.find((h) => h.entityId === sold!.id && h.field === "archived")).toMatchObject({ after: true });
    expect(history.find((h) => h.entityId === unsold!.id && h.field === "variant")).toMatchObject({ after: null });
    expect(history.filter((h) => h.field === "priceMinor")).toHaveLength(4);
  });

  it("lets two variants swap their SKUs in one save", async () => {
    const made = await create({ name: "Swap Socks", categoryId: knitwear, variants: matrix().slice(0, 2) });
    const [a, b] = made.variants;
    const saved = await update({
      id: made.id,
      variants: [
        { id: a!.id, colour: a!.colour, size: a!.size, priceMinor: a!.priceMinor, sku: b!.sku },
        { id: b!.id, colour: b!.colour, size: b!.size, priceMinor: b!.priceMinor, sku: a!.sku },
      ],
    });
    expect(saved.variants.map((v) => v.sku)).toEqual([b!.sku, a!.sku]);
  });
});

describe("publishing per channel", () => {
  it("opens and closes at the scheduled second, on the web and in the stores separately", async () => {
    const made = await create({ name: "Timed Beanie", categoryId: knitwear, variants: matrix().slice(0, 1) });
    const sku = made.variants[0]!.sku;
    const opens = new Date(Date.now() + 1500);
    await setPublication(t.db, marta, {
      productId: made.id,
      channel: "web",
      from: opens,
      until: new Date(opens.getTime() + 1500),
    });
    expect((await getStudioProduct(t.db, made.id)).status).toBe("scheduled");
    expect((await failureOf(getProduct(t.db, made.slug))).code).toBe("NOT_FOUND");
    await new Promise((r) => setTimeout(r, opens.getTime() - Date.now() + 100));
    expect((await getProduct(t.db, made.slug)).id).toBe(made.id);
    // The web only: the counter cannot find it.
    expect((await findItem(t.db, madrid, sku)).items).toEqual([]);
    await new Promise((r) => setTimeout(r, opens.getTime() + 1500 - Date.now() + 100));
    expect((await failureOf(getProduct(t.db, made.slug))).code).toBe("NOT_FOUND");

    await setPublication(t.db, marta, { productId: made.id, channel: "store", from: new Date() });
    expect((await findItem(t.db, madrid, sku)).items.map((i) => i.sku)).toEqual([sku]);
    await setPublication(t.db, marta, { productId: made.id, channel: "store", from: null });
    expect((await findItem(t.db, madrid, sku)).items).toEqual([]);
  });

  it("refuses a window that ends before it starts or is already over", async () => {
    const made = await create({ name: "Refused Window Cap", categoryId: knitwear, variants: matrix().slice(0, 1) });
    const now = Date.now();
    const backwards = await failureOf(
      setPublication(t.db, marta, {
        productId: made.id,
        channel: "web",
        from: new Date(now + 60_000),
        until: new Date(now + 1000),
      }),
    );
    expect(backwards).toMatchObject({ code: "INVALID_INPUT", message: "The end must come after the start." });
    const over = await failureOf(
      setPublication(t.db, marta, {
        productId: made.id,
        channel: "web",
        from: new Date(now - 60_000),
        until: new Date(now - 1000),
      }),
    );
    expect(over.message).toBe("The end must be in the future.");
    expect((await getStudioProduct(t.db, made.id)).publication.web).toEqual({ from: null, until: null });
  });
});

describe("putting changes back", () => {
  it("puts back one field, or every field of one change, and records the revert", async () => {
    const made = await create({ name: "Revert Tote", categoryId: knitwear, variants: matrix().slice(0, 2) });
    await update({ id: made.id, name: "Renamed Tote", slug: "renamed-tote", categoryId: home });
    const history = await productHistory(t.db, made.id);
    const nameEntry = history.find((h) => h.field === "name")!;

    await revertChange(t.db, marta, { entryId: nameEntry.id });
    let now = await getStudioProduct(t.db, made.id);
    expect(now).toMatchObject({
      content: { en: { name: "Revert Tote" } },
      slug: "renamed-tote",
      category: { id: home },
    });

    await revertChange(t.db, marta, { changeId: nameEntry.changeId });
    now = await getStudioProduct(t.db, made.id);
    expect(now).toMatchObject({ slug: "revert-tote", category: { id: knitwear } });
    // Shared links to the address it had meanwhile still work.
    expect(await movedSlug(t.db, "renamed-tote")).toBe("revert-tote");

    const reverts = await t.db
      .select()
      .from(changeLog)
      .where(and(eq(changeLog.productId, made.id), eq(changeLog.actorName, "Marta Marketing")));
    expect(reverts.filter((r) => r.revertOf !== null).length).toBeGreaterThanOrEqual(3);
  });

  it("brings back a deleted variant with its SKU and barcode, and puts back a price", async () => {
    const made = await create({ name: "Revert Mug", categoryId: home, variants: matrix().slice(0, 2) });
    const [keep, gone] = made.variants;
    await update({
      id: made.id,
      variants: [{ id: keep!.id, colour: keep!.colour, size: keep!.size, priceMinor: 100 }],
    });
    const history = await productHistory(t.db, made.id);
    await revertChange(t.db, marta, { entryId: history.find((h) => h.field === "variant" && h.after === null)!.id });
    await revertChange(t.db, marta, { entryId: history.find((h) => h.field === "priceMinor")!.id });
    const now = await getStudioProduct(t.db, made.id);
    expect(now.variants.map((v) => [v.sku, v.barcode, v.priceMinor])).toEqual([
      [keep!.sku, keep!.barcode, 4990],
      [gone!.sku, gone!.barcode, 4990],
    ]);
  });
});
