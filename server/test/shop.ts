import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { location, stockLevel, variant } from "@/db/schema";
import type { LocationKey } from "@/db/seed/fixtures";
import { LOCATION_SLUGS } from "@/db/seed/fixtures";
import type { Shopper } from "@/server/domain/customers/shopper";

export async function locationId(db: Db, key: LocationKey): Promise<string> {
  const [row] = await db.select({ id: location.id }).from(location).where(eq(location.slug, LOCATION_SLUGS[key]));
  if (!row) throw new Error(`No location ${key}`);
  return row.id;
}

export async function variantBySku(db: Db, sku: string) {
  const [row] = await db.select().from(variant).where(eq(variant.sku, sku));
  if (!row) throw new Error(`No variant ${sku}`);
  return row;
}

/** Some variant other than the given ones, for carts with several lines. */
export async function otherVariants(db: Db, count: number, except: string[] = []) {
  const rows = await db
    .select()
    .from(variant)
    .limit(count + except.length + 5);
  return rows.filter((r) => !except.includes(r.id)).slice(0, count);
}

export async function setStock(db: Db, variantId: string, at: string, onHand: number, reserved = 0) {
  await db
    .insert(stockLevel)
    .values({ variantId, locationId: at, onHand, reserved })
    .onConflictDoUpdate({ target: [stockLevel.variantId, stockLevel.locationId], set: { onHand, reserved } });
}

export async function stockAt(db: Db, variantId: string, at: string) {
  const [row] = await db
    .select({ onHand: stockLevel.onHand, reserved: stockLevel.reserved })
    .from(stockLevel)
    .where(and(eq(stockLevel.variantId, variantId), eq(stockLevel.locationId, at)));
  return row ?? { onHand: 0, reserved: 0 };
}

/** A fresh guest, as if a new browser had come by. */
export function newGuest(): Shopper {
  return { kind: "guest", id: randomUUID() };
}

/** What a person sees: the DomainError (or other error) a promise fails with. */
export async function failureOf(
  promise: Promise<unknown>,
): Promise<Error & { code?: string; details?: Record<string, unknown> }> {
  const result = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(result instanceof Error)) throw new Error("expected the call to fail, and it succeeded");
  return result;
}
