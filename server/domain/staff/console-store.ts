import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { location, type UserRole } from "@/db/schema";

export type ConsoleStore = { id: string; code: string; name: string; timezone: string; clickAndCollect: boolean };

const storeColumns = {
  id: location.id,
  code: location.code,
  name: location.name,
  timezone: location.timezone,
  clickAndCollect: location.clickAndCollect,
};

export async function listStores(db: Db): Promise<ConsoleStore[]> {
  return db
    .select(storeColumns)
    .from(location)
    .where(eq(location.kind, "store"))
    .orderBy(asc(location.sortOrder), asc(location.name));
}

async function storeById(db: Db, id: string): Promise<ConsoleStore | null> {
  const [row] = await db
    .select(storeColumns)
    .from(location)
    .where(and(eq(location.id, id), eq(location.kind, "store")));
  return row ?? null;
}

/**
 * The store a console works for. Staff always work for the store on their account, whatever the
 * request says; an admin works for the store they chose (`chosenId`, from a cookie), else their
 * own, else the first store. Null when a staff member's store no longer exists.
 */
export async function consoleStore(
  db: Db,
  who: { role: UserRole; staffLocationId: string | null },
  chosenId: string | null,
): Promise<ConsoleStore | null> {
  if (who.role !== "admin") return who.staffLocationId ? storeById(db, who.staffLocationId) : null;
  for (const id of [chosenId, who.staffLocationId]) {
    const store = id && /^[0-9a-f-]{36}$/i.test(id) ? await storeById(db, id) : null;
    if (store) return store;
  }
  return (await listStores(db))[0] ?? null;
}
