import "server-only";
import { getTableColumns, sql } from "drizzle-orm";
import { queryRows, type Tx } from "@/db/client";
import { order, type NewOrder } from "@/db/schema";

/** A line as it goes on the order: the price charged and the names the receipt keeps. */
export type OrderLineInput = {
  variantId: string;
  quantity: number;
  sku: string;
  name: string;
  slug: string;
  size: string | null;
  colour: string | null;
  priceMinor: number;
};

/** The order columns' SQL names by their names in the schema, so the database function reads a typed NewOrder. */
const columnNames = Object.fromEntries(
  Object.entries(getTableColumns(order)).map(([key, column]) => [key, column.name]),
);

/** A NewOrder as the JSON the database functions read: SQL column names, unset ones left out. */
export function orderColumns(values: Partial<Omit<NewOrder, "number">>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).flatMap(([key, value]) => (value === undefined ? [] : [[columnNames[key] ?? key, value]])),
  );
}

function orderLinesJson(lines: OrderLineInput[]): string {
  return JSON.stringify(
    lines.map((l) => ({
      variantId: l.variantId,
      quantity: l.quantity,
      sku: l.sku,
      name: l.name,
      slug: l.slug,
      size: l.size,
      colour: l.colour,
      priceMinor: l.priceMinor,
    })),
  );
}

export type PlacedRow = {
  id: string;
  number: string;
  status: NonNullable<NewOrder["status"]>;
  pickupCode: string | null;
  totalMinor: number;
  currency: string;
};

/**
 * Writes an order, its lines and its first event (by `actorId`, with `note`) inside the caller's
 * transaction, ties the idempotency key to it (the counter claims the key earlier in the same
 * transaction, for the same owner) and closes the cart it was sold from. The number is the
 * fulfilling location's code and the shared sequence. Web checkout, counter sales and
 * endless-aisle orders all write orders through the one database function insert_order
 * (migration 0004).
 */
export async function insertOrder(
  tx: Tx,
  code: string,
  key: { key: string; owner: string },
  values: Omit<NewOrder, "number">,
  lines: OrderLineInput[],
  event: { actorId: string | null; note?: string },
  /** The cart the order was sold from, closed with it. */
  fromCart: string | null = null,
): Promise<PlacedRow> {
  const [placed] = await queryRows<PlacedRow>(
    tx,
    sql`select o.id, o.number, o.status, o.pickup_code as "pickupCode", o.total_minor as "totalMinor", o.currency
          from insert_order(${code}, ${key.key}, ${key.owner}, ${JSON.stringify(orderColumns(values))}::jsonb, ${orderLinesJson(lines)}::jsonb, ${event.actorId}, ${event.note ?? null}, ${fromCart}) o`,
  );
  if (!placed) throw new Error("insert_order returned nothing");
  return placed;
}
