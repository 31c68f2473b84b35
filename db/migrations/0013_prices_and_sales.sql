CREATE TABLE "price_list" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"web" boolean NOT NULL,
	"store" boolean NOT NULL,
	"created_by" uuid,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "price_list_window" CHECK ("price_list"."ends_at" > "price_list"."starts_at"),
	CONSTRAINT "price_list_channel" CHECK ("price_list"."web" or "price_list"."store")
);
--> statement-breakpoint
CREATE TABLE "price_list_item" (
	"price_list_id" uuid NOT NULL,
	"variant_id" uuid NOT NULL,
	"amount_minor" integer NOT NULL,
	CONSTRAINT "price_list_item_price_list_id_variant_id_pk" PRIMARY KEY("price_list_id","variant_id"),
	CONSTRAINT "price_list_item_amount" CHECK ("price_list_item"."amount_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "variant_price_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "variant_price_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"variant_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"price_minor" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "price_list" ADD CONSTRAINT "price_list_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_list_item" ADD CONSTRAINT "price_list_item_price_list_id_price_list_id_fk" FOREIGN KEY ("price_list_id") REFERENCES "public"."price_list"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_list_item" ADD CONSTRAINT "price_list_item_variant_id_variant_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "variant_price_history" ADD CONSTRAINT "variant_price_history_variant_id_variant_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "price_list_window_idx" ON "price_list" USING btree ("ends_at","starts_at");--> statement-breakpoint
CREATE INDEX "price_list_item_variant_idx" ON "price_list_item" USING btree ("variant_id");--> statement-breakpoint
CREATE INDEX "variant_price_history_variant_idx" ON "variant_price_history" USING btree ("variant_id","at");--> statement-breakpoint
ALTER TABLE "variant" DROP COLUMN "compare_at_minor";--> statement-breakpoint

-- Prices per channel, computed when read (nothing runs at a sale's start or end). A variant's
-- price on a channel at an instant is the lowest price of the price lists in force there for that
-- channel (overlapping lists: the lowest wins), else its base price at that instant. The base
-- price's history is written by a trigger, so every write path records it; price lists are never
-- edited, only cancelled, so their rows are their own history.

-- Every variant's base price so far, as of now (no earlier history exists).
INSERT INTO variant_price_history (variant_id, at, price_minor) SELECT id, now(), price_minor FROM variant;
--> statement-breakpoint

CREATE FUNCTION record_variant_price() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.price_minor IS DISTINCT FROM OLD.price_minor THEN
    INSERT INTO variant_price_history (variant_id, at, price_minor) VALUES (NEW.id, now(), NEW.price_minor);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint

CREATE TRIGGER variant_price_history_trigger AFTER INSERT OR UPDATE OF price_minor ON variant
  FOR EACH ROW EXECUTE FUNCTION record_variant_price();
--> statement-breakpoint

-- The base price in force at an instant; before the first record, the first one (the price it
-- was created with).
CREATE FUNCTION base_price_at(p_variant uuid, p_at timestamptz) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    (SELECT h.price_minor FROM variant_price_history h WHERE h.variant_id = p_variant AND h.at <= p_at
      ORDER BY h.at DESC, h.id DESC LIMIT 1),
    (SELECT h.price_minor FROM variant_price_history h WHERE h.variant_id = p_variant ORDER BY h.at, h.id LIMIT 1),
    (SELECT v.price_minor FROM variant v WHERE v.id = p_variant))
$$;
--> statement-breakpoint

-- The lowest price of the lists in force for this variant on this channel ('web' or 'store') at
-- an instant, or NULL when none is. A cancelled list stops at its cancellation.
CREATE FUNCTION list_price(p_variant uuid, p_channel text, p_at timestamptz) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT min(i.amount_minor)
    FROM price_list_item i JOIN price_list l ON l.id = i.price_list_id
   WHERE i.variant_id = p_variant AND l.starts_at <= p_at AND p_at < l.ends_at
     AND (l.cancelled_at IS NULL OR p_at < l.cancelled_at)
     AND CASE p_channel WHEN 'web' THEN l.web WHEN 'store' THEN l.store ELSE false END
$$;
--> statement-breakpoint

CREATE FUNCTION channel_price(p_variant uuid, p_channel text, p_at timestamptz) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT coalesce(list_price(p_variant, p_channel, p_at), base_price_at(p_variant, p_at))
$$;
--> statement-breakpoint

-- The lowest channel price over [p_from, p_to): the price is constant between changes, so it is
-- the lowest of its values at p_from and at every change inside (a base price record, a list's
-- start, end or cancellation).
CREATE FUNCTION lowest_price(p_variant uuid, p_channel text, p_from timestamptz, p_to timestamptz) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT min(channel_price(p_variant, p_channel, t.at)) FROM (
    SELECT p_from AS at
    UNION SELECT h.at FROM variant_price_history h WHERE h.variant_id = p_variant AND h.at > p_from AND h.at < p_to
    UNION SELECT e.at FROM price_list_item i JOIN price_list l ON l.id = i.price_list_id,
                 LATERAL (VALUES (l.starts_at), (least(l.ends_at, coalesce(l.cancelled_at, l.ends_at)))) e(at)
           WHERE i.variant_id = p_variant AND e.at > p_from AND e.at < p_to
             AND CASE p_channel WHEN 'web' THEN l.web WHEN 'store' THEN l.store ELSE false END
  ) t
$$;
--> statement-breakpoint

-- When the reduction in force at an instant began: the earliest start of the lists giving the
-- current price. NULL when no list is in force (a base price is never announced as a reduction).
CREATE FUNCTION reduction_start(p_variant uuid, p_channel text, p_at timestamptz) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
  SELECT min(l.starts_at)
    FROM price_list_item i JOIN price_list l ON l.id = i.price_list_id
   WHERE i.variant_id = p_variant AND l.starts_at <= p_at AND p_at < l.ends_at
     AND (l.cancelled_at IS NULL OR p_at < l.cancelled_at)
     AND CASE p_channel WHEN 'web' THEN l.web WHEN 'store' THEN l.store ELSE false END
     AND i.amount_minor = list_price(p_variant, p_channel, p_at)
$$;
--> statement-breakpoint

-- The struck-through "was" price (LOCM art. 20.1, EU Omnibus): the lowest price of this variant on
-- this channel in the 30 days before the reduction in force began; NULL when no reduction is in
-- force or that reference is not above today's price.
CREATE FUNCTION was_price(p_variant uuid, p_channel text, p_at timestamptz) RETURNS integer
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_now integer := list_price(p_variant, p_channel, p_at);
  v_start timestamptz;
  v_low integer;
BEGIN
  IF v_now IS NULL THEN
    RETURN NULL;
  END IF;
  v_start := reduction_start(p_variant, p_channel, p_at);
  v_low := lowest_price(p_variant, p_channel, v_start - interval '30 days', v_start);
  RETURN CASE WHEN v_low > v_now THEN v_low END;
END $$;
--> statement-breakpoint

-- The next instant after p_at at which this variant's price on this channel may change (a list's
-- start, end or cancellation), for open pages to refresh on time; NULL when none is scheduled.
CREATE FUNCTION next_price_change(p_variant uuid, p_channel text, p_at timestamptz) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
  SELECT min(e.at)
    FROM price_list_item i JOIN price_list l ON l.id = i.price_list_id,
         LATERAL (VALUES (l.starts_at), (least(l.ends_at, coalesce(l.cancelled_at, l.ends_at)))) e(at)
   WHERE i.variant_id = p_variant AND e.at > p_at
     AND CASE p_channel WHEN 'web' THEN l.web WHEN 'store' THEN l.store ELSE false END
$$;
--> statement-breakpoint

-- insert_order as in 0009, a cart's lines at their web price (a web-only sale is charged online).
CREATE OR REPLACE FUNCTION insert_order(p_code text, p_key text, p_owner text, p_order jsonb, p_lines jsonb, p_actor uuid, p_note text,
                                        p_cart uuid DEFAULT NULL) RETURNS "order"
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_written record;
BEGIN
  -- One statement for the four writes: a statement's fixed cost is most of the cost of each.
  WITH placed AS (
    INSERT INTO "order" (number, customer_id, guest_id, email, contact_name, channel, fulfilment, location_id, status,
                         payment_method, payment_status, payment_reference, pickup_code, delivery_address,
                         subtotal_minor, shipping_minor, total_minor, currency, sold_at_location_id, sold_by_id,
                         collect_by, placed_from)
    SELECT p_code || '-' || nextval('order_number_seq'), r.customer_id, r.guest_id, r.email, r.contact_name, r.channel,
           r.fulfilment, r.location_id, coalesce(r.status, 'placed'), r.payment_method, r.payment_status,
           r.payment_reference, r.pickup_code, r.delivery_address, r.subtotal_minor, coalesce(r.shipping_minor, 0),
           r.total_minor, coalesce(r.currency, 'EUR'), r.sold_at_location_id, r.sold_by_id,
           r.collect_by, r.placed_from
      FROM jsonb_populate_record(NULL::"order", p_order) r
    RETURNING *
  ), lines AS (
    INSERT INTO order_line (order_id, variant_id, sku, product_name, product_slug, size, colour, quantity, unit_price_minor)
    SELECT o.id, (l->>'variantId')::uuid, l->>'sku', l->>'name', l->>'slug', l->>'size', l->>'colour',
           (l->>'quantity')::integer, (l->>'priceMinor')::integer
      FROM placed o, jsonb_array_elements(p_lines) l
     UNION ALL
    -- From the cart (web checkout, its lines locked with it): today's web price and names.
    SELECT o.id, i.variant_id, v.sku, p.name, p.slug, v.size, v.colour, i.quantity,
           coalesce(list_price(v.id, 'web', now()), v.price_minor)
      FROM placed o, cart_item i JOIN variant v ON v.id = i.variant_id JOIN product p ON p.id = v.product_id
     WHERE p_lines IS NULL AND i.cart_id = p_cart
  ), first_event AS (
    INSERT INTO order_event (order_id, status, channel, actor_id, note)
    SELECT o.id, o.status, o.channel, p_actor, p_note FROM placed o
  ), closed AS (
    UPDATE cart SET status = 'converted', updated_at = now() WHERE id = p_cart
  ), claimed AS (
    -- The key names this order: claimed here (web checkout), or earlier in the transaction by
    -- the counter (claimKey). Taken by someone else, or already naming an order, it is refused.
    INSERT INTO idempotency_key AS k (key, owner, order_id)
    SELECT p_key, p_owner, o.id FROM placed o
    ON CONFLICT (key) DO UPDATE SET order_id = excluded.order_id
     WHERE k.owner = excluded.owner AND k.order_id IS NULL
    RETURNING k.key
  )
  SELECT o::"order" AS placed, (SELECT count(*) FROM claimed) AS claimed INTO v_written FROM placed o;
  IF v_written.claimed = 0 THEN
    RAISE EXCEPTION USING ERRCODE = 'MS400', MESSAGE = 'IDEMPOTENCY_KEY_REUSED';
  END IF;
  RETURN v_written.placed;
END $$;
--> statement-breakpoint

-- place_web_order as in 0012, the subtotal at the web price.
CREATE OR REPLACE FUNCTION place_web_order(p_key text, p_owner text, p_customer uuid, p_guest text, p_location uuid,
                                p_expected_subtotal integer, p_order jsonb, p_limits jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_place location;
  v_cart_id uuid;
  v_short jsonb;
  v_ids uuid[];
  v_quantities integer[];
  v_unsellable boolean;
  v_subtotal integer;
  v_currency text;
  v_email text;
  v_name text;
  v_from text := p_order->>'placed_from';
  v_open record;
  v_reserved jsonb;
  v_order "order";
BEGIN
  SELECT * INTO v_place FROM location WHERE id = p_location;
  IF NOT FOUND OR (p_order->>'fulfilment' = 'pickup' AND (v_place.kind <> 'store' OR NOT v_place.click_and_collect)) THEN
    RETURN jsonb_build_object('refused', 'NOT_A_PICKUP_STORE');
  END IF;
  IF p_customer IS NOT NULL THEN
    SELECT u.email, coalesce(p_order->>'contact_name', u.name) INTO v_email, v_name FROM "user" u WHERE u.id = p_customer;
    IF NOT FOUND THEN
      RETURN jsonb_build_object('refused', 'ACCOUNT_NOT_FOUND');
    END IF;
  ELSE
    v_email := p_order->>'email';
    v_name := p_order->>'contact_name';
  END IF;

  SELECT c.id, jsonb_agg(jsonb_build_object('variantId', g.variant_id, 'requested', g.quantity, 'available', g.available))
           FILTER (WHERE g.available < g.quantity)
    INTO v_cart_id, v_short
    FROM cart c
    LEFT JOIN LATERAL (
      SELECT i.variant_id, i.quantity,
             greatest(0, coalesce(s.on_hand - s.reserved - coalesce((
               SELECT sum(h.quantity) FROM stock_hold h
                WHERE h.variant_id = i.variant_id AND h.location_id = p_location
                  AND h.expires_at > now() AND h.cart_id IS DISTINCT FROM c.id), 0), 0)) AS available
        FROM cart_item i LEFT JOIN stock_level s ON s.variant_id = i.variant_id AND s.location_id = p_location
       WHERE i.cart_id = c.id) g ON true
   WHERE c.id = coalesce((SELECT id FROM cart WHERE customer_id = p_customer AND status = 'open'),
                         (SELECT id FROM cart WHERE guest_id = p_guest AND status = 'open'))
   GROUP BY c.id;
  IF v_short IS NOT NULL THEN
    RETURN jsonb_build_object('refused', 'OUT_OF_STOCK', 'details',
      jsonb_build_object('lines', v_short, 'cart', cart_lines_json(v_cart_id), 'placeName', v_place.name));
  END IF;

  SELECT id INTO v_cart_id FROM cart WHERE id = v_cart_id AND status = 'open' FOR UPDATE;
  IF v_cart_id IS NULL THEN
    RETURN coalesce(order_for_key(p_key, p_owner), jsonb_build_object('refused', 'CART_EMPTY'));
  END IF;
  SELECT array_agg(i.variant_id ORDER BY i.variant_id), array_agg(i.quantity ORDER BY i.variant_id),
         sum(coalesce(list_price(v.id, 'web', now()), v.price_minor) * i.quantity), min(v.currency), bool_or((v.archived_at IS NOT NULL OR NOT (p.web_from IS NOT NULL AND p.web_from <= now() AND (p.web_until IS NULL OR p.web_until > now()))))
    INTO v_ids, v_quantities, v_subtotal, v_currency, v_unsellable
    FROM cart_item i JOIN variant v ON v.id = i.variant_id JOIN product p ON p.id = v.product_id
   WHERE i.cart_id = v_cart_id;
  IF v_ids IS NULL THEN
    RETURN jsonb_build_object('refused', 'CART_EMPTY');
  ELSIF v_unsellable THEN
    RETURN jsonb_build_object('refused', 'UNSELLABLE', 'details', jsonb_build_object('cart', cart_lines_json(v_cart_id), 'lines', (
      SELECT jsonb_agg(jsonb_build_object('variantId', i.variant_id, 'requested', i.quantity, 'available', 0))
        FROM cart_item i JOIN variant v ON v.id = i.variant_id JOIN product p ON p.id = v.product_id
       WHERE i.cart_id = v_cart_id AND (v.archived_at IS NOT NULL OR NOT (p.web_from IS NOT NULL AND p.web_from <= now() AND (p.web_until IS NULL OR p.web_until > now()))))));
  ELSIF p_expected_subtotal IS NOT NULL AND v_subtotal <> p_expected_subtotal THEN
    RETURN jsonb_build_object('refused', 'PRICE_CHANGED');
  END IF;

  IF p_limits IS NOT NULL AND p_order->>'payment_method' = 'pay_at_pickup' THEN
    -- Lock first, count in a later statement (lock_stock_short_lines says why): two orders for
    -- one email, or from one client, racing at the limit queue on these locks until the first
    -- commits, and the second's count sees it. Always the email's first, then the client's, so two
    -- orders never wait for each other's. A guest's orders already queue on its one open cart,
    -- locked above. Classes 1101 and 1102 are used nowhere else.
    PERFORM pg_advisory_xact_lock(1101, hashtext(lower(v_email)));
    IF v_from IS NOT NULL THEN
      PERFORM pg_advisory_xact_lock(1102, hashtext(v_from));
    END IF;
    -- Each count by its partial index (order_unpaid_email_idx, order_guest_idx, order_unpaid_placed_from_idx).
    SELECT (SELECT count(*) FROM "order" o
             WHERE o.email = lower(v_email) AND o.collect_by IS NOT NULL AND o.payment_status = 'pending'
               AND o.status IN ('placed', 'picking', 'ready') AND o.collect_by > now()) AS by_email,
           (SELECT count(*) FROM "order" o
             WHERE p_guest IS NOT NULL AND o.guest_id = p_guest AND o.collect_by IS NOT NULL AND o.payment_status = 'pending'
               AND o.status IN ('placed', 'picking', 'ready') AND o.collect_by > now()) AS by_guest,
           (SELECT count(*) FROM "order" o
             WHERE v_from IS NOT NULL AND o.placed_from = v_from AND o.collect_by IS NOT NULL AND o.payment_status = 'pending'
               AND o.status IN ('placed', 'picking', 'ready') AND o.collect_by > now()) AS by_from
      INTO v_open;
    IF p_guest IS NOT NULL AND v_open.by_guest >= (p_limits->>'guest')::integer THEN
      RETURN jsonb_build_object('refused', 'TOO_MANY_OPEN_ORDERS', 'details', jsonb_build_object('scope', 'guest', 'limit', (p_limits->>'guest')::integer));
    ELSIF v_open.by_email >= (p_limits->>'email')::integer THEN
      RETURN jsonb_build_object('refused', 'TOO_MANY_OPEN_ORDERS', 'details', jsonb_build_object('scope', 'email', 'limit', (p_limits->>'email')::integer));
    ELSIF v_open.by_from >= (p_limits->>'from')::integer THEN
      RETURN jsonb_build_object('refused', 'TOO_MANY_OPEN_ORDERS', 'details', jsonb_build_object('scope', 'client', 'limit', (p_limits->>'from')::integer));
    END IF;
  END IF;

  v_order := insert_order(
    CASE WHEN v_place.kind = 'store' THEN v_place.code ELSE 'WEB' END,
    p_key, p_owner,
    p_order || jsonb_build_object(
      'customer_id', p_customer, 'guest_id', p_guest, 'email', v_email, 'contact_name', v_name,
      'channel', 'web', 'location_id', p_location, 'subtotal_minor', v_subtotal, 'currency', v_currency,
      'total_minor', v_subtotal + coalesce((p_order->>'shipping_minor')::integer, 0)),
    NULL, p_customer, NULL, v_cart_id);

  v_reserved := reserve_rows(p_location, v_cart_id, v_ids, v_quantities);
  IF v_reserved ? 'short' THEN
    RAISE EXCEPTION USING ERRCODE = 'MS400', MESSAGE = 'OUT_OF_STOCK',
      DETAIL = jsonb_build_object('lines', v_reserved->'short', 'cart', cart_lines_json(v_cart_id), 'placeName', v_place.name)::text;
  END IF;

  RETURN jsonb_build_object('orderId', v_order.id, 'orderNumber', v_order.number, 'status', v_order.status,
                            'pickupCode', v_order.pickup_code, 'cartId', v_cart_id, 'stock', v_reserved->'stock',
                            'repeated', false);
END $$;
