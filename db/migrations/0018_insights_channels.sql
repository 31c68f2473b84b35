CREATE TABLE "customer_day" (
	"day" date NOT NULL,
	"customer_id" uuid NOT NULL,
	"channel" "channel" NOT NULL,
	"orders" integer NOT NULL,
	"revenue_minor" bigint NOT NULL,
	CONSTRAINT "customer_day_day_customer_id_channel_pk" PRIMARY KEY("day","customer_id","channel")
);
--> statement-breakpoint
CREATE TABLE "customer_first" (
	"customer_id" uuid PRIMARY KEY NOT NULL,
	"day" date NOT NULL,
	"channel" "channel" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funnel_day" (
	"day" date NOT NULL,
	"channel" "channel" NOT NULL,
	"device" text NOT NULL,
	"viewed" integer NOT NULL,
	"added" integer NOT NULL,
	"ordered" integer NOT NULL,
	CONSTRAINT "funnel_day_day_channel_device_pk" PRIMARY KEY("day","channel","device"),
	CONSTRAINT "funnel_day_device" CHECK ("funnel_day"."device" in ('phone', 'tablet', 'desktop', 'unknown'))
);
--> statement-breakpoint
CREATE TABLE "influence_day" (
	"day" date NOT NULL,
	"location_id" uuid NOT NULL,
	"channel" "channel" NOT NULL,
	"sales" integer NOT NULL,
	"known_sales" integer NOT NULL,
	"influenced_sales" integer NOT NULL,
	"revenue_minor" bigint NOT NULL,
	"influenced_revenue_minor" bigint NOT NULL,
	"attach_sales" integer NOT NULL,
	"attach_revenue_minor" bigint NOT NULL,
	CONSTRAINT "influence_day_day_location_id_channel_pk" PRIMARY KEY("day","location_id","channel")
);
--> statement-breakpoint
CREATE TABLE "influence_fact" (
	"order_id" uuid PRIMARY KEY NOT NULL,
	"day" date NOT NULL,
	"location_id" uuid NOT NULL,
	"channel" "channel" NOT NULL,
	"customer_id" uuid,
	"units" integer NOT NULL,
	"revenue_minor" bigint NOT NULL,
	"influenced_units" integer NOT NULL,
	"influenced_revenue_minor" bigint NOT NULL,
	"pickup_attach" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sales_category_day" (
	"day" date NOT NULL,
	"location_id" uuid NOT NULL,
	"channel" "channel" NOT NULL,
	"fulfilment" text NOT NULL,
	"category_id" uuid NOT NULL,
	"orders" integer NOT NULL,
	"units" integer NOT NULL,
	"revenue_minor" bigint NOT NULL,
	CONSTRAINT "sales_category_day_day_location_id_channel_fulfilment_category_id_pk" PRIMARY KEY("day","location_id","channel","fulfilment","category_id")
);
--> statement-breakpoint
CREATE TABLE "search_day" (
	"day" date NOT NULL,
	"query" text NOT NULL,
	"searches" integer NOT NULL,
	"zero_results" integer NOT NULL,
	"followed" integer NOT NULL,
	CONSTRAINT "search_day_day_query_pk" PRIMARY KEY("day","query")
);
--> statement-breakpoint
ALTER TABLE "user" ADD COLUMN "analytics_consent" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "user" ADD COLUMN "analytics_consent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "order" ADD COLUMN "device" text;--> statement-breakpoint
CREATE INDEX "customer_day_customer_idx" ON "customer_day" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "customer_first_day_idx" ON "customer_first" USING btree ("day");--> statement-breakpoint
CREATE INDEX "influence_fact_day_idx" ON "influence_fact" USING btree ("day");--> statement-breakpoint
CREATE INDEX "interaction_created_idx" ON "interaction" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "order" ADD CONSTRAINT "order_device" CHECK ("order"."device" in ('phone', 'tablet', 'desktop'));--> statement-breakpoint
-- insert_order as in 0013, with the web order's device class (the funnel by device).
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
                         collect_by, placed_from, device)
    SELECT p_code || '-' || nextval('order_number_seq'), r.customer_id, r.guest_id, r.email, r.contact_name, r.channel,
           r.fulfilment, r.location_id, coalesce(r.status, 'placed'), r.payment_method, r.payment_status,
           r.payment_reference, r.pickup_code, r.delivery_address, r.subtotal_minor, coalesce(r.shipping_minor, 0),
           r.total_minor, coalesce(r.currency, 'EUR'), r.sold_at_location_id, r.sold_by_id,
           r.collect_by, r.placed_from, r.device
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
-- The new rollups start from every order and touchpoint there is: the next refresh recomputes every day.
DELETE FROM "insights_refresh" WHERE "name" = 'sales';
