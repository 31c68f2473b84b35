import "server-only";
import { randomUUID } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { and, desc, eq, lt, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { changeLog } from "@/db/schema";

/** Who made a change, as the history will name them. */
export type Actor = { id: string; name: string };

export type ChangeEntity = (typeof changeLog.$inferInsert)["entity"];

/** One field of one record, before and after. Values are JSON: dates as ISO strings. */
export type FieldChange = {
  entity: ChangeEntity;
  entityId: string;
  /** The product the change belongs to, so its page lists it; null for price lists and categories. */
  productId: string | null;
  /** What a person reads beside the field: "M / Navy" for a variant, a price list's name. */
  entityLabel?: string;
  field: string;
  before: unknown;
  after: unknown;
};

/** JSON as the history stores it: Dates as ISO strings, undefined as null. */
function stored(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/**
 * The changes between two versions of one record, field by field, for the fields listed; fields
 * whose value is the same are left out, so a save that changes nothing records nothing.
 */
export function diffFields<T extends Record<string, unknown>>(
  target: Omit<FieldChange, "field" | "before" | "after">,
  before: T | null,
  after: T | null,
  fields: readonly (keyof T & string)[],
): FieldChange[] {
  return fields
    .map((field) => ({ ...target, field, before: stored(before?.[field]), after: stored(after?.[field]) }))
    .filter((c) => !isDeepStrictEqual(c.before, c.after));
}

// Inserts of at most this many rows: an import of 10,000 rows stays well under PostgreSQL's
// 65,535 bound parameters per statement.
const CHUNK = 2_000;

/**
 * Writes one change (one save, one bulk edit, one import) to the history, inside the caller's
 * transaction, so the history says exactly what was committed. Returns the change's id, or null
 * when nothing had changed.
 */
export async function recordChanges(
  tx: Db | Tx,
  actor: Actor,
  changes: FieldChange[],
  options: { revertOf?: number } = {},
): Promise<string | null> {
  const rows = changes
    .map((c) => ({ ...c, before: stored(c.before), after: stored(c.after) }))
    .filter((c) => !isDeepStrictEqual(c.before, c.after));
  if (!rows.length) return null;
  const changeId = randomUUID();
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.insert(changeLog).values(
      rows.slice(i, i + CHUNK).map((c) => ({
        changeId,
        actorId: actor.id,
        actorName: actor.name,
        productId: c.productId,
        entity: c.entity,
        entityId: c.entityId,
        entityLabel: c.entityLabel ?? "",
        field: c.field,
        before: c.before,
        after: c.after,
        revertOf: options.revertOf ?? null,
      })),
    );
  }
  return changeId;
}

export type HistoryEntry = Awaited<ReturnType<typeof productHistory>>[number];

/** A product's history, newest first: every field of it, its variants, images and publication. */
export async function productHistory(db: Db, productId: string, options: { before?: number; limit?: number } = {}) {
  const rows = await db
    .select({
      id: changeLog.id,
      changeId: changeLog.changeId,
      at: changeLog.at,
      actorName: changeLog.actorName,
      entity: changeLog.entity,
      entityId: changeLog.entityId,
      entityLabel: changeLog.entityLabel,
      field: changeLog.field,
      before: changeLog.before,
      after: changeLog.after,
      revertOf: changeLog.revertOf,
    })
    .from(changeLog)
    .where(and(eq(changeLog.productId, productId), options.before ? lt(changeLog.id, options.before) : undefined))
    .orderBy(desc(changeLog.id))
    .limit(options.limit ?? 200);
  return rows.map(({ actorName, ...r }) => ({ ...r, actor: { name: actorName } }));
}

/** The rows of one recorded change, or the one row when only a field is to be put back. */
export async function changeRows(db: Db | Tx, by: { changeId: string } | { id: number }) {
  return db
    .select()
    .from(changeLog)
    .where("changeId" in by ? eq(changeLog.changeId, by.changeId) : eq(changeLog.id, by.id))
    .orderBy(sql`${changeLog.id} desc`);
}
