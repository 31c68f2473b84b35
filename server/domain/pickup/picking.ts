import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { location, order, orderEvent, orderLine, user, variant, type Order } from "@/db/schema";
import { orderOwnerKey } from "@/server/domain/customers/shopper";
import { publish } from "@/server/domain/events/bus";
import type { DomainEvent } from "@/server/domain/events/events";
import { DomainError, notFound } from "@/server/errors";
import { lockStoreOrder } from "./pickup";

type Store = { storeId: string; staffId: string };

/** The first photo of the line's colour (or of any colour), for staff to recognise it on the shelf. */
const lineImage = sql<string | null>`(select pi.url from product_image pi where pi.product_id = ${variant.productId}
  and (pi.colour is null or pi.colour = ${orderLine.colour}) order by (pi.colour is null), pi.position limit 1)`;

/** One of this store's pickup orders as staff pick it: lines with barcodes and progress, contact, payment, history. */
export async function pickingOrder(db: Db, storeId: string, orderNumber: string) {
  const [row] = await db
    .select({
      id: order.id,
      orderNumber: order.number,
      status: order.status,
      channel: order.channel,
      contactName: order.contactName,
      email: order.email,
      phone: user.phone,
      paymentMethod: order.paymentMethod,
      paymentStatus: order.paymentStatus,
      subtotalMinor: order.subtotalMinor,
      totalMinor: order.totalMinor,
      currency: order.currency,
      placedAt: order.placedAt,
      storeName: location.name,
    })
    .from(order)
    .innerJoin(location, eq(location.id, order.locationId))
    .leftJoin(user, eq(user.id, order.customerId))
    .where(
      and(eq(order.number, orderNumber.toUpperCase()), eq(order.locationId, storeId), eq(order.fulfilment, "pickup")),
    );
  if (!row) throw notFound("order");
  const [lines, events] = await Promise.all([
    db
      .select({
        id: orderLine.id,
        sku: orderLine.sku,
        barcode: variant.barcode,
        name: orderLine.productName,
        size: orderLine.size,
        colour: orderLine.colour,
        quantity: orderLine.quantity,
        picked: orderLine.pickedQuantity,
        missing: orderLine.missingQuantity,
        unitPriceMinor: orderLine.unitPriceMinor,
        image: lineImage,
      })
      .from(orderLine)
      .innerJoin(variant, eq(variant.id, orderLine.variantId))
      .where(eq(orderLine.orderId, row.id))
      .orderBy(asc(orderLine.sku)),
    db
      .select({
        status: orderEvent.status,
        channel: orderEvent.channel,
        note: orderEvent.note,
        at: orderEvent.createdAt,
        by: user.name,
      })
      .from(orderEvent)
      .leftJoin(user, eq(user.id, orderEvent.actorId))
      .where(eq(orderEvent.orderId, row.id))
      .orderBy(asc(orderEvent.createdAt)),
  ]);
  const { subtotalMinor, totalMinor, currency, ...rest } = row;
  return {
    ...rest,
    subtotal: { amountMinor: subtotalMinor, currency },
    total: { amountMinor: totalMinor, currency },
    lines: lines.map(({ unitPriceMinor, ...l }) => ({
      ...l,
      unitPrice: { amountMinor: unitPriceMinor, currency },
      left: l.quantity - l.picked - l.missing,
    })),
    events,
  };
}

export type PickingOrder = Awaited<ReturnType<typeof pickingOrder>>;

/** Picking and missing lines happen while an order is new or being picked; the first one starts picking. */
export async function lockOrderForPicking(tx: Tx, store: Store, orderNumber: string) {
  const current = await lockStoreOrder(tx, store.storeId, orderNumber);
  if (current.status !== "placed" && current.status !== "picking") {
    throw new DomainError(
      "INVALID_TRANSITION",
      { key: "errors.pickup.cannotPick", values: { number: current.number, status: current.status } },
      { status: current.status },
    );
  }
  if (current.status === "placed") {
    await tx
      .update(order)
      .set({ status: "picking", updatedAt: sql`now()` })
      .where(eq(order.id, current.id));
    await tx
      .insert(orderEvent)
      .values({ orderId: current.id, status: "picking", channel: "store", actorId: store.staffId });
  }
  return { ...current, status: "picking" as const };
}

/** The events that let the customer's order page and the store's queue follow each pick. */
export function pickingEvents(
  current: Pick<Order, "id" | "number" | "customerId" | "guestId" | "locationId">,
  status: string,
): DomainEvent[] {
  return [
    {
      type: "order.updated",
      orderId: current.id,
      number: current.number,
      status,
      owner: orderOwnerKey(current),
      locationId: current.locationId,
    },
    { type: "pickup.queue", locationId: current.locationId },
  ];
}

/** After commit: the customer's order page and the store's queue follow each pick. */
export async function announcePicking(
  current: Pick<Order, "id" | "number" | "customerId" | "guestId" | "locationId">,
  status: string,
) {
  await publish(...pickingEvents(current, status));
}

/**
 * Confirms one unit of a line: found by a scanned barcode (EAN-13) or a typed SKU (any case), or
 * by the line's id when staff tap it. A code of something not in this order, or of a line already
 * fully picked, is refused with a message that says which.
 */
export async function pickLine(
  db: Db,
  store: Store,
  input: { orderNumber: string } & ({ code: string } | { lineId: string }),
) {
  const result = await db.transaction(async (tx) => {
    const current = await lockOrderForPicking(tx, store, input.orderNumber);
    const lines = await tx
      .select({ line: orderLine, barcode: variant.barcode })
      .from(orderLine)
      .innerJoin(variant, eq(variant.id, orderLine.variantId))
      .where(eq(orderLine.orderId, current.id))
      .for("update", { of: orderLine });
    const code = "code" in input ? input.code.trim() : null;
    const lineId = "lineId" in input ? input.lineId : null;
    const matching = lines.filter(({ line, barcode }) =>
      code === null ? line.id === lineId : line.sku.toLowerCase() === code.toLowerCase() || barcode === code,
    );
    if (!matching.length) {
      throw new DomainError(
        "NOT_IN_ORDER",
        code ? { key: "errors.pickup.notInOrderCode", values: { code } } : { key: "errors.pickup.notInOrder" },
        { code },
      );
    }
    const open = matching.find(({ line }) => line.pickedQuantity + line.missingQuantity < line.quantity);
    if (!open) {
      const { line } = matching[0]!;
      throw new DomainError(
        "ALREADY_PICKED",
        {
          key: "errors.pickup.allPicked",
          values: {
            quantity: line.quantity,
            name: line.productName,
            sku: line.sku,
            missing: line.missingQuantity ? "yes" : "no",
          },
        },
        { lineId: line.id },
      );
    }
    const [updated] = await tx
      .update(orderLine)
      .set({ pickedQuantity: sql`${orderLine.pickedQuantity} + 1` })
      .where(eq(orderLine.id, open.line.id))
      .returning();
    const left = lines.reduce((n, { line }) => n + line.quantity - line.pickedQuantity - line.missingQuantity, 0) - 1;
    return { current, line: updated!, left };
  });
  await announcePicking(result.current, "picking");
  const { line } = result;
  return {
    orderNumber: result.current.number,
    status: "picking" as const,
    line: {
      id: line.id,
      sku: line.sku,
      name: line.productName,
      picked: line.pickedQuantity,
      missing: line.missingQuantity,
      quantity: line.quantity,
    },
    /** Units of the whole order still to pick or mark missing. */
    left: result.left,
  };
}

/** "Confirm all": every unit not yet picked or missing is picked, for orders staff check at a glance. */
export async function pickAll(db: Db, store: Store, input: { orderNumber: string }) {
  const current = await db.transaction(async (tx) => {
    const locked = await lockOrderForPicking(tx, store, input.orderNumber);
    await tx
      .update(orderLine)
      .set({ pickedQuantity: sql`${orderLine.quantity} - ${orderLine.missingQuantity}` })
      .where(eq(orderLine.orderId, locked.id));
    return locked;
  });
  await announcePicking(current, "picking");
  return { orderNumber: current.number, status: "picking" as const, left: 0 };
}
