import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { category, product } from "@/db/schema";
import { DomainError, notFound } from "@/server/errors";
import { catalogChanged } from "./publishing";
import { refreshSearchTexts } from "./catalog-writes";
import { inOneTransaction, slugify } from "./editor";
import { diffFields, recordChanges, type Actor } from "./history";
import type { CategoryCreateInput, CategoryMoveInput, CategoryUpdateInput } from "./inputs";

/** A new category at the end of the menu, its address made from its name. */
export async function createCategory(db: Db, actor: Actor, input: CategoryCreateInput) {
  return inOneTransaction(db, async (tx) => {
    const base = slugify(input.name);
    const taken = new Set(
      (
        await tx
          .select({ slug: category.slug })
          .from(category)
          .where(sql`${category.slug} = ${base} or ${category.slug} like ${`${base}-%`}`)
      ).map((r) => r.slug),
    );
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    const [last] = await tx.select({ max: sql<number | null>`max(${category.sortOrder})` }).from(category);
    const [row] = await tx
      .insert(category)
      .values({ slug, name: input.name, description: input.description ?? "", sortOrder: (last?.max ?? 0) + 1 })
      .returning();
    await recordChanges(tx, actor, [
      {
        entity: "category",
        entityId: row!.id,
        productId: null,
        entityLabel: row!.name,
        field: "created",
        before: null,
        after: { name: row!.name, slug },
      },
    ]);
    return row!;
  });
}

/** Renames a category or changes its description; its address stays, so links keep working. */
export async function updateCategory(db: Db, actor: Actor, input: CategoryUpdateInput) {
  const { after, members } = await inOneTransaction(db, async (tx) => {
    const [before] = await tx.select().from(category).where(eq(category.id, input.id)).for("update");
    if (!before) throw notFound("category");
    const after = { ...before, name: input.name ?? before.name, description: input.description ?? before.description };
    const changes = diffFields(
      { entity: "category", entityId: before.id, productId: null, entityLabel: after.name },
      before,
      after,
      ["name", "description"],
    );
    if (changes.length)
      await tx
        .update(category)
        .set({ name: after.name, description: after.description })
        .where(eq(category.id, before.id));
    // Shoppers find products by their category's name: a new name is searchable at once.
    const members = after.name === before.name ? [] : await productsOf(tx, before.id);
    await refreshSearchTexts(
      tx,
      members.map((p) => p.id),
    );
    await recordChanges(tx, actor, changes);
    return { after, members };
  });
  // Told once committed, so pages that refetch read the new name.
  await catalogChanged(
    db,
    members.map((p) => p.id),
  );
  return after;
}

const productsOf = (tx: Tx, categoryId: string) =>
  tx.select({ id: product.id, name: product.name }).from(product).where(eq(product.categoryId, categoryId));

/**
 * Moves every product of one category into another, in one transaction, with a history entry on
 * each product (so each one's page says where it came from and can put it back).
 */
export async function moveCategoryProducts(db: Db, actor: Actor, input: CategoryMoveInput) {
  const moved = await inOneTransaction(db, async (tx) => {
    const both = await tx
      .select({ id: category.id })
      .from(category)
      .where(inArray(category.id, [input.from, input.to]))
      .for("update");
    if (!both.some((c) => c.id === input.from)) throw notFound("category");
    if (!both.some((c) => c.id === input.to))
      throw new DomainError(
        "INVALID_INPUT",
        { key: "errors.studio.moveTargetGone" },
        {
          field: "to",
        },
      );
    const moving = await productsOf(tx, input.from);
    if (!moving.length) return [];
    await tx
      .update(product)
      .set({ categoryId: input.to, updatedAt: sql`now()` })
      .where(eq(product.categoryId, input.from));
    await refreshSearchTexts(
      tx,
      moving.map((p) => p.id),
    );
    await recordChanges(
      tx,
      actor,
      moving.map((p) => ({
        entity: "product" as const,
        entityId: p.id,
        productId: p.id,
        entityLabel: p.name,
        field: "categoryId",
        before: input.from,
        after: input.to,
      })),
    );
    return moving.map((p) => p.id);
  });
  await catalogChanged(db, moved);
  return { moved: moved.length };
}

/** The storefront menu's order: every category, in the order given. */
export async function reorderCategories(db: Db, actor: Actor, ids: string[]) {
  return inOneTransaction(db, async (tx) => {
    const all = await tx.select({ id: category.id, name: category.name, sortOrder: category.sortOrder }).from(category);
    if (new Set(ids).size !== ids.length || ids.length !== all.length || !all.every((c) => ids.includes(c.id)))
      throw new DomainError("INVALID_INPUT", { key: "errors.studio.categoriesChanged" });
    const changes = [];
    for (const [position, id] of ids.entries()) {
      const before = all.find((c) => c.id === id)!;
      if (before.sortOrder === position) continue;
      await tx
        .update(category)
        .set({ sortOrder: position })
        .where(inArray(category.id, [id]));
      changes.push({
        entity: "category" as const,
        entityId: id,
        productId: null,
        entityLabel: before.name,
        field: "sortOrder",
        before: before.sortOrder,
        after: position,
      });
    }
    await recordChanges(tx, actor, changes);
    return { reordered: changes.length };
  });
}
