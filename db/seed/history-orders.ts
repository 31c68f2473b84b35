import { sql } from "drizzle-orm";
import type { Tx } from "../client";
import { DELIVERY_FEE_MINOR, FREE_DELIVERY_FROM_MINOR } from "../../lib/delivery-fee";
import { CANCEL_REASONS, DELIVERY_CITIES, NEXT_STORE_CHANCE, STREETS, type Slot } from "./history-plan";
import { minutes, pickFrom, textArray } from "./history-sql";
import { VARIANT_TICKETS } from "./history-catalog";

/** Pay-at-pickup orders are kept this long (PICKUP_COLLECT_DAYS), ready ones this long (PICKUP_EXPIRY_DAYS): the defaults. */
const COLLECT_DAYS = 7;
const EXPIRY_DAYS = 7;

const cityTickets = DELIVERY_CITIES.flatMap(([city, postalCode, weight]) =>
  Array.from({ length: weight }, () => ({ city, postalCode })),
);

/**
 * The year's orders as temporary tables, one statement each: h_o (one row per order: who, where,
 * how paid, when placed), h_life (how it went and when: picking, ready or shipped, collected,
 * delivered, expired, cancelled, an item found missing), pickup attaches added to both (a counter
 * sale by the customer who has just collected, at that store, by the staff member who handed it
 * over), h_line (its lines), h_step (its order events up to now). Written as the app writes them
 * (place_web_order, sellAtCounter, orderElsewhere, movePickup, markMissing, handOver, releaseOrder).
 */
export async function drawOrders(tx: Tx, slots: Slot[], guests: number) {
  await tx.execute(sql`
    create temporary table h_o0 on commit drop as
    select s.day, s.kind, st.id as store_id, st.code as store_code, st.n as store_n, st.name as store_name,
      case when s.kind like 'web%' then 'web' else 'store' end as grp,
      case when s.kind = 'web_pickup' then 'pickup' when s.kind like 'web%' then 'web' else 'store' end as hours,
      random() as r_hour, random() as r_min, random() as r_who, random() as r_pick, random() as r_pay, random() as r_other,
      random() as r_lines, random() as r_dev, random() as r_staff, random() as r_staff2, random() as r_code, random() as r_city
    from jsonb_to_recordset(${JSON.stringify(slots.filter((s) => s.kind !== "session"))}::jsonb) s(day date, kind text, store text, n int)
    left join h_store st on st.slug = s.store
    cross join lateral generate_series(1, s.n) g`);

  await tx.execute(sql`
    create temporary table h_o on commit drop as
    with timed as materialized (
      select o.*, gen_random_uuid() as id,
        ((o.day + make_interval(hours => hr.hour, secs => o.r_min * case when o.grp = 'store' and hr.hour = 20 then 1800 else 3600 end))
          at time zone 'Europe/Madrid') as placed_at
      from h_o0 o
      join h_hour h on h.grp = o.hours and h.t = floor(o.r_hour * 100)::int
      -- Madrid opens 11 to 20 on Sundays.
      cross join lateral (select case when o.grp = 'store' and extract(isodow from o.day) = 7
                                      then least(greatest(h.hour, 11), 19) else h.hour end as hour) hr
    ), placed as materialized (
      select t.*,
        case when t.kind like 'web%' then t.r_who < 0.6 when t.kind = 'counter' then t.r_who < 0.35 else t.r_who < 0.85 end as known,
        case when t.kind like 'web%' then 'web' else t.store_id::text end as pool,
        other.id as other_id, other.code as other_code
      from timed t
      left join h_store other on t.kind = 'aisle_pickup'
        and other.n = (t.store_n + 1 + (t.r_other >= (array[${sql.raw(NEXT_STORE_CHANCE.join(", "))}])[t.store_n + 1])::int) % 3
      where t.placed_at < now() - interval '2 minutes'
    ), resolved as (
      select p.*, c.id as customer_id, c.email as c_email, c.name as c_name,
        case when p.r_dev < 0.75 then c.device else c.device2 end as c_device,
        g.guest_id as g_id, g.email as g_email, g.name as g_name, g.device as g_device,
        case when p.kind in ('web_delivery', 'aisle_delivery') then wh.id when p.kind = 'aisle_pickup' then p.other_id else p.store_id end as location_id,
        case when p.kind = 'web_delivery' then 'WEB' when p.kind = 'aisle_pickup' then p.other_code else p.store_code end as code,
        case when p.kind in ('web_delivery', 'aisle_delivery') then 'WH' when p.kind = 'aisle_pickup' then p.other_code else p.store_code end as place,
        seller.id as seller_id
      from placed p
      cross join (select id from location where kind = 'warehouse' order by sort_order limit 1) wh
      left join h_pool_size ps on ps.pool = p.pool
      left join h_pool tk on p.known and tk.pool = p.pool and tk.t = floor(p.r_pick * ps.size)::int
      -- Someone who had no account yet bought as a guest (or walked in).
      left join h_cust c on c.id = tk.customer_id and c.created_at < p.placed_at - interval '10 minutes'
      -- A guest's city is the one their deliveries go to: both follow r_city.
      left join h_guest g on g.n = floor(p.r_city * ${guests})::int
      left join h_staff_count sc on p.grp = 'store' and sc.location_id = p.store_id
      left join h_staff seller on seller.location_id = p.store_id and seller.n = floor(p.r_staff * sc.size)::int
    )
    select r.id, r.kind, false as attach, r.day, extract(month from r.day)::int as month, r.placed_at,
      r.grp::channel as channel,
      (case when r.kind in ('web_delivery', 'aisle_delivery') then 'delivery' else 'pickup' end)::fulfilment_type as fulfilment,
      r.location_id, r.code, r.place,
      case when r.grp = 'store' then r.store_id end as sold_at,
      r.seller_id as sold_by,
      r.customer_id,
      case when r.grp = 'web' and r.customer_id is null then r.g_id end as guest_id,
      coalesce(r.c_email, case when r.kind = 'counter' then '' else r.g_email end) as email,
      coalesce(r.c_name, case when r.kind = 'counter' then 'Walk-in customer' else r.g_name end) as contact_name,
      case when r.grp = 'web' then coalesce(r.c_device, r.g_device) end as device,
      (case r.kind
        when 'web_delivery' then 'card'
        when 'web_pickup' then case when r.r_pay < 0.55 then 'card' else 'pay_at_pickup' end
        when 'counter' then case when r.r_pay < 0.68 then 'card' else 'cash' end
        when 'aisle_pickup' then case when r.r_pay < 0.5 then 'card' when r.r_pay < 0.8 then 'cash' else 'pay_at_pickup' end
        else case when r.r_pay < 0.6 then 'card' else 'cash' end
      end)::payment_method as payment_method,
      case when r.kind not in ('counter', 'web_delivery', 'aisle_delivery') then lpad(floor(r.r_code * 1000000)::int::text, 6, '0') end as pickup_code,
      case when r.grp = 'web' then substr(translate(encode(sha256(('history:' || r.id)::bytea), 'base64'), '+/=', '-_'), 1, 32) end as placed_from,
      case when r.kind in ('web_delivery', 'aisle_delivery') then jsonb_build_object(
        'name', coalesce(r.c_name, r.g_name),
        'line1', ${pickFrom(STREETS)} || ' ' || (1 + floor(random() * 140))::int,
        'city', (${textArray(cityTickets.map((c) => c.city))})[1 + floor(r.r_city * ${cityTickets.length})::int],
        'postalCode', (${textArray(cityTickets.map((c) => c.postalCode))})[1 + floor(r.r_city * ${cityTickets.length})::int],
        'country', 'ES') end as delivery_address,
      case when r.r_lines < 0.55 then 1 when r.r_lines < 0.83 then 2 when r.r_lines < 0.95 then 3 else 4 end as n_lines,
      case when r.grp = 'web' then r.customer_id else r.seller_id end as first_actor,
      case when r.kind = 'counter' then 'Sold at the counter' when r.grp = 'store' then 'Ordered at ' || r.store_name end as first_note,
      r.r_staff2
    from resolved r`);
  await tx.execute(sql`
    alter table h_o add column collect_by timestamptz, add column staff_a uuid, add column staff_b uuid`);
  // The fulfilling store's staff move the order along: one picks and makes it ready, one hands it over.
  await tx.execute(sql`
    update h_o o set
      collect_by = case when o.payment_method = 'pay_at_pickup' then o.placed_at + interval '${sql.raw(String(COLLECT_DAYS))} days' end,
      staff_a = (select s.id from h_staff s join h_staff_count c using (location_id)
                  where s.location_id = o.location_id and s.n = floor(o.r_staff2 * c.size)::int),
      staff_b = (select s.id from h_staff s join h_staff_count c using (location_id)
                  where s.location_id = o.location_id and s.n = floor(((o.r_staff2 * 7919) - floor(o.r_staff2 * 7919)) * c.size)::int)`);
  await tx.execute(sql`create index on h_o (id)`);
  // Temporary tables get no statistics of their own (autovacuum skips them): the planner needs them for the joins below.
  await tx.execute(sql`analyze h_o`);

  await tx.execute(sql`
    create temporary table h_life on commit drop as
    with a as materialized (
      select o.id, o.kind, o.fulfilment, o.place, o.placed_at, o.collect_by, o.payment_method,
        random() as r_out, random() as r_stage, random() as r_miss, random() as r_cut,
        case when o.kind = 'counter' then o.placed_at
             when o.fulfilment = 'delivery' then pg_temp.h_open(o.placed_at + ${minutes(90, 0.8)}, 'WH')
             else pg_temp.h_open(o.placed_at + ${minutes(10, 0.7)}, o.place) end as t_pick
      from h_o o
    ), b as materialized (
      select a.*,
        -- Ready for collection, or shipped.
        case when a.kind = 'counter' then a.placed_at
             when a.fulfilment = 'delivery' then pg_temp.h_open(a.t_pick + ${minutes(120, 0.5)}, 'WH')
             else pg_temp.h_open(a.t_pick + ${minutes(42, 0.75)}, a.place) end as t_ready
      from a
    ), c as materialized (
      select b.*,
        case when b.kind = 'counter' then b.placed_at
             when b.fulfilment = 'delivery' then pg_temp.h_open(b.t_ready + interval '18 hours' + ${minutes(900, 0.7)}, 'DL')
             else pg_temp.h_open(b.t_ready + ${minutes(1100, 1.1)}, b.place) end as t_done0,
        case when b.kind = 'counter' then 'collected'
             when b.fulfilment = 'delivery' then case when b.r_out < 0.015 then 'cancelled' else 'delivered' end
             when b.r_out < 0.025 then 'cancelled' when b.r_out < 0.09 then 'expired' else 'collected' end as outcome,
        floor(b.r_stage * case when b.fulfilment = 'delivery' then 2 else 3 end)::int as stage,
        coalesce(b.collect_by, b.t_ready + interval '${sql.raw(String(EXPIRY_DAYS))} days') as keep_until
      from b
    )
    select c.id, c.outcome, c.stage, c.t_pick, c.t_ready,
      c.kind <> 'counter' and c.fulfilment = 'pickup' and c.r_miss < 0.05 as missing,
      c.t_pick + (c.t_ready - c.t_pick) * 0.7 as t_miss,
      case when c.fulfilment = 'pickup' and c.kind <> 'counter' and c.t_done0 > c.keep_until - interval '1 hour'
           then pg_temp.h_open(c.t_ready + random() * interval '20 hours', c.place) else c.t_done0 end as t_done,
      case when c.stage = 0 then c.placed_at + (c.t_pick - c.placed_at) * c.r_cut
           when c.stage = 1 then c.t_pick + (c.t_ready - c.t_pick) * c.r_cut
           else pg_temp.h_open(c.t_ready + c.r_cut * interval '2 days', c.place) end as t_cancel,
      -- The expiry job's minute: at the collect-by date unpaid, a week after ready otherwise.
      c.keep_until + random() * interval '1 minute' as t_expire,
      case when c.fulfilment = 'delivery' then 'Customer asked to cancel' else ${pickFrom(CANCEL_REASONS)} end as reason,
      case when c.collect_by is not null then 'Not collected and paid by its collect-by date'
           else 'Not collected within ${sql.raw(String(EXPIRY_DAYS))} days' end as expiry_note
    from c`);

  await addPickupAttaches(tx);
  await drawLines(tx);
  await drawSteps(tx);
}

/** Counter sales right after a collection: the same customer, at that store, 2–20 minutes later, by the staff member who handed it over. */
async function addPickupAttaches(tx: Tx) {
  await tx.execute(sql`
    create temporary table h_attach on commit drop as
    select gen_random_uuid() as id, o.id as pickup_id, l.t_done + make_interval(secs => 120 + random() * 1080) as placed_at,
      random() as r_pay, random() as r_lines
    from h_o o join h_life l on l.id = o.id
    where o.fulfilment = 'pickup' and o.kind <> 'counter' and o.customer_id is not null and l.outcome = 'collected'
      and l.t_done < now() - interval '25 minutes' and random() < 0.12`);
  await tx.execute(sql`
    insert into h_o (id, kind, attach, day, month, placed_at, channel, fulfilment, location_id, code, place, sold_at, sold_by,
                     customer_id, guest_id, email, contact_name, device, payment_method, pickup_code, placed_from,
                     delivery_address, n_lines, first_actor, first_note, r_staff2, collect_by, staff_a, staff_b)
    select a.id, 'counter', true, (a.placed_at at time zone 'Europe/Madrid')::date, extract(month from a.placed_at at time zone 'Europe/Madrid')::int,
      a.placed_at, 'store', 'pickup', o.location_id, o.code, o.place, o.location_id, o.staff_b,
      o.customer_id, null, o.email, o.contact_name, null, (case when a.r_pay < 0.7 then 'card' else 'cash' end)::payment_method,
      null, null, null, case when a.r_lines < 0.75 then 1 else 2 end, o.staff_b, 'Sold at the counter', 0, null, o.staff_b, o.staff_b
    from h_attach a join h_o o on o.id = a.pickup_id`);
  await tx.execute(sql`
    insert into h_life (id, outcome, stage, t_pick, t_ready, missing, t_miss, t_done, t_cancel, t_expire, reason, expiry_note)
    select id, 'collected', 0, placed_at, placed_at, false, placed_at, placed_at, placed_at, placed_at, '', '' from h_o where attach`);
  await tx.execute(sql`create index on h_life (id)`);
  await tx.execute(sql`analyze h_o`);
  await tx.execute(sql`analyze h_life`);
}

/**
 * 1–4 lines per order, of variants sold on its channel that month, at that day's price (the
 * sale's where one runs), mostly one unit; the same variant twice is one line, as in a cart. A
 * few pickups had a unit missing from the shelf (once picking got that far): not charged.
 */
async function drawLines(tx: Tx) {
  await tx.execute(sql`
    create temporary table h_line on commit drop as
    with drawn as materialized (
      select o.id as order_id, o.month, o.channel, o.day, g as line_no, floor(random() * ${VARIANT_TICKETS})::int as t, random() as r_q
        from h_o o cross join lateral generate_series(1, o.n_lines) g
    ), picked as (
      select distinct on (d.order_id, v.variant_id) d.order_id, d.line_no, v.variant_id, v.sku, v.name, v.slug, v.size, v.colour,
        v.product_id,
        case when d.r_q < 0.86 then 1 when d.r_q < 0.97 then 2 else 3 end as quantity,
        case when hd.sale_off > 0 and (v.marked_down or hd.sale_all)
             then greatest(0, (round(v.price_minor * (1 - hd.sale_off) / 100.0) * 100 - 10)::int)
             else v.price_minor end as unit_price_minor
      from drawn d
      join h_vt v on v.month = d.month and v.chan = d.channel::text and v.t = d.t
      join h_day hd on hd.day = d.day
      order by d.order_id, v.variant_id, d.line_no
    ), numbered as (
      select p.*, row_number() over (partition by p.order_id order by p.line_no) as n,
        sum(p.quantity) over (partition by p.order_id) as order_units
      from picked p
    )
    select n.order_id, n.n, n.variant_id, n.product_id, n.sku, n.name, n.slug, n.size, n.colour, n.quantity, n.unit_price_minor,
      case when n.n = 1 and n.order_units >= 2 and l.missing and l.t_miss <= now()
                and not (l.outcome = 'cancelled' and l.stage < 2) then 1 else 0 end as missing_quantity
    from numbered n join h_life l on l.id = n.order_id`);
  await tx.execute(sql`create index on h_line (order_id)`);
  await tx.execute(sql`analyze h_line`);
  await tx.execute(sql`
    create temporary table h_total on commit drop as
    select order_id,
      sum((quantity - missing_quantity) * unit_price_minor)::int as subtotal,
      sum(quantity * unit_price_minor)::int as gross,
      sum(missing_quantity)::int as missing,
      max(case when missing_quantity > 0 then missing_quantity || ' × ' || name || coalesce(' (' || size || ')', '') end) as missing_what
    from h_line group by order_id`);
  await tx.execute(sql`create index on h_total (order_id)`);
}

/** The order's events, each as the app writes it, those up to now; the order's status is the last one's. */
async function drawSteps(tx: Tx) {
  await tx.execute(sql`
    create temporary table h_step on commit drop as
    select o.id as order_id, s.seq, s.status::order_status as status, s.channel::channel as channel, s.actor, s.note, s.at
    from h_o o
    join h_life l on l.id = o.id
    join h_total t on t.order_id = o.id
    cross join lateral (values
      (1, case when o.kind = 'counter' then 'collected' else 'placed' end, o.channel::text, o.first_actor, o.first_note, o.placed_at, true),
      (2, 'picking', 'store', o.staff_a, null, l.t_pick,
        o.kind <> 'counter' and not (l.outcome = 'cancelled' and l.stage = 0)),
      (3, 'picking', 'store', o.staff_a,
        t.missing_what || ' unavailable — not charged. New total '
          || replace(to_char((t.subtotal + 0) / 100.0, 'FM999999990.00'), '.', ',') || U&'\\00A0€.',
        l.t_miss, t.missing > 0),
      (4, case when o.fulfilment = 'delivery' then 'shipped' else 'ready' end, 'store', o.staff_a, null, l.t_ready,
        o.kind <> 'counter' and not (l.outcome = 'cancelled' and l.stage < 2)),
      (5, case when o.fulfilment = 'delivery' then 'delivered' else 'collected' end, 'store', o.staff_b, null, l.t_done,
        o.kind <> 'counter' and l.outcome in ('collected', 'delivered')),
      (6, 'expired', 'store', null, l.expiry_note, l.t_expire, l.outcome = 'expired'),
      (7, 'cancelled', 'store', case when o.fulfilment = 'pickup' then o.staff_b end, l.reason, l.t_cancel, l.outcome = 'cancelled')
    ) s(seq, status, channel, actor, note, at, happened)
    where s.happened and s.at <= now()`);
  await tx.execute(sql`create index on h_step (order_id, seq)`);
  await tx.execute(sql`analyze h_step`);
}

/** Writes the drawn orders, their lines and events; numbers from order_number_seq in the order they were placed. */
export async function writeOrders(tx: Tx) {
  await tx.execute(sql`
    insert into "order" (id, number, customer_id, guest_id, email, contact_name, channel, fulfilment, location_id, status,
                         payment_method, payment_status, payment_reference, pickup_code, delivery_address,
                         subtotal_minor, shipping_minor, total_minor, currency, sold_at_location_id, sold_by_id,
                         collect_by, placed_from, device, placed_at, updated_at)
    select x.id, x.code || '-' || nextval('order_number_seq'), x.customer_id, x.guest_id, x.email, x.contact_name, x.channel,
      x.fulfilment, x.location_id, x.status, x.payment_method, x.payment_status, x.payment_reference, x.pickup_code,
      x.delivery_address, x.subtotal, x.shipping, x.subtotal + x.shipping, 'EUR', x.sold_at, x.sold_by, x.collect_by,
      x.placed_from, x.device, x.placed_at, x.updated_at
    from (
      select o.*, t.subtotal, f.status, f.updated_at,
        case when o.fulfilment = 'delivery' and t.gross < ${FREE_DELIVERY_FROM_MINOR} then ${DELIVERY_FEE_MINOR} else 0 end as shipping,
        (case
          when o.kind = 'counter' or o.payment_method = 'cash' then 'paid'
          when o.payment_method = 'card' then case when f.status in ('collected', 'shipped', 'delivered') then 'paid'
                                                   when f.status in ('cancelled', 'expired') then 'voided' else 'authorized' end
          else case when f.status = 'collected' then 'paid' else 'pending' end
        end)::payment_status as payment_status,
        case when o.payment_method = 'card' then 'test_auth_' || substr(md5(o.id::text), 1, 24)
             when o.payment_method = 'cash' then 'counter:cash'
             when f.status = 'collected' then case when get_byte(decode(md5(o.id::text), 'hex'), 0) < 150 then 'counter:card' else 'counter:cash' end
        end as payment_reference
      from h_o o
      join h_total t on t.order_id = o.id
      join (
        select distinct on (order_id) order_id, status, at as updated_at from h_step order by order_id, seq desc
      ) f on f.order_id = o.id
      order by o.placed_at
    ) x`);
  await tx.execute(sql`
    insert into order_line (order_id, variant_id, sku, product_name, product_slug, size, colour, quantity, unit_price_minor,
                            picked_quantity, missing_quantity)
    select l.order_id, l.variant_id, l.sku, l.name, l.slug, l.size, l.colour, l.quantity, l.unit_price_minor,
      case when exists (select 1 from h_step s where s.order_id = l.order_id and s.seq = 4) and o.fulfilment = 'pickup'
           then l.quantity - l.missing_quantity else 0 end,
      l.missing_quantity
    from h_line l join h_o o on o.id = l.order_id`);
  await tx.execute(sql`
    insert into order_event (order_id, status, channel, actor_id, note, created_at)
    select order_id, status, channel, actor, note, at from h_step order by at`);
}
