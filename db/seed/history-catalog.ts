import { sql } from "drizzle-orm";
import type { Tx } from "../client";
import { CATEGORY_MONTHS, hourTickets, type DayRow } from "./history-plan";

/** Tickets per month and channel: a variant with 1% of a month's sales holds 100 of them. */
export const VARIANT_TICKETS = 10_000;

/**
 * What sells when, as temporary tables to draw from with one equality join per pick:
 *
 * - h_hour (grp, t, hour): 100 tickets of the web's and the counter's hour of day;
 * - h_day (day, month, sale_off, sale_all): each shop day, and its sale;
 * - h_vt (month, chan, t, variant…): VARIANT_TICKETS per month and channel, each variant's share
 *   its product's popularity (a long tail, by a fixed shuffle of the catalog) × its category's month
 *   (CATEGORY_MONTHS: no knitwear in July) × its size's (the middle sizes sell most); only variants
 *   published on that channel and not archived;
 * - h_pt (month, t, product…): the same per product on the web, for browsing; h_pv (product_id, n,
 *   variant…) and h_pv_count: a product's variants, to add one to a cart.
 */
export async function createCatalogTickets(tx: Tx, days: DayRow[]) {
  await tx.execute(sql`
    create temporary table h_hour on commit drop as
    select * from jsonb_to_recordset(${JSON.stringify(hourTickets())}::jsonb) h(grp text, t int, hour int)`);
  await tx.execute(sql`create index on h_hour (grp, t)`);
  await tx.execute(sql`
    create temporary table h_day on commit drop as
    select d.day, d.month, d."saleOff" as sale_off, d."saleAll" as sale_all
      from jsonb_to_recordset(${JSON.stringify(days)}::jsonb) d(day date, month int, "saleOff" float8, "saleAll" boolean)`);
  await tx.execute(sql`
    create temporary table h_vw on commit drop as
    with ranked as (
      select p.id, row_number() over (order by md5(p.slug)) as rank from product p
    )
    select m.month, ch.chan, v.id as variant_id, v.sku, v.size, v.colour, v.price_minor, p.id as product_id, p.slug, p.name,
      -- Four in ten products go into the sales (every one on Black Friday).
      ('x' || substr(md5(p.slug || ':sale'), 1, 7))::bit(28)::int % 10 < 4 as marked_down,
      power(r.rank, -0.7)
        * coalesce((${JSON.stringify(CATEGORY_MONTHS)}::jsonb -> c.slug ->> (m.month - 1))::float8, 1)
        * case when v.size in ('M', 'L', '30', '32', '39', '40', '41', '42') then 1.6
               when v.size in ('S', '34', '38', '43') then 1.2 else 0.8 end as weight
    from variant v
    join product p on p.id = v.product_id
    join category c on c.id = p.category_id
    join ranked r on r.id = p.id
    cross join generate_series(1, 12) m(month)
    cross join (values ('web'), ('store')) ch(chan)
    where v.archived_at is null
      and case when ch.chan = 'web' then p.web_from is not null else p.store_from is not null end`);
  await tx.execute(sql`
    create temporary table h_vt on commit drop as
    with up as (
      select w.*, sum(weight) over (partition by month, chan order by variant_id) / sum(weight) over (partition by month, chan) as hi
        from h_vw w
    ), cum as (
      -- Each variant's tickets start where the one before ends, so every ticket names one.
      select up.*, coalesce(lag(hi) over (partition by month, chan order by variant_id), 0) as lo from up
    )
    select cum.month, cum.chan, t, cum.variant_id, cum.sku, cum.size, cum.colour, cum.price_minor, cum.product_id, cum.slug, cum.name, cum.marked_down
      from cum, generate_series(round(lo * ${VARIANT_TICKETS})::int, round(hi * ${VARIANT_TICKETS})::int - 1) t`);
  await tx.execute(sql`create index on h_vt (month, chan, t)`);
  await tx.execute(sql`analyze h_vt`);
  await tx.execute(sql`
    create temporary table h_pt on commit drop as
    with pw as (
      select month, product_id, slug, name, sum(weight) as weight from h_vw where chan = 'web' group by 1, 2, 3, 4
    ), up as (
      select pw.*, sum(weight) over (partition by month order by product_id) / sum(weight) over (partition by month) as hi from pw
    ), cum as (
      select up.*, coalesce(lag(hi) over (partition by month order by product_id), 0) as lo from up
    )
    select month, t, product_id, slug, name from cum, generate_series(round(lo * 1000)::int, round(hi * 1000)::int - 1) t`);
  await tx.execute(sql`create index on h_pt (month, t)`);
  await tx.execute(sql`analyze h_pt`);
  await tx.execute(sql`
    create temporary table h_pv on commit drop as
    select product_id, (row_number() over (partition by product_id order by variant_id) - 1)::int as n, variant_id, sku
      from h_vw where month = 1 and chan = 'web'`);
  await tx.execute(sql`create index on h_pv (product_id, n)`);
  await tx.execute(sql`
    create temporary table h_pv_count on commit drop as select product_id, count(*)::int as size from h_pv group by product_id`);
}
