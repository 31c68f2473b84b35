ALTER TABLE "user" ADD COLUMN "locale" text;--> statement-breakpoint
ALTER TABLE "order" ADD COLUMN "locale" text DEFAULT 'es' NOT NULL;--> statement-breakpoint
ALTER TABLE "user" ADD CONSTRAINT "user_locale" CHECK ("user"."locale" in ('es', 'en'));--> statement-breakpoint
ALTER TABLE "order" ADD CONSTRAINT "order_locale" CHECK ("order"."locale" in ('es', 'en'));--> statement-breakpoint
-- insert_order as in 0018, with the language the order is placed in (its messages are written in it).
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
                         collect_by, placed_from, device, locale)
    SELECT p_code || '-' || nextval('order_number_seq'), r.customer_id, r.guest_id, r.email, r.contact_name, r.channel,
           r.fulfilment, r.location_id, coalesce(r.status, 'placed'), r.payment_method, r.payment_status,
           r.payment_reference, r.pickup_code, r.delivery_address, r.subtotal_minor, coalesce(r.shipping_minor, 0),
           r.total_minor, coalesce(r.currency, 'EUR'), r.sold_at_location_id, r.sold_by_id,
           r.collect_by, r.placed_from, r.device, coalesce(r.locale, 'es')
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
