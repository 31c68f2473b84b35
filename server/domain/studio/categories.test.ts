import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { category, changeLog, product } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { failureOf } from "@/server/test/shop";
import { createCategory, moveCategoryProducts, reorderCategories, updateCategory } from "./categories";
import { createProduct } from "./editor";
import { productHistory } from "./history";
import { categoryMoveInput, studioProductCreateInput } from "./inputs";
import { listStudioCategories } from "./products";
import { revertChange } from "./revert";

let t: TestDatabase;
const marta = { id: randomUUID(), name: "Marta Marketing" };

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const productIn = (categoryId: string, name: string) =>
  createProduct(
    t.db,
    marta,
    studioProductCreateInput.parse({ name, categoryId, variants: [{ size: "M", priceMinor: 2500 }] }),
  );
const categoryOf = async (id: string) =>
  (await t.db.select({ categoryId: product.categoryId }).from(product).where(eq(product.id, id)))[0]!.categoryId;

describe("categories", () => {
  it("are created at the end of the menu with an address of their own, and counted in the studio's list", async () => {
    const first = await createCategory(t.db, marta, { name: "Rain gear" });
    const second = await createCategory(t.db, marta, { name: "Rain gear" });
    expect(first.slug).toBe("rain-gear");
    expect(second.slug).toBe("rain-gear-2");
    await productIn(first.id, "Packable Poncho");
    const listed = await listStudioCategories(t.db);
    expect(listed.slice(-2).map((c) => c.id)).toEqual([first.id, second.id]);
    expect(listed.find((c) => c.id === first.id)!.productCount).toBe(1);
  });

  it("renamed, keep their address and make their products findable by the new name", async () => {
    const made = await createCategory(t.db, marta, { name: "Scarves" });
    const scarf = await productIn(made.id, "Plain Loop");
    await updateCategory(t.db, marta, { id: made.id, name: "Neckwear" });
    const [row] = await t.db.select().from(category).where(eq(category.id, made.id));
    expect(row).toMatchObject({ name: "Neckwear", slug: "scarves" });
    const [p] = await t.db.select({ searchText: product.searchText }).from(product).where(eq(product.id, scarf.id));
    expect(p!.searchText).toContain("neckwear");
  });

  it("move every product into another category in one change, each product's history saying so", async () => {
    const from = await createCategory(t.db, marta, { name: "Old shelf" });
    const to = await createCategory(t.db, marta, { name: "New shelf" });
    const a = await productIn(from.id, "Shelf Mug");
    const b = await productIn(from.id, "Shelf Bowl");
    expect(await moveCategoryProducts(t.db, marta, { from: from.id, to: to.id })).toEqual({ moved: 2 });
    expect([await categoryOf(a.id), await categoryOf(b.id)]).toEqual([to.id, to.id]);
    const [entry] = await productHistory(t.db, a.id, { limit: 1 });
    expect(entry).toMatchObject({
      field: "categoryId",
      before: from.id,
      after: to.id,
      actor: { name: "Marta Marketing" },
    });
    const changeIds = await t.db
      .selectDistinct({ changeId: changeLog.changeId })
      .from(changeLog)
      .where(eq(changeLog.field, "categoryId"));
    expect(changeIds.filter((c) => c.changeId === entry!.changeId)).toHaveLength(1);

    // One product can go back on its own from its history.
    await revertChange(t.db, marta, { entryId: entry!.id });
    expect(await categoryOf(a.id)).toBe(from.id);
    expect(await categoryOf(b.id)).toBe(to.id);

    // An empty category moves nothing, and records nothing.
    const empty = await createCategory(t.db, marta, { name: "Empty shelf" });
    expect(await moveCategoryProducts(t.db, marta, { from: empty.id, to: to.id })).toEqual({ moved: 0 });
  });

  it("refuse a move into the same category or into one that does not exist, moving nothing", async () => {
    const from = await createCategory(t.db, marta, { name: "Kept shelf" });
    const kept = await productIn(from.id, "Kept Jar");
    expect(categoryMoveInput.safeParse({ from: from.id, to: from.id }).error?.issues[0]?.message).toBe(
      "Choose another category to move them to.",
    );
    expect(await failureOf(moveCategoryProducts(t.db, marta, { from: from.id, to: randomUUID() }))).toMatchObject({
      code: "INVALID_INPUT",
      message: "The category to move them to no longer exists. Choose another.",
    });
    expect(await failureOf(moveCategoryProducts(t.db, marta, { from: randomUUID(), to: from.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await categoryOf(kept.id)).toBe(from.id);
  });

  it("reorder only as a whole list, so a stale page cannot drop one", async () => {
    const all = await listStudioCategories(t.db);
    const reversed = all.map((c) => c.id).reverse();
    expect(await reorderCategories(t.db, marta, reversed)).toMatchObject({ reordered: expect.any(Number) });
    expect((await listStudioCategories(t.db)).map((c) => c.id)).toEqual(reversed);
    expect(await failureOf(reorderCategories(t.db, marta, reversed.slice(1)))).toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});
