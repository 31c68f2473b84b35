-- Publication moves from status + visible_web to the web window (0011): place_web_order as in
-- 0009, with "not for sale online" read from the web window in force at this transaction's now(), and
-- archived variants (0011) not for sale either.
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
         sum(v.price_minor * i.quantity), min(v.currency), bool_or((v.archived_at IS NOT NULL OR NOT (p.web_from IS NOT NULL AND p.web_from <= now() AND (p.web_until IS NULL OR p.web_until > now()))))
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
--> statement-breakpoint
ALTER TABLE "product" DROP COLUMN "status";--> statement-breakpoint
ALTER TABLE "product" DROP COLUMN "visible_web";--> statement-breakpoint
ALTER TABLE "product" DROP COLUMN "visible_store";--> statement-breakpoint
DROP TYPE "public"."product_status";