import { sql } from "drizzle-orm";
import type { Tx } from "../client";
import { FIRST_NAMES, HISTORY_STAFF, SURNAMES, type Sizes } from "./history-plan";
import { pickFrom } from "./history-sql";

/** Lower-case and plain letters, for email addresses made of names. */
const ascii = (expr: ReturnType<typeof sql>) => sql`translate(lower(${expr}), 'áéíóúüñçàèòïl·', 'aeiouuncaeoil')`;

const device = (r: string) =>
  sql.raw(`case when ${r} < 0.6 then 'phone' when ${r} < 0.9 then 'desktop' else 'tablet' end`);

/**
 * The history's people, as temporary tables the orders and interactions draw from:
 *
 * - h_store (n, id, code), h_staff (location_id, n, id) and h_staff_count: the stores and who works
 *   the counter (the demo's staff and HISTORY_STAFF, added here without a password);
 * - h_cust: customers (new accounts, role customer): who buys only online, only in store, or
 *   both; their store; the devices they browse on; whether they said yes to analytics (most did,
 *   when they signed up); when they signed up (a third during the year, the rest before it);
 * - h_pool (pool, t, customer_id) and h_pool_size: tickets to draw a buyer with one equality
 *   join, as many per customer as they buy (a few buy a lot): pool 'web' (web only and both),
 *   'web_consent' (those whose browsing is recorded), and each store's id (in store and both);
 * - h_guest (n, guest_id, device, consent, name, email): guest browsers; guest_id as the shop
 *   keeps it (the sha-256 of a cookie token). Only those that accepted analytics leave views and
 *   searches behind; any may order.
 */
export async function createPeople(tx: Tx, sizes: Sizes) {
  await tx.execute(sql`
    insert into "user" (email, name, role, staff_location_id, created_at)
    select s.email, s.name, 'staff', l.id, now() - interval '500 days'
      from jsonb_to_recordset(${JSON.stringify(HISTORY_STAFF)}::jsonb) s(email text, name text, store text)
      join location l on l.slug = s.store`);
  await tx.execute(sql`
    create temporary table h_store on commit drop as
    select (row_number() over (order by sort_order) - 1)::int as n, id, code, slug, name from location where kind = 'store'`);
  await tx.execute(sql`
    create temporary table h_staff on commit drop as
    select staff_location_id as location_id, (row_number() over (partition by staff_location_id order by email) - 1)::int as n, id
      from "user" where role = 'staff' and staff_location_id in (select id from h_store)`);
  await tx.execute(sql`
    create temporary table h_staff_count on commit drop as
    select location_id, count(*)::int as size from h_staff group by location_id`);

  await tx.execute(sql`
    create temporary table h_cust0 on commit drop as
    select g as n, gen_random_uuid() as id, ${pickFrom(FIRST_NAMES)} as first, ${pickFrom(SURNAMES)} as last,
      random() as r_seg, random() as r_home, random() as r_dev, random() as r_dev2, random() as r_consent,
      random() as r_new, random() as r_when, random() as r_buys, random() as r_pref
    from generate_series(1, ${sizes.customers}) g`);
  await tx.execute(sql`
    create temporary table h_cust on commit drop as
    select c.id, c.n,
      case when c.r_seg < 0.45 then 'web' when c.r_seg < 0.70 then 'store' else 'both' end as segment,
      s.id as home_id, s.code as home_code,
      ${device("c.r_dev")} as device, ${device("c.r_dev2")} as device2,
      c.r_consent < 0.85 as consent,
      c.first || ' ' || c.last as name,
      ${ascii(sql`c.first || '.' || c.last`)} || '.' || c.n || '@example.com' as email,
      -- A third signed up during the year; the rest had an account already.
      case when c.r_new < 0.33 then now() - c.r_when * interval '350 days'
           else now() - interval '366 days' - c.r_when * interval '900 days' end as created_at,
      least(60, 1 + floor(2.5 * power(-ln(1 - c.r_buys), 1.6)))::int as tickets,
      c.r_pref
    from h_cust0 c
    join h_store s on s.n = case when c.r_home < 0.45 then 0 when c.r_home < 0.78 then 1 else 2 end`);
  await tx.execute(sql`
    insert into "user" (id, email, name, role, preferred_location_id, analytics_consent, analytics_consent_at, created_at)
    select id, email, name, 'customer',
      case when r_pref < (case when segment = 'web' then 0.4 else 0.75 end) then home_id end,
      consent, case when consent then created_at + interval '2 minutes' end, created_at
    from h_cust`);
  await tx.execute(sql`
    create temporary table h_pool on commit drop as
    with entries as (
      select 'web' as pool, id, tickets from h_cust where segment in ('web', 'both')
      union all
      select 'web_consent', id, tickets from h_cust where segment in ('web', 'both') and consent
      union all
      select home_id::text, id, tickets from h_cust where segment in ('store', 'both')
    )
    select pool, (row_number() over (partition by pool order by id, g) - 1)::int as t, id as customer_id
      from entries, generate_series(1, tickets) g`);
  await tx.execute(sql`create index on h_pool (pool, t)`);
  await tx.execute(sql`analyze h_pool`);
  await tx.execute(sql`analyze h_cust`);
  await tx.execute(sql`
    create temporary table h_pool_size on commit drop as select pool, count(*)::int as size from h_pool group by pool`);

  await tx.execute(sql`
    create temporary table h_guest on commit drop as
    select (g - 1)::int as n, encode(sha256(('mostrador-history-guest-' || g)::bytea), 'hex') as guest_id,
      ${device("r_dev")} as device, r_consent < 0.65 as consent, first || ' ' || last as name,
      ${ascii(sql`first || '.' || last`)} || '.g' || g || '@example.net' as email
    from (
      select g, random() as r_dev, random() as r_consent, ${pickFrom(FIRST_NAMES)} as first, ${pickFrom(SURNAMES)} as last
        from generate_series(1, ${sizes.guests}) g
    ) x`);
  await tx.execute(sql`create index on h_guest (n)`);
  await tx.execute(sql`
    create temporary table h_guest_consent on commit drop as
    select (row_number() over (order by n) - 1)::int as n, guest_id, device from h_guest where consent`);
  await tx.execute(sql`create index on h_guest_consent (n)`);
}
