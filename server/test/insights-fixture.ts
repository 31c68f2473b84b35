import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { order, orderEvent, orderLine } from "@/db/schema";

/** What a fixture order points at: a variant for its lines and the staff member at a till. */
export type FixtureItem = { id: string; sku: string; slug?: string };
export type FixtureRefs = { item: FixtureItem; staff: string };

const minutesAfter = (at: string, minutes: number) => new Date(Date.parse(at) + minutes * 60_000);

/**
 * An order as the shop leaves it (for insights tests), with its status events (`events`: minutes
 * after placing). `counter`: sold and handed over at its store's till; `soldAt`: ordered at that
 * store's counter (the endless aisle), by the fixture's staff member either way.
 */
export async function placeFixtureOrder(
  db: Db,
  refs: FixtureRefs,
  o: {
    at: string | Date;
    locationId: string;
    status: "placed" | "ready" | "collected" | "expired" | "cancelled" | "delivered";
    fulfilment?: "pickup" | "delivery";
    counter?: boolean;
    soldAt?: string;
    totalMinor?: number;
    customerId?: string;
    guestId?: string;
    device?: "phone" | "tablet" | "desktop";
    /** Each line is the fixture's item at 10 € unless it says otherwise. */
    lines: { quantity: number; missing?: number; item?: FixtureItem; priceMinor?: number }[];
    events?: { status: "ready" | "collected" | "expired" | "cancelled"; after: number; note?: string }[];
  },
) {
  const { item, staff } = refs;
  const id = randomUUID();
  const placedAt = new Date(o.at);
  const soldAt = o.counter ? o.locationId : (o.soldAt ?? null);
  await db.insert(order).values({
    id,
    number: `CC-${randomUUID().slice(0, 8)}`,
    customerId: o.customerId ?? null,
    guestId: o.guestId ?? null,
    device: o.device ?? null,
    email: "fixture@example.com",
    contactName: "Fixture",
    channel: soldAt ? "store" : "web",
    fulfilment: o.fulfilment ?? "pickup",
    locationId: o.locationId,
    status: o.status,
    paymentMethod: soldAt ? "cash" : "pay_at_pickup",
    paymentStatus: soldAt ? "paid" : "pending",
    subtotalMinor: o.totalMinor ?? 1000,
    totalMinor: o.totalMinor ?? 1000,
    soldAtLocationId: soldAt,
    soldById: soldAt ? staff : null,
    placedAt,
  });
  await db.insert(orderLine).values(
    o.lines.map((l) => ({
      orderId: id,
      variantId: (l.item ?? item).id,
      sku: (l.item ?? item).sku,
      productName: "Fixture",
      productSlug: (l.item ?? item).slug ?? "fixture",
      quantity: l.quantity,
      missingQuantity: l.missing ?? 0,
      unitPriceMinor: l.priceMinor ?? 1000,
    })),
  );
  for (const e of o.events ?? [])
    await db.insert(orderEvent).values({
      orderId: id,
      status: e.status,
      channel: "store",
      note: e.note ?? null,
      createdAt: minutesAfter(placedAt.toISOString(), e.after),
    });
  return id;
}
