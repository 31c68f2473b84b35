-- Checkout's rules that must hold under any concurrency, as database functions. Each is one round
-- trip from the app (PL/pgSQL plans its statements once per connection), and each runs inside the
-- caller's transaction, or as one when called on its own: a RAISE rolls all of it back.
-- Callers: server/domain/inventory/stock.ts, server/domain/orders/write.ts and
-- server/domain/checkout/place-order.ts; tested there on PGlite and on PostgreSQL.
--
-- Refusals a person can act on raise SQLSTATE 'MS400' with the domain code (server/errors.ts) as
-- the message and their details as JSON in DETAIL; the app turns them into a DomainError.

-- Units of one stock row that can still be promised to `p_cart`: on hand, minus reserved for
-- orders, minus what other carts hold while their customers pay (an expired hold counts for
-- nothing). The same rule as availableUnits() in server/domain/inventory/stock.ts.
CREATE FUNCTION stock_available(p_variant uuid, p_location uuid, p_except_cart uuid) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT greatest(0, s.on_hand - s.reserved - coalesce((
           SELECT sum(h.quantity) FROM stock_hold h
            WHERE h.variant_id = s.variant_id AND h.location_id = s.location_id
              AND h.expires_at > now() AND h.cart_id IS DISTINCT FROM p_except_cart), 0))::integer
    FROM stock_level s
   WHERE s.variant_id = p_variant AND s.location_id = p_location
$$;
--> statement-breakpoint

-- The lines (JSON [{variantId, quantity}]) this location cannot supply to `p_cart` in full, as
-- [{variantId, requested, available}]; [] when it can supply them all. The stock rows stay locked
-- until the transaction ends, so the answer holds while the caller reserves or holds.
--
-- Lock first, count in a later statement. Under READ COMMITTED a SELECT ... FOR UPDATE that
-- waited for a row lock re-reads that row, but reads every other table in the statement with the
-- snapshot it took before waiting: a hold committed by the transaction it waited on would be
-- invisible (a hold inserts into stock_hold and leaves stock_level untouched, so nothing forces a
-- re-read), and two shoppers would be promised the same unit. A VOLATILE function takes a new
-- snapshot for each statement, so the count below sees every hold and reservation committed
-- before the lock was granted.
CREATE FUNCTION lock_stock_short_lines(p_location uuid, p_lines jsonb, p_cart uuid) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  -- In variant order, so two transactions lock in the same order and never deadlock.
  PERFORM 1 FROM stock_level s
   WHERE s.location_id = p_location
     AND s.variant_id IN (SELECT (l->>'variantId')::uuid FROM jsonb_array_elements(p_lines) l)
   ORDER BY s.variant_id
     FOR UPDATE;
  RETURN coalesce((
    SELECT jsonb_agg(jsonb_build_object('variantId', w.variant_id, 'requested', w.quantity, 'available', w.available))
      FROM (SELECT (l->>'variantId')::uuid AS variant_id, (l->>'quantity')::integer AS quantity,
                   coalesce(stock_available((l->>'variantId')::uuid, p_location, p_cart), 0) AS available
              FROM jsonb_array_elements(p_lines) l) w
     WHERE w.available < w.quantity), '[]'::jsonb);
END $$;
--> statement-breakpoint

-- The availability now of the given stock rows (JSON [{variantId, locationId}]), for the
-- stock.changed events published after commit: [{variantId, locationId, available}].
CREATE FUNCTION stock_now(p_keys jsonb) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT coalesce(jsonb_agg(jsonb_build_object('variantId', k.variant_id, 'locationId', k.location_id,
                                               'available', stock_available(k.variant_id, k.location_id, NULL))), '[]'::jsonb)
    FROM (SELECT DISTINCT (e->>'variantId')::uuid AS variant_id, (e->>'locationId')::uuid AS location_id
            FROM jsonb_array_elements(p_keys) e) k
    JOIN stock_level s ON s.variant_id = k.variant_id AND s.location_id = k.location_id
$$;
--> statement-breakpoint

-- Reserves the lines at one location for an order, all or nothing, inside the caller's
-- transaction. The cart's own hold does not count against it and is then released: it has become
-- the reservation. A sale with no cart (at the counter) passes NULL: every hold counts against it.
-- Returns {"short": [...]} and changes nothing when a line cannot be supplied, else
-- {"stock": [...]}: the new availability of every row it touched (reserved, or a released hold).
-- The reserved <= on_hand CHECK backs this up in the table.
CREATE FUNCTION reserve_stock(p_location uuid, p_cart uuid, p_lines jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_short jsonb := lock_stock_short_lines(p_location, p_lines, p_cart);
  v_touched jsonb;
BEGIN
  IF jsonb_array_length(v_short) > 0 THEN
    RETURN jsonb_build_object('short', v_short);
  END IF;
  UPDATE stock_level s
     SET reserved = s.reserved + l.quantity, updated_at = now()
    FROM (SELECT (e->>'variantId')::uuid AS variant_id, sum((e->>'quantity')::integer) AS quantity
            FROM jsonb_array_elements(p_lines) e GROUP BY 1) l
   WHERE s.location_id = p_location AND s.variant_id = l.variant_id;
  WITH released AS (DELETE FROM stock_hold h WHERE h.cart_id = p_cart RETURNING h.variant_id, h.location_id)
  SELECT coalesce(jsonb_agg(jsonb_build_object('variantId', r.variant_id, 'locationId', r.location_id)), '[]'::jsonb)
    INTO v_touched FROM released r;
  SELECT v_touched || coalesce(jsonb_agg(jsonb_build_object('variantId', e->>'variantId', 'locationId', p_location)), '[]'::jsonb)
    INTO v_touched FROM jsonb_array_elements(p_lines) e;
  RETURN jsonb_build_object('stock', stock_now(v_touched));
END $$;
--> statement-breakpoint

-- Writes an order, its lines and its first event, and ties the idempotency key to it, inside the
-- caller's transaction. `p_order` holds the order's columns by their SQL names; the ones left out
-- take their defaults. The number is the fulfilling location's code and the shared sequence. Web
-- checkout, counter sales and endless-aisle orders all write orders through here.
-- `p_lines`: [{variantId, quantity, sku, name, slug, size, colour, priceMinor}].
CREATE FUNCTION insert_order(p_code text, p_key text, p_order jsonb, p_lines jsonb, p_actor uuid, p_note text) RETURNS "order"
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v "order";
BEGIN
  INSERT INTO "order" (number, customer_id, guest_id, email, contact_name, channel, fulfilment, location_id, status,
                       payment_method, payment_status, payment_reference, pickup_code, delivery_address,
                       subtotal_minor, shipping_minor, total_minor, currency, sold_at_location_id, sold_by_id)
  SELECT p_code || '-' || nextval('order_number_seq'), r.customer_id, r.guest_id, r.email, r.contact_name, r.channel,
         r.fulfilment, r.location_id, coalesce(r.status, 'placed'), r.payment_method, r.payment_status,
         r.payment_reference, r.pickup_code, r.delivery_address, r.subtotal_minor, coalesce(r.shipping_minor, 0),
         r.total_minor, coalesce(r.currency, 'EUR'), r.sold_at_location_id, r.sold_by_id
    FROM jsonb_populate_record(NULL::"order", p_order) r
  RETURNING * INTO v;
  INSERT INTO order_line (order_id, variant_id, sku, product_name, product_slug, size, colour, quantity, unit_price_minor)
  SELECT v.id, (l->>'variantId')::uuid, l->>'sku', l->>'name', l->>'slug', l->>'size', l->>'colour',
         (l->>'quantity')::integer, (l->>'priceMinor')::integer
    FROM jsonb_array_elements(p_lines) l;
  INSERT INTO order_event (order_id, status, channel, actor_id, note) VALUES (v.id, v.status, v.channel, p_actor, p_note);
  UPDATE idempotency_key SET order_id = v.id WHERE key = p_key;
  RETURN v;
END $$;
--> statement-breakpoint

-- The order an earlier call with this key placed, as the app returns it, or NULL while that call
-- is still running. Another caller's key is refused: nobody reads someone else's order by key.
CREATE FUNCTION order_for_key(p_key text, p_owner text) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_owner text;
  v_order "order";
BEGIN
  SELECT k.owner INTO v_owner FROM idempotency_key k WHERE k.key = p_key;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  IF v_owner <> p_owner THEN
    RAISE EXCEPTION USING ERRCODE = 'MS400', MESSAGE = 'IDEMPOTENCY_KEY_REUSED';
  END IF;
  SELECT o.* INTO v_order FROM idempotency_key k JOIN "order" o ON o.id = k.order_id WHERE k.key = p_key;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  RETURN jsonb_build_object('orderId', v_order.id, 'orderNumber', v_order.number, 'status', v_order.status,
                            'pickupCode', v_order.pickup_code, 'repeated', true);
END $$;
--> statement-breakpoint

-- Places the shopper's cart as a web order, in one transaction:
--   1. claims the idempotency key (a racing call with the same key waits on it until this one
--      commits, then returns this order: the same key always answers with the first order);
--   2. checks the pickup store, locks the shopper's open cart and reads its lines at today's prices;
--      when a card was authorised for `p_expected_subtotal`, a different subtotal now is refused;
--   3. reserves the stock at `p_location` (reserve_stock: the cart's own hold becomes the reservation);
--   4. writes the order (insert_order), closes the cart and records the order in the customer's history.
-- `p_order` has the columns the app decides (contact for guests, fulfilment, payment, pickup code,
-- delivery address, shipping); the contact of a signed-in customer and the totals are read here.
-- Returns {orderId, orderNumber, status, pickupCode, cartId, stock, repeated}.
CREATE FUNCTION place_web_order(p_key text, p_owner text, p_customer uuid, p_guest text, p_location uuid,
                                p_expected_subtotal integer, p_order jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_earlier jsonb;
  v_place location;
  v_cart_id uuid;
  v_lines jsonb;
  v_unsellable jsonb;
  v_subtotal integer;
  v_currency text;
  v_reserved jsonb;
  v_contact record;
  v_order "order";
BEGIN
  INSERT INTO idempotency_key (key, owner) VALUES (p_key, p_owner) ON CONFLICT DO NOTHING;
  IF NOT FOUND THEN
    v_earlier := order_for_key(p_key, p_owner);
    IF v_earlier IS NULL THEN
      -- Only when the first call failed after this one's insert had to wait, and then committed
      -- nothing: it is safe to try again with the same key.
      RAISE EXCEPTION USING ERRCODE = 'MS400', MESSAGE = 'IDEMPOTENCY_KEY_REUSED', DETAIL = '{"inProgress":true}';
    END IF;
    RETURN v_earlier;
  END IF;

  SELECT * INTO v_place FROM location WHERE id = p_location;
  IF NOT FOUND OR (p_order->>'fulfilment' = 'pickup' AND (v_place.kind <> 'store' OR NOT v_place.click_and_collect)) THEN
    RAISE EXCEPTION USING ERRCODE = 'MS400', MESSAGE = 'NOT_A_PICKUP_STORE';
  END IF;

  IF p_customer IS NOT NULL THEN
    SELECT id INTO v_cart_id FROM cart WHERE customer_id = p_customer AND status = 'open' FOR UPDATE;
  ELSE
    SELECT id INTO v_cart_id FROM cart WHERE guest_id = p_guest AND status = 'open' FOR UPDATE;
  END IF;
  -- After the lock, in a new statement: the lines as they are now, not as before a wait.
  SELECT jsonb_agg(jsonb_build_object('variantId', i.variant_id, 'quantity', i.quantity, 'sku', v.sku, 'name', p.name,
                                      'slug', p.slug, 'size', v.size, 'colour', v.colour, 'priceMinor', v.price_minor)
                   ORDER BY i.added_at, v.sku),
         jsonb_agg(jsonb_build_object('variantId', i.variant_id, 'requested', i.quantity, 'available', 0))
           FILTER (WHERE p.status <> 'published' OR NOT p.visible_web),
         sum(v.price_minor * i.quantity), min(v.currency)
    INTO v_lines, v_unsellable, v_subtotal, v_currency
    FROM cart_item i JOIN variant v ON v.id = i.variant_id JOIN product p ON p.id = v.product_id
   WHERE i.cart_id = v_cart_id;
  IF v_lines IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'MS400', MESSAGE = 'CART_EMPTY';
  END IF;
  IF v_unsellable IS NOT NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'MS400', MESSAGE = 'UNSELLABLE', DETAIL = jsonb_build_object('lines', v_unsellable, 'cart', v_lines)::text;
  END IF;
  IF p_expected_subtotal IS NOT NULL AND v_subtotal <> p_expected_subtotal THEN
    RAISE EXCEPTION USING ERRCODE = 'MS400', MESSAGE = 'PRICE_CHANGED';
  END IF;

  v_reserved := reserve_stock(p_location, v_cart_id, v_lines);
  IF v_reserved ? 'short' THEN
    RAISE EXCEPTION USING ERRCODE = 'MS400', MESSAGE = 'OUT_OF_STOCK',
      DETAIL = jsonb_build_object('lines', v_reserved->'short', 'cart', v_lines, 'placeName', v_place.name)::text;
  END IF;

  IF p_customer IS NOT NULL THEN
    SELECT u.email, coalesce(p_order->>'contact_name', u.name) AS name INTO v_contact FROM "user" u WHERE u.id = p_customer;
    IF NOT FOUND THEN
      RAISE EXCEPTION USING ERRCODE = 'MS400', MESSAGE = 'ACCOUNT_NOT_FOUND';
    END IF;
  ELSE
    SELECT p_order->>'email' AS email, p_order->>'contact_name' AS name INTO v_contact;
  END IF;

  v_order := insert_order(
    CASE WHEN v_place.kind = 'store' THEN v_place.code ELSE 'WEB' END,
    p_key,
    p_order || jsonb_build_object(
      'customer_id', p_customer, 'guest_id', p_guest, 'email', v_contact.email, 'contact_name', v_contact.name,
      'channel', 'web', 'location_id', p_location, 'subtotal_minor', v_subtotal, 'currency', v_currency,
      'total_minor', v_subtotal + coalesce((p_order->>'shipping_minor')::integer, 0)),
    v_lines, p_customer, NULL);
  UPDATE cart SET status = 'converted', updated_at = now() WHERE id = v_cart_id;
  INSERT INTO interaction (customer_id, guest_id, channel, kind, payload)
  VALUES (p_customer, p_guest, 'web', 'order', jsonb_build_object('orderNumber', v_order.number, 'totalMinor', v_order.total_minor));

  RETURN jsonb_build_object('orderId', v_order.id, 'orderNumber', v_order.number, 'status', v_order.status,
                            'pickupCode', v_order.pickup_code, 'cartId', v_cart_id, 'stock', v_reserved->'stock',
                            'repeated', false);
END $$;
