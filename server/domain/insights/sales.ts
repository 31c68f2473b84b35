import { and, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { location, salesCategoryDay, salesDay, salesStaffDay, user, type Channel } from "@/db/schema";
import { previousPeriod, type SalesQuery } from "./inputs";
import { salesComputedAt } from "./rollup";

type StaffRow = { staffId: string; name: string; orders: number; units: number; revenueMinor: number };
type Figures = { orders: number; units: number; revenueMinor: number; averageMinor: number };

/**
 * The rollup the figures come from, as one shape: the sales, or with a category only that
 * category's goods (sales_category_day).
 */
function source(db: Db, categoryId: string | undefined) {
  const t = categoryId ? salesCategoryDay : salesDay;
  const q = db
    .select({
      day: sql<string>`${t.day}`.as("day"),
      locationId: sql<string>`${t.locationId}`.as("location_id"),
      channel: sql<Channel>`${t.channel}`.as("channel"),
      fulfilment: sql<string>`${t.fulfilment}`.as("fulfilment"),
      orders: sql<number>`${t.orders}`.as("orders"),
      units: sql<number>`${t.units}`.as("units"),
      revenueMinor: sql<number>`${t.revenueMinor}`.as("revenue_minor"),
    })
    .from(t);
  return (categoryId ? q.where(eq(salesCategoryDay.categoryId, categoryId)) : q).as("rollup");
}

/** Average order value in cents, rounded; 0 with no orders. */
const withAverage = <T extends { orders: number; units: number; revenueMinor: number }>(r: T): T & Figures => ({
  ...r,
  orders: Number(r.orders),
  units: Number(r.units),
  revenueMinor: Number(r.revenueMinor),
  averageMinor: Number(r.orders) ? Math.round(Number(r.revenueMinor) / Number(r.orders)) : 0,
});

/**
 * Sales for a range of shop days, beside the same number of days just before: in total, by channel,
 * by fulfilment (delivery, pickup, counter), by store, by staff member for counter sales, and by day
 * or week. Read from the rollups only, so as cheap on a year of orders as on a day's.
 */
export async function salesFigures(db: Db, input: SalesQuery) {
  const salesDay = source(db, input.categoryId);
  const totals = {
    orders: sql<number>`coalesce(sum(${salesDay.orders}), 0)::int`,
    units: sql<number>`coalesce(sum(${salesDay.units}), 0)::int`,
    revenueMinor: sql<number>`coalesce(sum(${salesDay.revenueMinor}), 0)::bigint`,
  };
  const where = (from: string, to: string): SQL | undefined =>
    and(
      gte(salesDay.day, from),
      lte(salesDay.day, to),
      input.storeId ? eq(salesDay.locationId, input.storeId) : undefined,
      input.channel ? eq(salesDay.channel, input.channel) : undefined,
    );
  const now = where(input.from, input.to);
  const before = previousPeriod(input.from, input.to);
  const bucket =
    input.by === "week"
      ? sql<string>`to_char(date_trunc('week', ${salesDay.day}::timestamp), 'YYYY-MM-DD')`
      : sql<string>`to_char(${salesDay.day}, 'YYYY-MM-DD')`;

  const [[current], [previous], byChannel, byFulfilment, byStore, byPeriod, byStaff, computedAt] = await Promise.all([
    db.select(totals).from(salesDay).where(now),
    db.select(totals).from(salesDay).where(where(before.from, before.to)),
    db
      .select({ channel: salesDay.channel, ...totals })
      .from(salesDay)
      .where(now)
      .groupBy(salesDay.channel),
    db
      .select({ fulfilment: salesDay.fulfilment, ...totals })
      .from(salesDay)
      .where(now)
      .groupBy(salesDay.fulfilment),
    db
      .select({ storeId: salesDay.locationId, name: location.name, ...totals })
      .from(salesDay)
      .innerJoin(location, eq(location.id, salesDay.locationId))
      .where(now)
      .groupBy(salesDay.locationId, location.name)
      .orderBy(location.name),
    db
      .select({ start: bucket, ...totals })
      .from(salesDay)
      .where(now)
      .groupBy(bucket)
      .orderBy(bucket),
    input.channel === "web" || input.categoryId
      ? Promise.resolve<StaffRow[]>([]) // web orders have no till; counter sales are not split by category
      : db
          .select({
            staffId: salesStaffDay.staffId,
            name: user.name,
            orders: sql<number>`sum(${salesStaffDay.orders})::int`,
            units: sql<number>`sum(${salesStaffDay.units})::int`,
            revenueMinor: sql<number>`sum(${salesStaffDay.revenueMinor})::bigint`,
          })
          .from(salesStaffDay)
          .innerJoin(user, eq(user.id, salesStaffDay.staffId))
          .where(
            and(
              gte(salesStaffDay.day, input.from),
              lte(salesStaffDay.day, input.to),
              input.storeId ? eq(salesStaffDay.locationId, input.storeId) : undefined,
            ),
          )
          .groupBy(salesStaffDay.staffId, user.name)
          .orderBy(sql`sum(${salesStaffDay.revenueMinor}) desc`),
    salesComputedAt(db),
  ]);

  return {
    from: input.from,
    to: input.to,
    previousPeriod: before,
    totals: withAverage(current!),
    previousTotals: withAverage(previous!),
    byChannel: byChannel.map(withAverage),
    byFulfilment: byFulfilment.map(withAverage),
    byStore: byStore.map(withAverage),
    byStaff: byStaff.map(withAverage),
    byPeriod: byPeriod.map(withAverage),
    /** When the rollup behind these figures was last refreshed (null: not yet). */
    computedAt,
  };
}
