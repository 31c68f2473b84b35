import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { customerDay, customerFirst, interaction, location, order, user, type Channel } from "@/db/schema";
import { notFound } from "@/server/errors";
import type { ChannelSegment } from "./inputs";
import { salesComputedAt } from "./rollup";

/** How many touchpoints the journey shows, newest first. */
const JOURNEY = 100;

/**
 * One customer's channel mix over all their purchases (from the rollups: orders and spend per
 * channel, their first and last purchase), shared by the studio and the console's customer view.
 */
export async function customerChannelMix(db: Db, customerId: string) {
  const [byChannel, [first]] = await Promise.all([
    db
      .select({
        channel: customerDay.channel,
        orders: sql<number>`sum(${customerDay.orders})::int`,
        revenueMinor: sql<number>`sum(${customerDay.revenueMinor})::bigint`.mapWith(Number),
        lastDay: sql<string>`to_char(max(${customerDay.day}), 'YYYY-MM-DD')`,
      })
      .from(customerDay)
      .where(eq(customerDay.customerId, customerId))
      .groupBy(customerDay.channel),
    db
      .select({ day: customerFirst.day, channel: customerFirst.channel })
      .from(customerFirst)
      .where(eq(customerFirst.customerId, customerId)),
  ]);
  const channels = (["web", "store"] as Channel[]).map((channel) => {
    const r = byChannel.find((c) => c.channel === channel);
    return { channel, orders: r?.orders ?? 0, revenueMinor: r?.revenueMinor ?? 0, lastDay: r?.lastDay ?? null };
  });
  const [web, store] = channels as [(typeof channels)[0], (typeof channels)[0]];
  const segment: ChannelSegment | null =
    web.orders && store.orders ? "both" : web.orders ? "web" : store.orders ? "store" : null;
  const orders = web.orders + store.orders;
  const revenueMinor = web.revenueMinor + store.revenueMinor;
  return {
    segment,
    channels,
    orders,
    revenueMinor,
    averageMinor: orders ? Math.round(revenueMinor / orders) : 0,
    firstPurchase: first ?? null,
  };
}

/**
 * One customer for the studio: who they are, their channel mix, and their journey across web and
 * store — orders, views, searches, adds to cart, pickups and returns — newest first. Read by the
 * customer's own indexes: a few hundred rows, not a scan.
 */
export async function customerInsights(db: Db, customerId: string) {
  const [profile] = await db
    .select({ id: user.id, name: user.name, email: user.email, createdAt: user.createdAt })
    .from(user)
    .where(and(eq(user.id, customerId), eq(user.role, "customer")));
  if (!profile) throw notFound("customer");
  const [mix, orders, touches, computedAt] = await Promise.all([
    customerChannelMix(db, customerId),
    db
      .select({
        at: order.placedAt,
        number: order.number,
        channel: order.channel,
        fulfilment: order.fulfilment,
        status: order.status,
        totalMinor: order.totalMinor,
        store: location.name,
        device: order.device,
      })
      .from(order)
      .innerJoin(location, eq(location.id, order.locationId))
      .where(eq(order.customerId, customerId))
      .orderBy(desc(order.placedAt))
      .limit(JOURNEY),
    db
      .select({
        at: interaction.createdAt,
        kind: interaction.kind,
        channel: interaction.channel,
        device: interaction.device,
        payload: interaction.payload,
      })
      .from(interaction)
      // Orders come from the orders themselves, with their status today.
      .where(and(eq(interaction.customerId, customerId), sql`${interaction.kind} <> 'order'`))
      .orderBy(desc(interaction.createdAt), desc(interaction.seq))
      .limit(JOURNEY),
    salesComputedAt(db),
  ]);
  const text = (v: unknown) => (typeof v === "string" ? v : null);
  const journey = [
    ...orders.map((o) => ({ ...o, kind: "order" as const })),
    ...touches.map((t) => {
      const p = t.payload as Record<string, unknown>;
      return {
        at: t.at,
        kind: t.kind as Exclude<typeof t.kind, "order">,
        channel: t.channel,
        device: t.device,
        /** What it was about: the product, the query, the SKU, or the order. */
        subject: text(p.name) ?? text(p.query) ?? text(p.sku) ?? text(p.orderNumber),
        resultCount: typeof p.resultCount === "number" ? p.resultCount : null,
      };
    }),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, JOURNEY);
  return { profile, ...mix, journey, computedAt };
}
