import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { location, user } from "@/db/schema";
import { DomainError } from "@/server/errors";

const publicColumns = {
  id: location.id,
  slug: location.slug,
  code: location.code,
  name: location.name,
  kind: location.kind,
  clickAndCollect: location.clickAndCollect,
  addressLine: location.addressLine,
  city: location.city,
  postalCode: location.postalCode,
  phone: location.phone,
  timezone: location.timezone,
  openingHours: location.openingHours,
};

export type PublicLocation = Awaited<ReturnType<typeof listLocations>>[number];

export async function listLocations(db: Db) {
  return db.select(publicColumns).from(location).orderBy(asc(location.sortOrder), asc(location.name));
}

export async function getStore(db: Db, locationId: string) {
  const [store] = await db.select(publicColumns).from(location).where(eq(location.id, locationId));
  return store ?? null;
}

/** The shopper's chosen store must be one where they can pick up. */
export async function assertPickupStore(db: Db, locationId: string) {
  const store = await getStore(db, locationId);
  if (!store || store.kind !== "store" || !store.clickAndCollect) {
    throw new DomainError("NOT_FOUND", { key: "errors.locations.unknownPickupStore" });
  }
  return store;
}

/** Where delivery orders come from: the first warehouse. */
export async function warehouse(db: Db | Tx) {
  const [row] = await db
    .select({ id: location.id, name: location.name })
    .from(location)
    .where(eq(location.kind, "warehouse"))
    .orderBy(asc(location.sortOrder))
    .limit(1);
  if (!row) throw new DomainError("NOT_FOUND", { key: "errors.locations.noDelivery" });
  return row;
}

/** A store an order may be collected at: a store with click-and-collect. */
export async function pickupStore(db: Db | Tx, locationId: string) {
  const [row] = await db
    .select({
      id: location.id,
      code: location.code,
      name: location.name,
      kind: location.kind,
      clickAndCollect: location.clickAndCollect,
    })
    .from(location)
    .where(eq(location.id, locationId));
  if (!row || row.kind !== "store" || !row.clickAndCollect) {
    throw new DomainError("NOT_A_PICKUP_STORE", { key: "errors.locations.notAPickupStore" });
  }
  return row;
}

export async function setPreferredStore(db: Db, userId: string, locationId: string | null) {
  if (locationId) await assertPickupStore(db, locationId);
  await db.update(user).set({ preferredLocationId: locationId }).where(eq(user.id, userId));
}

export async function getPreferredStoreId(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ id: user.preferredLocationId }).from(user).where(eq(user.id, userId));
  return row?.id ?? null;
}
