import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { clickAndCollectInput, salesInput } from "@/server/domain/insights/inputs";
import { clickAndCollectFigures } from "@/server/domain/insights/click-and-collect";
import { refreshSales } from "@/server/domain/insights/rollup";
import { salesFigures } from "@/server/domain/insights/sales";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { HistoryRefused, seedHistory, type HistorySummary } from "./history";

/** A twenty-fifth of the year: about 4,000 orders and 40,000 interactions. */
const SCALE = 0.04;

let t: TestDatabase;
let summary: HistorySummary;
let shelvesBefore: unknown;
let catalogBefore: unknown;

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(t.db, query);
const one = async <T>(query: ReturnType<typeof sql>) => (await rows<T>(query))[0]!;
const shelves = () =>
  one(
    sql`select count(*)::int as n, sum(on_hand)::int as on_hand, sum(reserved)::int as reserved, max(updated_at) as at from stock_level`,
  );
const catalog = () =>
  one(sql`select (select count(*)::int from product) as products, (select max(updated_at) from product) as changed,
                 (select sum(price_minor)::bigint from variant) as prices, (select count(*)::int from variant) as variants`);
const madridDay = (daysAgo: number) =>
  new Date(Date.now() - daysAgo * 86_400_000).toLocaleDateString("en-CA", { timeZone: "Europe/Madrid" });

beforeAll(async () => {
  t = await createTestDatabase();
  shelvesBefore = await shelves();
  catalogBefore = await catalog();
  // As on a demo database the app has started on: its scheduler has refreshed the insights once.
  await refreshSales(t.db);
  summary = await seedHistory(t.db, { scale: SCALE });
}, 240_000);

afterAll(async () => {
  await t?.close();
});

describe("the demo history", () => {
  it("adds about a year of orders of every kind, and interactions, at its scale", () => {
    expect(summary.orders).toBeGreaterThan(100_000 * SCALE * 0.85);
    expect(summary.orders).toBeLessThan(100_000 * SCALE * 1.15);
    const share = (kind: string) => (summary.ordersByKind[kind] ?? 0) / summary.orders;
    expect(share("web_delivery")).toBeGreaterThan(0.3);
    expect(share("web_pickup")).toBeGreaterThan(0.15);
    expect(share("counter")).toBeGreaterThan(0.3);
    expect(share("aisle_pickup") + share("aisle_delivery")).toBeGreaterThan(0.02);
    expect(share("pickup_attach")).toBeGreaterThan(0.005);
    expect(summary.orderLines).toBeGreaterThan(summary.orders * 1.4);
    expect(summary.interactions).toBeGreaterThan(1_000_000 * SCALE * 0.7);
    expect(summary.interactions).toBeLessThan(1_000_000 * SCALE * 1.4);
    for (const kind of ["view", "search", "add_to_cart", "pickup"])
      expect(summary.interactionsByKind[kind]).toBeGreaterThan(0);
    expect(summary.refresh.days).toBeGreaterThan(360);
  });

  it("leaves the shelves and the catalog as they were", async () => {
    expect(await shelves()).toEqual(shelvesBefore);
    expect(await catalog()).toEqual(catalogBefore);
  });

  it("totals every order as its lines (less missing units) plus shipping, numbered by where it is fulfilled", async () => {
    const bad = await one<{ totals: number; shipping: number; numbers: number; lines: number }>(sql`
      select
        count(*) filter (where o.total_minor <> l.kept + o.shipping_minor or o.subtotal_minor <> l.kept)::int as totals,
        count(*) filter (where o.shipping_minor not in (0, 495) or (o.fulfilment = 'pickup' and o.shipping_minor <> 0))::int as shipping,
        count(*) filter (where split_part(o.number, '-', 1) <> case
          when o.channel = 'web' and o.fulfilment = 'delivery' then 'WEB'
          when o.fulfilment = 'delivery' then (select code from location where id = o.sold_at_location_id)
          else (select code from location where id = o.location_id) end)::int as numbers,
        count(*) filter (where l.n not between 1 and 4)::int as lines
      from "order" o
      join (select order_id, count(*) as n, sum((quantity - missing_quantity) * unit_price_minor) as kept from order_line group by 1) l
        on l.order_id = o.id`);
    expect(bad).toEqual({ totals: 0, shipping: 0, numbers: 0, lines: 0 });
    const missing = await one<{ n: number }>(
      sql`select count(distinct order_id)::int as n from order_line where missing_quantity > 0`,
    );
    expect(missing.n).toBeGreaterThan(0);
  });

  it("writes each step of every order as an event, the last one its status and its time the order's updated_at", async () => {
    const bad = await one<{ none: number; status: number; updated: number; future: number }>(sql`
      select count(*) filter (where e.n is null)::int as none,
        count(*) filter (where e.last_status <> o.status)::int as status,
        count(*) filter (where e.last_at <> o.updated_at)::int as updated,
        count(*) filter (where e.last_at > now() or o.placed_at > now())::int as future
      from "order" o
      left join (
        select order_id, count(*) as n, max(created_at) as last_at,
          (array_agg(status order by created_at desc))[1] as last_status
        from order_event group by 1
      ) e on e.order_id = o.id`);
    expect(bad).toEqual({ none: 0, status: 0, updated: 0, future: 0 });
    // Click-and-collect: placed, picking, ready, then collected or expired, in that order.
    const pickups = await one<{
      collected: number;
      out_of_order: number;
      expired: number;
      cancelled: number;
      reasons: number;
      n: number;
    }>(sql`
      with steps as (
        select o.id, o.status, array_agg(e.status::text order by e.created_at, e.status) as path
        from "order" o join order_event e on e.order_id = o.id
        where o.fulfilment = 'pickup' and o.sold_at_location_id is distinct from o.location_id
        group by o.id, o.status
      )
      select count(*)::int as n,
        count(*) filter (where status = 'collected')::int as collected,
        count(*) filter (where status = 'collected' and not (path[1] = 'placed' and path[2] = 'picking'
          and array_position(path, 'ready') < array_position(path, 'collected')))::int as out_of_order,
        count(*) filter (where status = 'expired')::int as expired,
        count(*) filter (where status = 'cancelled')::int as cancelled,
        (select count(*)::int from order_event where status = 'cancelled' and coalesce(note, '') = '') as reasons
      from steps`);
    expect(pickups.out_of_order).toBe(0);
    expect(pickups.collected / pickups.n).toBeGreaterThan(0.85);
    expect(pickups.expired / pickups.n).toBeGreaterThan(0.03);
    expect(pickups.expired / pickups.n).toBeLessThan(0.1);
    expect(pickups.cancelled).toBeGreaterThan(0);
    expect(pickups.reasons).toBe(0);
  });

  it("has customers who buy only online, only in store, and both, guests, and walk-ins", async () => {
    const mix = await rows<{ segment: string; n: number }>(sql`
      select segment, count(*)::int as n from (
        select o.customer_id, case when bool_and(o.channel = 'web') then 'web' when bool_and(o.channel = 'store') then 'store' else 'both' end as segment
        from "order" o join "user" u on u.id = o.customer_id where u.role = 'customer' group by 1
      ) x group by 1 order by 1`);
    expect(mix.map((m) => m.segment)).toEqual(["both", "store", "web"]);
    const who = await one<{ guests: number; walkins: number; web_devices: number; store_devices: number }>(sql`
      select count(*) filter (where guest_id is not null and customer_id is null)::int as guests,
        count(*) filter (where channel = 'store' and customer_id is null and email = '')::int as walkins,
        count(distinct device) filter (where channel = 'web')::int as web_devices,
        count(*) filter (where channel = 'store' and device is not null)::int as store_devices
      from "order"`);
    expect(who.guests).toBeGreaterThan(0);
    expect(who.walkins).toBeGreaterThan(0);
    expect(who.web_devices).toBe(3);
    expect(who.store_devices).toBe(0);
  });

  it("records searches that find nothing, and views from consenting shoppers only, never before the account existed", async () => {
    const zero = await rows<{ query: string }>(sql`
      select distinct payload->>'query' as query from interaction where kind = 'search' and (payload->>'resultCount')::int = 0`);
    // What the shop does not sell finds nothing; Spanish words find the bilingual catalog.
    expect(zero.map((z) => z.query)).toEqual(expect.arrayContaining(["umbrella"]));
    expect(zero.map((z) => z.query)).not.toContain("vaqueros");
    const bad = await one<{ unconsented: number; early: number; shape: number }>(sql`
      select
        count(*) filter (where i.kind in ('view', 'search') and u.id is not null and not u.analytics_consent)::int as unconsented,
        count(*) filter (where i.created_at < u.created_at or i.created_at > now())::int as early,
        count(*) filter (where i.kind = 'view' and not (i.payload ?& array['productId', 'slug', 'name']))::int as shape
      from interaction i left join "user" u on u.id = i.customer_id`);
    expect(bad).toEqual({ unconsented: 0, early: 0, shape: 0 });
  });

  it("refuses to run twice, and adds nothing the second time", async () => {
    const before = await one<{ n: number }>(sql`select count(*)::int as n from "order"`);
    await expect(seedHistory(t.db, { scale: SCALE })).rejects.toBeInstanceOf(HistoryRefused);
    expect(await one(sql`select count(*)::int as n from "order"`)).toEqual(before);
  });

  it("fills the insights: sales on both channels at every store, and each store's click-and-collect", async () => {
    await refreshSales(t.db);
    const year = { from: madridDay(364), to: madridDay(0) };
    const sales = await salesFigures(t.db, salesInput.parse(year));
    expect(sales.byChannel.map((c) => c.channel).sort()).toEqual(["store", "web"]);
    expect(sales.byFulfilment.map((f) => f.fulfilment).sort()).toEqual(["counter", "delivery", "pickup"]);
    const stores = await rows<{ id: string }>(sql`select id from location where kind = 'store'`);
    for (const s of stores) expect(sales.byStore.map((b) => b.storeId)).toContain(s.id);
    expect(sales.byStaff.length).toBeGreaterThan(3);
    expect(sales.totals.orders).toBeGreaterThan(summary.orders * 0.9);

    const pickups = await clickAndCollectFigures(t.db, clickAndCollectInput.parse(year));
    expect(pickups.stores).toHaveLength(3);
    for (const s of pickups.stores) {
      expect(s.readyMedianMinutes).toBeGreaterThan(20);
      expect(s.readyMedianMinutes).toBeLessThan(150);
      expect(s.noShowRate).toBeGreaterThan(0);
      expect(s.fillRate).toBeLessThan(1);
    }
  });
});
