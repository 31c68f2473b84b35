import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { category } from "@/db/schema";
import { DomainError, notFound } from "@/server/errors";
import { slugify, inOneTransaction } from "./editor";
import { diffFields, recordChanges, type Actor } from "./history";
import type { CategoryCreateInput, CategoryUpdateInput } from "./inputs";

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
  return inOneTransaction(db, async (tx) => {
    const [before] = await tx.select().from(category).where(eq(category.id, input.id)).for("update");
    if (!before) throw notFound("That category");
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
    await recordChanges(tx, actor, changes);
    return after;
  });
}

/** The storefront menu's order: every category, in the order given. */
export async function reorderCategories(db: Db, actor: Actor, ids: string[]) {
  return inOneTransaction(db, async (tx) => {
    const all = await tx.select({ id: category.id, name: category.name, sortOrder: category.sortOrder }).from(category);
    if (new Set(ids).size !== ids.length || ids.length !== all.length || !all.every((c) => ids.includes(c.id)))
      throw new DomainError("INVALID_INPUT", "The list has changed since you opened it. Reload and reorder again.");
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
