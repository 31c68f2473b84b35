import { and, asc, eq, gte, inArray, lt, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { location, order, pickupFact } from "@/db/schema";
import { PICKUP_PROMISE_MINUTES, type ClickAndCollectQuery } from "./inputs";
import { salesComputedAt } from "./rollup";

const minutes = (from: unknown, to: unknown) => sql`extract(epoch from (${to} - ${from})) / 60`;
const toReady = minutes(pickupFact.placedAt, pickupFact.readyAt);
const toCollect = minutes(pickupFact.readyAt, pickupFact.collectedAt);
const count = (where: ReturnType<typeof sql>) => sql<number>`count(*) filter (where ${where})::int`;
const round = (n: unknown) => (n === null || n === undefined ? null : Math.round(Number(n)));

/**
 * Click-and-collect per store over a range of Madrid days (from pickup_fact, one row per order):
 * orders, time to ready (median and p90, and the share within the promise), how orders ended
 * (collected, not collected in time, cancelled, with the reasons), time from ready to collected,
 * and the fill rate. Plus the orders overdue now, from the open orders' index.
 */
export async function clickAndCollectFigures(db: Db, input: ClickAndCollectQuery) {
  const where = and(
    gte(pickupFact.day, input.from),
    lte(pickupFact.day, input.to),
    input.storeId ? eq(pickupFact.locationId, input.storeId) : undefined,
  );
  const [stores, reasons, overdue, computedAt] = await Promise.all([
    db
      .select({
        storeId: pickupFact.locationId,
        name: location.name,
        orders: sql<number>`count(*)::int`,
        ready: count(sql`${pickupFact.readyAt} is not null`),
        readyWithinPromise: count(sql`${toReady} <= ${PICKUP_PROMISE_MINUTES}`),
        readyMedian: sql<number | null>`percentile_cont(0.5) within group (order by ${toReady})`,
        readyP90: sql<number | null>`percentile_cont(0.9) within group (order by ${toReady})`,
        collectMedian: sql<number | null>`percentile_cont(0.5) within group (order by ${toCollect})`,
        collected: count(sql`${pickupFact.outcome} = 'collected'`),
        expired: count(sql`${pickupFact.outcome} = 'expired'`),
        cancelled: count(sql`${pickupFact.outcome} = 'cancelled'`),
        open: count(sql`${pickupFact.outcome} = 'open'`),
        units: sql<number>`coalesce(sum(${pickupFact.units}), 0)::int`,
        missing: sql<number>`coalesce(sum(${pickupFact.missing}), 0)::int`,
      })
      .from(pickupFact)
      .innerJoin(location, eq(location.id, pickupFact.locationId))
      .where(where)
      .groupBy(pickupFact.locationId, location.name)
      .orderBy(asc(location.name)),
    db
      .select({
        storeId: pickupFact.locationId,
        reason: sql<string>`coalesce(nullif(trim(${pickupFact.cancelReason}), ''), 'No reason given')`,
        orders: sql<number>`count(*)::int`,
      })
      .from(pickupFact)
      .where(and(where, eq(pickupFact.outcome, "cancelled")))
      .groupBy(pickupFact.locationId, sql`2`)
      .orderBy(sql`3 desc`),
    // Live, not rolled up: open pickup orders not ready past the promise (the order_location_status index).
    db
      .select({ storeId: order.locationId, orders: sql<number>`count(*)::int` })
      .from(order)
      .where(
        and(
          eq(order.fulfilment, "pickup"),
          inArray(order.status, ["placed", "picking"]),
          lt(order.placedAt, sql`now() - make_interval(mins => ${PICKUP_PROMISE_MINUTES})`),
          input.storeId ? eq(order.locationId, input.storeId) : undefined,
        ),
      )
      .groupBy(order.locationId),
    salesComputedAt(db),
  ]);

  return {
    from: input.from,
    to: input.to,
    promiseMinutes: PICKUP_PROMISE_MINUTES,
    stores: stores.map((s) => {
      const closed = s.collected + s.expired;
      return {
        storeId: s.storeId,
        name: s.name,
        orders: s.orders,
        readyMedianMinutes: round(s.readyMedian),
        readyP90Minutes: round(s.readyP90),
        /** Of the orders made ready, the share ready within the promise. */
        readyWithinPromiseRate: s.ready ? s.readyWithinPromise / s.ready : null,
        collectMedianMinutes: round(s.collectMedian),
        /** Of the orders that were ready for collection and ended: collected, or not collected in time. */
        pickupRate: closed ? s.collected / closed : null,
        noShowRate: closed ? s.expired / closed : null,
        cancelled: s.cancelled,
        open: s.open,
        /** Units handed over of those ordered. */
        fillRate: s.units ? (s.units - s.missing) / s.units : null,
        cancellations: reasons.filter((r) => r.storeId === s.storeId).map(({ reason, orders }) => ({ reason, orders })),
      };
    }),
    overdueNow: overdue,
    computedAt,
  };
}
