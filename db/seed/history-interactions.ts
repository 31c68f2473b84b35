import { sql } from "drizzle-orm";
import type { Tx } from "../client";
import type { Query } from "./history-search";
import type { Slot } from "./history-plan";

const view = (id: string, slug: string, name: string) =>
  sql.raw(`jsonb_build_object('productId', ${id}, 'slug', ${slug}, 'name', ${name})`);
const added = (variantId: string, sku: string, quantity: string) =>
  sql.raw(`jsonb_build_object('variantId', ${variantId}, 'sku', ${sku}, 'quantity', ${quantity})`);

/**
 * The year's touchpoints as the app records them (recordProductView, recordSearch, addItem,
 * handOver), into h_int, then written in time order (their seq follows the clock):
 *
 * - web visits that buy nothing: a search (then, most of the time, a look at what it found; after
 *   nothing found, often the English word), or browsing a few products; some end with an add to
 *   cart that is never bought;
 * - the trail before each web order: its products viewed, now and then found by a search first or
 *   seen days before, and added to the cart minutes before checkout;
 * - web-to-store: a third of the store purchases of customers who use both channels were of
 *   products they viewed (some added) on the web in the 14 days before; store-to-web: some web
 *   orders were of items staff added to the customer's cart at their store days before;
 * - counter carts: staff adding a known customer's items to their cart just before the sale;
 * - pickups: a collected order in the customer's history.
 *
 * Views and searches only of those who accepted analytics (the customer's setting, the guest's
 * banner); adds to cart and store touchpoints for everyone, as the app records them.
 */
export async function drawInteractions(tx: Tx, slots: Slot[], vocabulary: Query[]) {
  await tx.execute(sql`
    create temporary table h_q on commit drop as
    select q.qid, q.query, q.weight, q."resultCount" as result_count,
      array(select jsonb_array_elements_text(q.matches))::uuid[] as matches, q.retry
    from jsonb_to_recordset(${JSON.stringify(vocabulary.map((q, qid) => ({ ...q, qid })))}::jsonb)
      as q(qid int, query text, weight float8, "resultCount" int, matches jsonb, retry text)`);
  await tx.execute(sql`create index on h_q (query)`);
  // 1,000 tickets, each query's share its weight.
  await tx.execute(sql`
    create temporary table h_qt on commit drop as
    with up as (select qid, sum(weight) over (order by qid) / sum(weight) over () as hi from h_q),
         cum as (select up.*, coalesce(lag(hi) over (order by qid), 0) as lo from up)
    select qid, t from cum, generate_series(round(lo * 1000)::int, round(hi * 1000)::int - 1) t`);
  await tx.execute(sql`create index on h_qt (t)`);
  await tx.execute(sql`create index on h_guest (guest_id)`);
  await tx.execute(sql`create index on h_cust (id)`);
  await tx.execute(sql`
    create temporary table h_int (customer_id uuid, guest_id text, channel text, kind text, payload jsonb,
                                  device text, created_at timestamptz) on commit drop`);

  await browsingVisits(tx, slots);
  await orderTrails(tx);
  await crossChannel(tx);

  await tx.execute(sql`
    insert into interaction (customer_id, guest_id, channel, kind, payload, device, created_at)
    select i.customer_id, i.guest_id, i.channel::channel, i.kind::interaction_kind, i.payload, i.device, i.created_at
    from h_int i left join h_cust c on c.id = i.customer_id
    where i.created_at <= now() and (c.id is null or i.created_at >= c.created_at)
    order by i.created_at`);
}

/** Visits that buy nothing: searches and browsing, from consenting customers (4 in 10) and guests. */
async function browsingVisits(tx: Tx, slots: Slot[]) {
  const days = slots.filter((s) => s.kind === "session").map((s) => ({ day: s.day, n: s.n }));
  await tx.execute(sql`
    create temporary table h_sess on commit drop as
    with s as materialized (
      select s.day, extract(month from s.day)::int as month, random() as r_hour, random() as r_min, random() as r_own,
        random() as r_pick, random() as r_type, random() as r_n, random() as r_add, random() as r_dev, random() as r_q,
        random() as r_f, random() as r_m, random() as r_v
      from jsonb_to_recordset(${JSON.stringify(days)}::jsonb) s(day date, n int) cross join lateral generate_series(1, s.n) g
    ), timed as (
      select s.*, ((s.day + make_interval(hours => h.hour, secs => s.r_min * 3600)) at time zone 'Europe/Madrid') as start_at
      from s join h_hour h on h.grp = 'web' and h.t = floor(s.r_hour * 100)::int
    ), owned as (
      select t.*, c.id as customer_id, g.guest_id,
        case when c.id is not null then case when t.r_dev < 0.75 then c.device else c.device2 end else g.device end as device,
        q.qid, q.result_count, q.matches, r.qid as retry_qid, r.matches as retry_matches
      from timed t
      left join h_pool_size ps on ps.pool = 'web_consent'
      left join h_pool tk on t.r_own < 0.4 and tk.pool = 'web_consent' and tk.t = floor(t.r_pick * ps.size)::int
      left join h_cust c on c.id = tk.customer_id and c.created_at < t.start_at
      left join h_guest_consent g on t.r_own >= 0.4 and g.n = floor(t.r_pick * (select count(*) from h_guest_consent))::int
      join h_qt qt on qt.t = floor(t.r_q * 1000)::int
      join h_q q on q.qid = qt.qid
      left join h_q r on r.query = q.retry
      where t.start_at < now() and (c.id is not null or g.guest_id is not null)
    )
    select gen_random_uuid() as sid, o.*,
      o.r_type < 0.35 as searched,
      o.r_type < 0.35 and o.result_count = 0 and o.retry_qid is not null and o.r_f < 0.55 as retried,
      case when o.r_type < 0.35 and o.result_count > 0 and o.r_f < 0.85 then o.matches[1 + floor(o.r_m * least(4, cardinality(o.matches)))::int]
           when o.r_type < 0.35 and o.result_count = 0 and o.retry_qid is not null and o.r_f < 0.55 and cardinality(o.retry_matches) > 0
             then o.retry_matches[1 + floor(o.r_m * least(4, cardinality(o.retry_matches)))::int]
      end as found_id
    from owned o`);
  await tx.execute(sql`create index on h_sess (sid)`);
  await tx.execute(sql`alter table h_sess add column views int`);
  await tx.execute(sql`
    update h_sess set views = case when not searched then 1 + floor(power(r_n, 1.6) * 6)::int
                                   when found_id is not null then floor(r_n * 4)::int else 0 end`);
  const owner = sql.raw(`s.customer_id, s.guest_id, 'web'`);
  // The search, the retry, and what was opened from the results.
  await tx.execute(sql`
    insert into h_int
    select ${owner}, 'search', jsonb_build_object('query', q.query, 'resultCount', q.result_count), s.device, s.start_at
      from h_sess s join h_q q on q.qid = s.qid where s.searched
    union all
    select ${owner}, 'search', jsonb_build_object('query', q.query, 'resultCount', q.result_count), s.device,
           s.start_at + interval '45 seconds'
      from h_sess s join h_q q on q.qid = s.retry_qid where s.retried
    union all
    select ${owner}, 'view', ${view("p.id", "p.slug", "p.name")}, s.device,
           s.start_at + case when s.retried then interval '95 seconds' else interval '0' end + make_interval(secs => 20 + s.r_v * 180)
      from h_sess s join product p on p.id = s.found_id`);
  // Browsing: products by what sells that month, a minute or two apart, after the search if any.
  await tx.execute(sql`
    create temporary table h_sview on commit drop as
    with drawn as materialized (
      select s.sid, s.month, s.start_at, k, floor(random() * 1000)::int as t, random() as r_gap
        from h_sess s cross join lateral generate_series(1, s.views) k
    )
    select d.sid, d.k, pt.product_id, pt.slug, pt.name,
      d.start_at + make_interval(secs => 240 + d.k * 75 + d.r_gap * 60) as at
    from drawn d join h_pt pt on pt.month = d.month and pt.t = d.t`);
  await tx.execute(sql`create index on h_sview (sid, k)`);
  await tx.execute(sql`analyze h_sview`);
  await tx.execute(sql`
    insert into h_int
    select ${owner}, 'view', ${view("v.product_id", "v.slug", "v.name")}, s.device, v.at
      from h_sview v join h_sess s on s.sid = v.sid`);
  // Some visits end with something in the cart that is never bought.
  await tx.execute(sql`
    insert into h_int
    select ${owner}, 'add_to_cart', ${added("pv.variant_id", "pv.sku", "1")}, s.device, last.at + make_interval(secs => 30 + s.r_v * 90)
    from h_sess s
    join lateral (
      select v.product_id, v.at from h_sview v where v.sid = s.sid order by v.k desc limit 1
    ) last on true
    join h_pv_count pc on pc.product_id = last.product_id
    join h_pv pv on pv.product_id = last.product_id and pv.n = least(pc.size - 1, floor(s.r_add / 0.12 * pc.size)::int)
    where s.r_add < 0.12`);
}

/** What led to each web order: views (with consent), sometimes a search first or a look days before, and the adds to cart. */
async function orderTrails(tx: Tx) {
  await tx.execute(sql`
    create temporary table h_trail on commit drop as
    select o.id, o.customer_id, o.guest_id, o.device, o.placed_at,
      o.placed_at - make_interval(secs => 720 + random() * 2880) as base,
      coalesce(c.consent, g.consent, false) as consent, random() as r_search
    from h_o o
    left join h_cust c on c.id = o.customer_id
    left join h_guest g on g.guest_id = o.guest_id
    where o.channel = 'web'`);
  await tx.execute(sql`analyze h_trail`);
  const owner = sql.raw(`t.customer_id, t.guest_id, 'web'`);
  await tx.execute(sql`
    insert into h_int
    select ${owner}, 'search', jsonb_build_object('query', q.query, 'resultCount', q.result_count), t.device,
           t.base - make_interval(secs => 40 + random() * 120)
      from h_trail t join h_line l on l.order_id = t.id and l.n = 1
      -- The product's name, or the garment word at its end.
      join h_q q on q.query = case when t.r_search < 0.12 or l.name ~ '\d' then lower(l.name) else lower(regexp_replace(l.name, '^.* ', '')) end
     where t.consent and t.r_search < 0.3
    union all
    select ${owner}, 'view', ${view("l.product_id", "l.slug", "l.name")}, t.device,
           t.base + make_interval(secs => (l.n - 1) * 150 + random() * 60)
      from h_trail t join h_line l on l.order_id = t.id where t.consent
    union all
    select ${owner}, 'view', ${view("l.product_id", "l.slug", "l.name")}, t.device,
           t.placed_at - make_interval(secs => 86400 + random() * 9 * 86400)
      from h_trail t join h_line l on l.order_id = t.id where t.consent and random() < 0.25
    union all
    select ${owner}, 'add_to_cart', ${added("l.variant_id", "l.sku", "l.quantity")}, t.device,
           t.base + make_interval(secs => (l.n - 1) * 150 + 90 + random() * 30)
      from h_trail t join h_line l on l.order_id = t.id`);
}

/** Web-to-store, store-to-web, the counter's carts and collections. */
async function crossChannel(tx: Tx) {
  // Seen on the web in the 14 days before buying in store (customers of both channels who consented).
  await tx.execute(sql`
    create temporary table h_ropo on commit drop as
    select c.id as customer_id, c.device, l.product_id, l.slug, l.name, l.variant_id, l.sku, l.quantity,
      o.placed_at - make_interval(secs => 7200 + random() * 13.9 * 86400) as at, random() as r_add
    from h_o o join h_cust c on c.id = o.customer_id join h_line l on l.order_id = o.id
    where o.channel = 'store' and c.segment = 'both' and c.consent
      and get_byte(decode(md5(o.id::text || ':ropo'), 'hex'), 0) < 90`);
  await tx.execute(sql`
    insert into h_int
    select customer_id, null, 'web', 'view', ${view("product_id", "slug", "name")}, device, at from h_ropo
    union all
    select customer_id, null, 'web', 'add_to_cart', ${added("variant_id", "sku", "quantity")}, device,
           at + make_interval(secs => 60 + r_add * 120)
      from h_ropo where r_add < 0.25`);
  // Added to their cart by staff at their store days before they ordered it online.
  await tx.execute(sql`
    insert into h_int
    select x.customer_id, null, 'store', 'add_to_cart',
           ${added("x.variant_id", "x.sku", "x.quantity")} || jsonb_build_object('addedBy', x.staff_id), null, x.at
    from (
      select o.customer_id, l.variant_id, l.sku, l.quantity, o.placed_at, s.id as staff_id,
        pg_temp.h_open(o.placed_at - make_interval(secs => 86400 + random() * 12 * 86400), c.home_code) as at
      from h_o o join h_cust c on c.id = o.customer_id join h_line l on l.order_id = o.id
      join h_staff_count sc on sc.location_id = c.home_id
      join h_staff s on s.location_id = c.home_id and s.n = get_byte(decode(md5(o.id::text), 'hex'), 1) % sc.size
      where o.channel = 'web' and c.segment = 'both' and get_byte(decode(md5(o.id::text || ':seen'), 'hex'), 0) < 50
    ) x
    where x.at < x.placed_at - interval '1 hour'`);
  // The counter sells from a known customer's cart: staff add the items a few minutes before.
  await tx.execute(sql`
    insert into h_int
    select o.customer_id, null, 'store', 'add_to_cart',
           ${added("l.variant_id", "l.sku", "l.quantity")} || jsonb_build_object('addedBy', o.sold_by), null,
           o.placed_at - make_interval(secs => 60 + l.n * 40 + random() * 240)
    from h_o o join h_line l on l.order_id = o.id
    where o.kind = 'counter' and o.customer_id is not null and get_byte(decode(md5(o.id::text || ':cart'), 'hex'), 0) < 128`);
  // A collection, as handOver records it.
  await tx.execute(sql`
    insert into h_int
    select o.customer_id, null, 'store', 'pickup', jsonb_build_object('orderNumber', r.number, 'totalMinor', r.total_minor), null, s.at
    from h_step s join h_o o on o.id = s.order_id join "order" r on r.id = o.id
    where s.seq = 5 and o.fulfilment = 'pickup' and o.customer_id is not null`);
}
