import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { category, productImage } from "@/db/schema";
import { getProduct } from "@/server/domain/catalog/product";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { testImage } from "@/server/test/images";
import { failureOf } from "@/server/test/shop";
import { createProduct } from "./editor";
import { productHistory } from "./history";
import { addImage, listImages, removeImage, reorderImages, updateImage } from "./images";
import { imageAddInput, imageUpdateInput } from "./inputs-images";
import { storeUpload } from "./media";
import { setPublication } from "./publishing";

let t: TestDatabase;
let knitwear: string;
const marta = { id: randomUUID(), name: "Marta Marketing" };

beforeAll(async () => {
  t = await createTestDatabase();
  knitwear = (await t.db.select().from(category).where(eq(category.slug, "knitwear")))[0]!.id;
});
afterAll(() => t.close());

async function newProduct(name = `Image Jumper ${randomUUID().slice(0, 6)}`) {
  return createProduct(t.db, marta, {
    name,
    categoryId: knitwear,
    variants: ["Navy", "Sand"].map((colour) => ({ colour, size: "M", priceMinor: 4990 })),
  });
}

const upload = async () => (await storeUpload(t.db, marta, await testImage({ width: 400, height: 500 }))).hash;
const add = (input: Parameters<typeof imageAddInput.parse>[0]) => addImage(t.db, marta, imageAddInput.parse(input));

/** The product's images in order, by alt text. */
const order = async (productId: string) => (await listImages(t.db, productId)).map((i) => i.alt);

describe("a product's images", () => {
  it("puts uploads on a product last in order, with alt text in both languages and a colour or all", async () => {
    const p = await newProduct();
    const first = await add({ productId: p.id, mediaHash: await upload(), alt: "Front", altEs: "Delante" });
    const second = await add({ productId: p.id, mediaHash: await upload(), alt: "Navy back", colour: "Navy" });
    expect(first).toMatchObject({ position: 0, alt: "Front", altEs: "Delante", colour: null, width: 400, height: 500 });
    expect(first.url).toBe(`/api/media/${first.mediaHash}/w400.webp`);
    expect(second).toMatchObject({ position: 1, colour: "Navy", altEs: "" });

    const history = await productHistory(t.db, p.id);
    expect(history.find((h) => h.entityId === second.id)).toMatchObject({
      entity: "image",
      field: "added",
      before: null,
      after: { alt: "Navy back", colour: "Navy", mediaHash: second.mediaHash },
      actor: { name: "Marta Marketing" },
    });

    const updated = await updateImage(
      t.db,
      marta,
      imageUpdateInput.parse({ id: second.id, alt: "Back", colour: null }),
    );
    expect(updated).toMatchObject({ alt: "Back", colour: null });
    const fields = (await productHistory(t.db, p.id)).filter((h) => h.entityId === second.id).map((h) => h.field);
    expect(fields.sort()).toEqual(["added", "alt", "colour"]);
  });

  it("refuses no alt text, a colour the product is not sold in, an unknown upload and the same image twice", async () => {
    const p = await newProduct();
    const hash = await upload();
    expect(imageAddInput.safeParse({ productId: p.id, mediaHash: hash, alt: "  " }).error?.issues[0]?.message).toMatch(
      /alt text/,
    );
    const red = await failureOf(add({ productId: p.id, mediaHash: hash, alt: "Red", colour: "Red" }));
    expect(red).toMatchObject({ code: "INVALID_INPUT", message: expect.stringMatching(/not sold in Red/) });
    const unknown = await failureOf(add({ productId: p.id, mediaHash: "a".repeat(64), alt: "Ghost" }));
    expect(unknown.message).toMatch(/Upload the image again/);
    await add({ productId: p.id, mediaHash: hash, alt: "Once" });
    expect((await failureOf(add({ productId: p.id, mediaHash: hash, alt: "Twice" }))).message).toMatch(/already on/);
    expect((await failureOf(add({ productId: randomUUID(), mediaHash: hash, alt: "Lost" }))).code).toBe("NOT_FOUND");
    expect(await order(p.id)).toEqual(["Once"]);
  });

  it("reorders in one go and refuses a list that is not exactly the product's images, changing nothing", async () => {
    const p = await newProduct();
    const ids = [];
    for (const alt of ["A", "B", "C", "D"])
      ids.push((await add({ productId: p.id, mediaHash: await upload(), alt })).id);
    const [a, b, c, d] = ids as [string, string, string, string];
    const after = await reorderImages(t.db, marta, { productId: p.id, ids: [d, a, c, b] });
    expect(after.map((i) => [i.alt, i.position])).toEqual([
      ["D", 0],
      ["A", 1],
      ["C", 2],
      ["B", 3],
    ]);
    const moved = (await productHistory(t.db, p.id)).filter((h) => h.field === "position");
    expect(moved.map((h) => [h.entityLabel, h.before, h.after]).sort()).toEqual([
      ["A", 0, 1],
      ["B", 1, 3],
      ["D", 3, 0],
    ]);
    // One missing, one twice, one from another product: each refused, the order as it was.
    const other = await newProduct();
    const stranger = (await add({ productId: other.id, mediaHash: await upload(), alt: "Stranger" })).id;
    for (const wrong of [
      [d, a, c],
      [d, a, c, c],
      [d, a, c, stranger],
    ]) {
      const refused = await failureOf(reorderImages(t.db, marta, { productId: p.id, ids: wrong }));
      expect(refused.message).toMatch(/Reload and reorder again/);
    }
    expect(await order(p.id)).toEqual(["D", "A", "C", "B"]);
  });

  it("never loses the order when two marketers reorder at once: one order wins whole", async () => {
    const p = await newProduct();
    const ids = [];
    for (const alt of ["A", "B", "C", "D", "E"])
      ids.push((await add({ productId: p.id, mediaHash: await upload(), alt })).id);
    const reversed = [...ids].reverse();
    const rotated = [...ids.slice(2), ...ids.slice(0, 2)];
    await Promise.all([
      reorderImages(t.db, marta, { productId: p.id, ids: reversed }),
      reorderImages(t.db, { id: randomUUID(), name: "Other" }, { productId: p.id, ids: rotated }),
    ]);
    const rows = await t.db
      .select({ id: productImage.id, position: productImage.position })
      .from(productImage)
      .where(eq(productImage.productId, p.id))
      .orderBy(asc(productImage.position));
    expect(rows.map((r) => r.position)).toEqual([0, 1, 2, 3, 4]);
    expect([reversed, rotated]).toContainEqual(rows.map((r) => r.id));
  });

  it("removes an image, moves the rest up, and records what was removed", async () => {
    const p = await newProduct();
    const ids = [];
    for (const alt of ["A", "B", "C"]) ids.push((await add({ productId: p.id, mediaHash: await upload(), alt })).id);
    await removeImage(t.db, marta, ids[0]!);
    expect((await listImages(t.db, p.id)).map((i) => [i.alt, i.position])).toEqual([
      ["B", 0],
      ["C", 1],
    ]);
    expect((await productHistory(t.db, p.id))[0]).toMatchObject({
      field: "removed",
      after: null,
      before: { alt: "A" },
    });
    expect((await failureOf(removeImage(t.db, marta, ids[0]!))).code).toBe("NOT_FOUND");
  });

  it("reach the storefront's product page with their upload's size, next to the demo's own images", async () => {
    const p = await newProduct();
    const image = await add({ productId: p.id, mediaHash: await upload(), alt: "Front", colour: "Sand" });
    await setPublication(t.db, marta, { productId: p.id, channel: "web", from: new Date() });
    const page = await getProduct(t.db, p.slug);
    expect(page.images).toEqual([
      { url: image.url, alt: "Front", colour: "Sand", media: { hash: image.mediaHash, width: 400, height: 500 } },
    ]);
  });
});
