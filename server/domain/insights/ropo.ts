import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { previousPeriod, type InsightsRange } from "./inputs";
import { salesComputedAt } from "./rollup";

type Row = {
  location_id: string;
  name: string;
  kind: string;
  channel: "web" | "store";
  sales: string;
  known_sales: string;
  influenced_sales: string;
  revenue_minor: string;
  influenced_revenue_minor: string;
  attach_sales: string;
  attach_revenue_minor: string;
};

/** Sales per channel and fulfilling store in a range, with those the other channel had shown first. */
async function influence(db: Db, from: string, to: string) {
  const rows = await queryRows<Row>(
    db,
    sql`select f.location_id, l.name, l.kind, f.channel,
          sum(f.sales) as sales,
          sum(f.known_sales) as known_sales,
          sum(f.influenced_sales) as influenced_sales,
          sum(f.revenue_minor) as revenue_minor,
          sum(f.influenced_revenue_minor) as influenced_revenue_minor,
          sum(f.attach_sales) as attach_sales,
          sum(f.attach_revenue_minor) as attach_revenue_minor
        from influence_day f join location l on l.id = f.location_id
        where f.day between ${from}::date and ${to}::date
        group by f.location_id, l.name, l.kind, f.channel
        order by l.name`,
  );
  return rows.map((r) => ({
    storeId: r.location_id,
    name: r.name,
    kind: r.kind,
    channel: r.channel,
    sales: Number(r.sales),
    knownSales: Number(r.known_sales),
    influencedSales: Number(r.influenced_sales),
    revenueMinor: Number(r.revenue_minor),
    influencedRevenueMinor: Number(r.influenced_revenue_minor),
    attachSales: Number(r.attach_sales),
    attachRevenueMinor: Number(r.attach_revenue_minor),
  }));
}

type InfluenceRow = Awaited<ReturnType<typeof influence>>[number];

/** One direction's totals: the sales, those by known customers, and the share the other channel influenced. */
function direction(rows: InfluenceRow[]) {
  const sum = (k: keyof Omit<InfluenceRow, "storeId" | "name" | "kind" | "channel">) =>
    rows.reduce((n, r) => n + r[k], 0);
  const sales = sum("sales");
  const knownSales = sum("knownSales");
  const influencedSales = sum("influencedSales");
  const revenueMinor = sum("revenueMinor");
  const influencedRevenueMinor = sum("influencedRevenueMinor");
  return {
    sales,
    knownSales,
    influencedSales,
    revenueMinor,
    influencedRevenueMinor,
    /** Of all this channel's sales, walk-ins and guests included: the floor of the effect. */
    share: sales ? influencedSales / sales : 0,
    /** Of the sales to known customers, the only ones whose other channel can be seen. */
    knownShare: knownSales ? influencedSales / knownSales : 0,
    revenueShare: revenueMinor ? influencedRevenueMinor / revenueMinor : 0,
  };
}

/**
 * Web-to-store influence (ROPO: research online, purchase offline) and the reverse, and pickup
 * attach: counter sales to customers collecting an order, against the orders collected. By store
 * and in total, beside the period before. From influence_day and pickup_fact only.
 */
export async function ropoFigures(db: Db, input: InsightsRange) {
  const before = previousPeriod(input.from, input.to);
  const collectedSql = (from: string, to: string) =>
    queryRows<{ location_id: string; collected: string }>(
      db,
      sql`select location_id, count(*) as collected from pickup_fact
          where outcome = 'collected' and day between ${from}::date and ${to}::date group by location_id`,
    );
  const [now, then, collectedNow, collectedThen, computedAt] = await Promise.all([
    influence(db, input.from, input.to),
    influence(db, before.from, before.to),
    collectedSql(input.from, input.to),
    collectedSql(before.from, before.to),
    salesComputedAt(db),
  ]);
  const summary = (rows: InfluenceRow[], collected: { location_id: string; collected: string }[]) => {
    const store = rows.filter((r) => r.channel === "store");
    const pickups = collected.reduce((n, r) => n + Number(r.collected), 0);
    const attachSales = store.reduce((n, r) => n + r.attachSales, 0);
    return {
      webToStore: direction(store),
      storeToWeb: direction(rows.filter((r) => r.channel === "web")),
      pickupAttach: {
        collected: pickups,
        attachSales,
        attachRevenueMinor: store.reduce((n, r) => n + r.attachRevenueMinor, 0),
        rate: pickups ? attachSales / pickups : 0,
      },
    };
  };
  const collectedAt = new Map(collectedNow.map((r) => [r.location_id, Number(r.collected)]));
  return {
    from: input.from,
    to: input.to,
    previousPeriod: before,
    ...summary(now, collectedNow),
    previous: summary(then, collectedThen),
    /** The stores' own sales: web-to-store influence and pickup attach where it happens. */
    byStore: now
      .filter((r) => r.channel === "store" && r.kind === "store")
      .map((r) => ({
        storeId: r.storeId,
        name: r.name,
        ...direction([r]),
        collected: collectedAt.get(r.storeId) ?? 0,
        attachSales: r.attachSales,
        attachRevenueMinor: r.attachRevenueMinor,
      })),
    computedAt,
  };
}
