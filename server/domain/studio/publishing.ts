import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { product, variant } from "@/db/schema";
import { publish } from "@/server/domain/events/bus";
import type { SalesChannel } from "@/server/domain/catalog/publication";
import { DomainError, notFound } from "@/server/errors";
import { diffFields, recordChanges, type Actor, type FieldChange } from "./history";

export type Publication = { from: Date | null; until: Date | null };

const columns = {
  web: { from: product.webFrom, until: product.webUntil, fromKey: "webFrom", untilKey: "webUntil" },
  store: { from: product.storeFrom, until: product.storeUntil, fromKey: "storeFrom", untilKey: "storeUntil" },
} as const;

/** The catalog event for products whose showing or selling changed: pages holding them refetch. */
export async function catalogChanged(db: Db | Tx, productIds: string[]) {
  if (!productIds.length) return;
  const variants = await db
    .select({ id: variant.id })
    .from(variant)
    .where(sql`${variant.productId} in ${productIds}`);
  await publish({ type: "catalog.changed", productIds, variantIds: variants.map((v) => v.id) });
}

/** Refuses a window that could never be open, in words a marketer can act on. */
export function checkWindow(window: Publication, now: Date) {
  if (window.until === null) return;
  if (window.from === null) throw new DomainError("INVALID_INPUT", { key: "errors.studio.startBeforeEnd" });
  if (window.until <= window.from)
    throw new DomainError("INVALID_INPUT", { key: "errors.studio.endBeforeStart" }, { field: "until" });
  if (window.until <= now)
    throw new DomainError("INVALID_INPUT", { key: "errors.studio.endInPast" }, { field: "until" });
}

export type PublicationInput = { productId: string; channel: SalesChannel; from: Date | null; until?: Date | null };

/** One channel's window written inside the caller's transaction; returns the history entries. */
export async function writePublication(tx: Tx, input: PublicationInput): Promise<FieldChange[]> {
  const window: Publication = { from: input.from, until: input.from === null ? null : (input.until ?? null) };
  checkWindow(window, new Date());
  const c = columns[input.channel];
  const [before] = await tx
    .select({ from: c.from, until: c.until })
    .from(product)
    .where(eq(product.id, input.productId))
    .for("update");
  if (!before) throw notFound("product");
  const changes = diffFields(
    { entity: "publication", entityId: input.productId, productId: input.productId, entityLabel: input.channel },
    { [c.fromKey]: before.from, [c.untilKey]: before.until },
    { [c.fromKey]: window.from, [c.untilKey]: window.until },
    [c.fromKey, c.untilKey],
  );
  if (changes.length)
    await tx
      .update(product)
      .set({ [c.fromKey]: window.from, [c.untilKey]: window.until, updatedAt: sql`now()` })
      .where(eq(product.id, input.productId));
  return changes;
}

/**
 * Publishes a product on one channel from a time (now or past: at once) until another (null: with
 * no end), or takes it off the channel (`from` null). The window is stored, not acted on: every
 * read compares it with the database's clock (catalog/publication.ts).
 */
export async function setPublication(db: Db, actor: Actor, input: PublicationInput) {
  const changed = await db.transaction(async (tx) => {
    const changes = await writePublication(tx, input);
    await recordChanges(tx, actor, changes);
    return changes.length > 0;
  });
  if (changed) await catalogChanged(db, [input.productId]);
  const from = input.from;
  return {
    productId: input.productId,
    channel: input.channel,
    from,
    until: from === null ? null : (input.until ?? null),
  };
}
