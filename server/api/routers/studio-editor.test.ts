import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/db/seed/fixtures";
import { callerFor, sessionUserFor, trpcCodeOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";

let t: TestDatabase;
let studio: ReturnType<typeof callerFor>["api"]["studio"];
let knitwear: string;

beforeAll(async () => {
  t = await createTestDatabase();
  studio = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.marketer)).api.studio;
  knitwear = (await studio.categories.list()).find((c) => c.name === "Knitwear")!.id;
});
afterAll(() => t.close());

describe("the studio's product API", () => {
  it("creates a draft and answers with the public shape: id, slug and each variant's codes", async () => {
    const made = await studio.products.create({
      name: "API Cardigan",
      categoryId: knitwear,
      variants: [
        { colour: "Navy", size: "M", priceMinor: 5990 },
        { colour: "Navy", size: "L", priceMinor: 5990 },
      ],
    });
    expect(made).toEqual({
      id: expect.any(String),
      slug: "api-cardigan",
      variants: [
        {
          id: expect.any(String),
          sku: "APICARDIGAN-NAVY-M",
          barcode: expect.stringMatching(/^20\d{11}$/),
          colour: "Navy",
          size: "M",
          priceMinor: 5990,
        },
        {
          id: expect.any(String),
          sku: "APICARDIGAN-NAVY-L",
          barcode: expect.stringMatching(/^20\d{11}$/),
          colour: "Navy",
          size: "L",
          priceMinor: 5990,
        },
      ],
    });
    const listed = await studio.products.list({ query: "api cardigan" });
    expect(listed.items[0]).toMatchObject({
      id: made.id,
      slug: made.slug,
      status: "draft",
      channels: { web: false, store: false },
    });

    await studio.products.update({ id: made.id, nameEs: "Chaqueta API" });
    await studio.publishing.set({ productId: made.id, channel: "web", from: new Date(Date.now() - 1000) });
    const history = await studio.history({ productId: made.id });
    expect(history[0]).toMatchObject({
      at: expect.any(Date),
      actor: { name: expect.any(String) },
      field: "webFrom",
      before: null,
    });
    expect(history.find((h) => h.field === "nameEs")).toMatchObject({ before: "", after: "Chaqueta API" });
    expect((await studio.products.get({ id: made.id })).status).toBe("published");
  });

  it("answers bad input with 400 and a message, never a 500", async () => {
    const variant = { size: "M", priceMinor: 100 };
    const refusals = [
      studio.products.create({ name: "x".repeat(121), categoryId: knitwear, variants: [variant] }),
      studio.products.create({
        name: "Many",
        categoryId: knitwear,
        variants: Array.from({ length: 201 }, (_, i) => ({ size: `S${i}`, priceMinor: 100 })),
      }),
      studio.products.create({ name: "None", categoryId: knitwear, variants: [] }),
      studio.products.create({
        name: "Bad code",
        categoryId: knitwear,
        variants: [{ ...variant, barcode: "4006381333932" }],
      }),
      studio.products.create({ name: "Free", categoryId: knitwear, variants: [{ size: "M", priceMinor: 0 }] }),
      studio.products.update({ id: "not-a-uuid" }),
      studio.products.update({ id: crypto.randomUUID(), slug: "Not A Slug" }),
      studio.publishing.set({ productId: crypto.randomUUID(), channel: "email" as "web", from: null }),
      studio.history({ productId: crypto.randomUUID(), limit: 501 }),
      studio.categories.create({ name: "" }),
    ];
    for (const [i, call] of refusals.entries()) expect(await trpcCodeOf(call), `call ${i}`).toBe("BAD_REQUEST");

    const made = await studio.products.create({ name: "Window Beanie", categoryId: knitwear, variants: [variant] });
    const from = new Date(Date.now() + 3_600_000);
    expect(
      await trpcCodeOf(
        studio.publishing.set({ productId: made.id, channel: "web", from, until: new Date(from.getTime() - 1) }),
      ),
    ).toBe("BAD_REQUEST");
    expect(await trpcCodeOf(studio.products.get({ id: crypto.randomUUID() }))).toBe("NOT_FOUND");
    expect(await trpcCodeOf(studio.revert({ entryId: 999_999_999 }))).toBe("NOT_FOUND");
    const opened = await studio.products.get({ id: made.id });
    await studio.products.update({ id: made.id, expectedUpdatedAt: opened.updatedAt, name: "Window Beanie 2" });
    expect(
      await trpcCodeOf(studio.products.update({ id: made.id, expectedUpdatedAt: opened.updatedAt, name: "Late" })),
    ).toBe("CONFLICT");
  });

  it("tells open pages that the catalog changed when a product is published", async () => {
    const made = await studio.products.create({
      name: "Live Tote",
      categoryId: knitwear,
      variants: [{ priceMinor: 2500 }],
    });
    const controller = new AbortController();
    const guest = callerFor(t, null, {}, { signal: controller.signal }).api.live;
    const [catalog, variants] = await Promise.all([
      guest.catalog(),
      guest.variants({ variantIds: [made.variants[0]!.id] }),
    ]);
    const heard: unknown[] = [];
    const read = (stream: AsyncIterable<unknown>) =>
      (async () => {
        for await (const update of stream) heard.push(update);
      })();
    const reading = Promise.all([read(catalog), read(variants)]);
    await studio.publishing.set({ productId: made.id, channel: "web", from: new Date() });
    const data = () => heard.map((h) => (h as [string, unknown])[1]);
    // The guest's catalog stream names no product; the product page's stream hears its own variant.
    await expect.poll(data).toEqual(expect.arrayContaining([{ changed: true }, { kind: "catalog" }]));
    controller.abort();
    await reading;
  });

  it("moves a category's products into another, and refuses a move into the same one", async () => {
    const shelf = await studio.categories.create({ name: "API Shelf" });
    const made = await studio.products.create({
      name: "Shelf Cap",
      categoryId: shelf.id,
      variants: [{ priceMinor: 1500 }],
    });
    expect(await studio.categories.moveProducts({ from: shelf.id, to: knitwear })).toEqual({ moved: 1 });
    expect((await studio.products.get({ id: made.id })).category.id).toBe(knitwear);
    expect(await trpcCodeOf(studio.categories.moveProducts({ from: knitwear, to: knitwear }))).toBe("BAD_REQUEST");
    expect(await trpcCodeOf(studio.categories.moveProducts({ from: shelf.id, to: "knitwear" }))).toBe("BAD_REQUEST");
  });
});
