import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { stockLevel, stockMovement, variant } from "@/db/schema";
import { announceStock } from "@/server/domain/events/announce";
import { DomainError } from "@/server/errors";
import type { CorrectCountInput, ReceiveInput } from "./inputs";
import { storeItem } from "./store-stock";

export type StockActor = { storeId: string; staffId: string };

/** Written with each change, after the row lock: the history reads in the order changes were made. */
const changedAt = sql`clock_timestamp()`;

/**
 * A delivery arrives at the store: each item's on hand goes up, with an audit row saying how many,
 * why (the delivery note) and who. One transaction; rows are taken in variant order like every
 * other stock change, and created on an item's first delivery to this store.
 */
export async function receiveDelivery(db: Db, actor: StockActor, input: ReceiveInput) {
  const byVariant = new Map<string, number>();
  for (const l of input.lines) byVariant.set(l.variantId, (byVariant.get(l.variantId) ?? 0) + l.quantity);
  const ids = [...byVariant.keys()].sort();
  const known = await db.select({ id: variant.id }).from(variant).where(inArray(variant.id, ids));
  if (known.length !== ids.length) throw new DomainError("NOT_FOUND", { key: "errors.inventory.notInCatalog" });

  await db.transaction(async (tx) => {
    for (const variantId of ids) {
      const quantity = byVariant.get(variantId)!;
      const [level] = await tx
        .insert(stockLevel)
        .values({ variantId, locationId: actor.storeId, onHand: quantity })
        .onConflictDoUpdate({
          target: [stockLevel.variantId, stockLevel.locationId],
          set: { onHand: sql`${stockLevel.onHand} + ${quantity}`, updatedAt: sql`now()` },
        })
        .returning({ onHand: stockLevel.onHand });
      await tx.insert(stockMovement).values({
        variantId,
        locationId: actor.storeId,
        kind: "received",
        delta: quantity,
        onHandAfter: level!.onHand,
        reason: input.reason,
        actorId: actor.staffId,
        createdAt: changedAt,
      });
    }
  });
  await announceStock(
    db,
    ids.map((variantId) => ({ variantId, locationId: actor.storeId })),
  );
  return { items: await Promise.all(ids.map((id) => storeItem(db, actor.storeId, id))) };
}

/**
 * Staff counted the shelf: on hand becomes the count, and the difference is written down with the
 * reason. A count below what is reserved for customers' orders is refused: those units are
 * promised, so either they are on the pickup shelf (count them too) or those orders need attention.
 */
export async function correctCount(db: Db, actor: StockActor, input: CorrectCountInput) {
  await storeItem(db, actor.storeId, input.variantId); // NOT_FOUND for an item that does not exist
  const change = await db.transaction(async (tx) => {
    // The row exists before it is locked, so a first count of an item works like any other.
    await tx
      .insert(stockLevel)
      .values({ variantId: input.variantId, locationId: actor.storeId, onHand: 0 })
      .onConflictDoNothing();
    const [current] = await tx
      .select({ onHand: stockLevel.onHand, reserved: stockLevel.reserved })
      .from(stockLevel)
      .where(and(eq(stockLevel.variantId, input.variantId), eq(stockLevel.locationId, actor.storeId)))
      .for("update");
    const { onHand, reserved } = current!;
    if (input.countedOnHand < reserved) {
      throw new DomainError(
        "BELOW_RESERVED",
        { key: "errors.inventory.belowReserved", values: { reserved } },
        { reserved },
      );
    }
    await tx
      .update(stockLevel)
      .set({ onHand: input.countedOnHand, updatedAt: sql`now()` })
      .where(and(eq(stockLevel.variantId, input.variantId), eq(stockLevel.locationId, actor.storeId)));
    // A count that matches is written too: it says the figure was checked, and when.
    await tx.insert(stockMovement).values({
      variantId: input.variantId,
      locationId: actor.storeId,
      kind: "count",
      delta: input.countedOnHand - onHand,
      onHandAfter: input.countedOnHand,
      reason: input.reason,
      actorId: actor.staffId,
      createdAt: changedAt,
    });
    return { before: onHand, after: input.countedOnHand };
  });
  await announceStock(db, [{ variantId: input.variantId, locationId: actor.storeId }]);
  return { ...change, delta: change.after - change.before, item: await storeItem(db, actor.storeId, input.variantId) };
}
