-- Checkout's rules that must hold under any concurrency, as database functions. Each is one round
-- trip from the app (PL/pgSQL plans its statements once per connection), and each runs inside the
-- caller's transaction, or as one when called on its own. Callers: server/domain/inventory/stock.ts,
-- server/domain/orders/write.ts and server/domain/checkout/checkout.ts; tested there on PGlite and
-- on PostgreSQL.
--
-- A refusal a person can act on (out of stock, empty cart...) is returned as {refused: <domain
-- code in server/errors.ts>, details} before anything is written. The rare ones found only while
-- writing (the last unit lost to a racing buyer, an idempotency key someone else holds) raise
-- SQLSTATE 'MS400' with the code as the message and the details as JSON, rolling it all back.

-- Units of one stock row that other carts hold while their customers pay; an expired hold
-- counts for nothing, so holds time out with no job. PL/pgSQL rather than SQL functions
-- throughout: a PL/pgSQL function keeps its plans for the connection, where a SQL function called
-- from a query is planned again at every call.
CREATE FUNCTION stock_held(p_variant uuid, p_location uuid, p_except_cart uuid) RETURNS integer
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_held integer;
BEGIN
  SELECT coalesce(sum(h.quantity), 0)::integer INTO v_held
    FROM stock_hold h
   WHERE h.variant_id = p_variant AND h.location_id = p_location
     AND h.expires_at > now() AND h.cart_id IS DISTINCT FROM p_except_cart;
  RETURN v_held;
END $$;
--> statement-breakpoint

-- Units of one stock row that can still be promised to `p_except_cart`: on hand, minus reserved
-- for orders, minus what other carts hold. NULL when the location has no row for the variant.
-- The same rule as availableUnits() in server/domain/inventory/stock.ts.
CREATE FUNCTION stock_available(p_variant uuid, p_location uuid, p_except_cart uuid) RETURNS integer
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_available integer;
BEGIN
  SELECT greatest(0, s.on_hand - s.reserved - stock_held(s.variant_id, s.location_id, p_except_cart)) INTO v_available
    FROM stock_level s
   WHERE s.variant_id = p_variant AND s.location_id = p_location;
  RETURN v_available;
END $$;
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
DECLARE
  -- By primary key (variant, location): a join with the JSON lines would scan the whole table.
  v_variants uuid[] := array(SELECT (l->>'variantId')::uuid FROM jsonb_array_elements(p_lines) l);
BEGIN
  -- In variant order, so two transactions lock in the same order and never deadlock.
  PERFORM 1 FROM stock_level s
   WHERE s.variant_id = ANY (v_variants) AND s.location_id = p_location
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
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_stock jsonb;
BEGIN
  SELECT coalesce(jsonb_agg(jsonb_build_object('variantId', k.variant_id, 'locationId', k.location_id, 'available', k.available)), '[]'::jsonb)
    INTO v_stock
    FROM (SELECT d.variant_id, d.location_id, stock_available(d.variant_id, d.location_id, NULL) AS available
            FROM (SELECT DISTINCT (e->>'variantId')::uuid AS variant_id, (e->>'locationId')::uuid AS location_id
                    FROM jsonb_array_elements(p_keys) e) d) k
   WHERE k.available IS NOT NULL;
  RETURN v_stock;
END $$;
--> statement-breakpoint

-- Reserves the lines at one location for an order, all or nothing, inside the caller's
-- transaction. The cart's own hold does not count against it and is then released: it has become
-- the reservation. A sale with no cart (at the counter) passes NULL: every hold counts against it.
-- Returns {"stock": [...]}, the new availability of every row it touched (reserved, or a released
-- hold) for the stock.changed events; or {"short": [{variantId, requested, available}]} having
-- changed nothing. It refuses by returning rather than raising: node-postgres closes a pooled
-- connection whose query failed, and the next order would pay for a new one (measured: a refused
-- order cost ten times a placed one). The reserved <= on_hand CHECK backs this up in the table.
CREATE FUNCTION reserve_rows(p_location uuid, p_cart uuid, v_ids uuid[], v_quantities integer[]) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_available integer;
  v_stock jsonb := '[]';
  v_elsewhere jsonb;
BEGIN
  -- Lock first (in variant order, so two transactions never deadlock), by primary key ...
  PERFORM 1 FROM stock_level s
   WHERE s.variant_id = ANY (v_ids) AND s.location_id = p_location
   ORDER BY s.variant_id
     FOR UPDATE;
  -- ... then count and reserve, each line in a later statement that sees every hold and
  -- reservation committed before the lock was granted (lock_stock_short_lines says why).
  FOR i IN 1 .. coalesce(cardinality(v_ids), 0) LOOP
    -- The row is locked already, so this statement starts after every commit it could have
    -- waited for: its count of the holds is current. (stock_available's rule, written out: a
    -- nested function call per line measured slower on this path.)
    UPDATE stock_level s SET reserved = s.reserved + v_quantities[i], updated_at = now()
      FROM (SELECT coalesce(sum(h.quantity), 0)::integer AS quantity FROM stock_hold h
             WHERE h.variant_id = v_ids[i] AND h.location_id = p_location
               AND h.expires_at > now() AND h.cart_id IS DISTINCT FROM p_cart) held
     WHERE s.variant_id = v_ids[i] AND s.location_id = p_location
       AND s.on_hand - s.reserved - held.quantity >= v_quantities[i]
    -- Once the cart's hold is released below, what it could have is what everyone else can.
    RETURNING greatest(0, s.on_hand - s.reserved - held.quantity) INTO v_available;
    IF NOT FOUND THEN
      -- All or nothing: the lines reserved so far are given back (their rows are still locked,
      -- nobody saw them), and the lines that cannot be supplied are named.
      FOR j IN 1 .. i - 1 LOOP
        UPDATE stock_level SET reserved = reserved - v_quantities[j] WHERE variant_id = v_ids[j] AND location_id = p_location;
      END LOOP;
      RETURN jsonb_build_object('short', lock_stock_short_lines(p_location, (
        SELECT jsonb_agg(jsonb_build_object('variantId', v_ids[k], 'quantity', v_quantities[k])) FROM generate_subscripts(v_ids, 1) k), p_cart));
    END IF;
    v_stock := v_stock || jsonb_build_object('variantId', v_ids[i], 'locationId', p_location, 'available', v_available);
  END LOOP;
  -- A hold elsewhere (the customer changed store) is given back too, and announced.
  IF p_cart IS NOT NULL THEN
    WITH released AS (DELETE FROM stock_hold h WHERE h.cart_id = p_cart RETURNING h.variant_id, h.location_id)
    SELECT jsonb_agg(jsonb_build_object('variantId', r.variant_id, 'locationId', r.location_id)) INTO v_elsewhere
      FROM released r WHERE r.location_id <> p_location OR NOT r.variant_id = ANY (v_ids);
    IF v_elsewhere IS NOT NULL THEN
      v_stock := v_stock || stock_now(v_elsewhere);
    END IF;
  END IF;
  RETURN jsonb_build_object('stock', v_stock);
END $$;
--> statement-breakpoint

-- reserve_rows for lines as JSON ([{variantId, quantity}], a variant may come twice).
CREATE FUNCTION reserve_stock(p_location uuid, p_cart uuid, p_lines jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_ids uuid[];
  v_quantities integer[];
BEGIN
  SELECT array_agg(l.variant_id ORDER BY l.variant_id), array_agg(l.quantity ORDER BY l.variant_id) INTO v_ids, v_quantities
    FROM (SELECT (e->>'variantId')::uuid AS variant_id, sum((e->>'quantity')::integer)::integer AS quantity
            FROM jsonb_array_elements(p_lines) e GROUP BY 1) l;
  RETURN reserve_rows(p_location, p_cart, v_ids, v_quantities);
END $$;
--> statement-breakpoint

-- Writes an order, its lines and its first event, and ties the idempotency key (of `p_owner`) to
-- it, inside the caller's transaction. `p_order` holds the order's columns by their SQL names; the ones left out
-- take their defaults. The number is the fulfilling location's code and the shared sequence. Web
-- checkout, counter sales and endless-aisle orders all write orders through here.
-- `p_cart`: the cart the order comes from, closed here (status converted). `p_lines`: [{variantId,
-- quantity, sku, name, slug, size, colour, priceMinor}], or NULL for the lines of `p_cart` at
-- today's prices.
CREATE FUNCTION insert_order(p_code text, p_key text, p_owner text, p_order jsonb, p_lines jsonb, p_actor uuid, p_note text,
                             p_cart uuid DEFAULT NULL) RETURNS "order"
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_written record;
BEGIN
  -- One statement for the four writes: a statement's fixed cost is most of the cost of each.
  WITH placed AS (
    INSERT INTO "order" (number, customer_id, guest_id, email, contact_name, channel, fulfilment, location_id, status,
                         payment_method, payment_status, payment_reference, pickup_code, delivery_address,
                         subtotal_minor, shipping_minor, total_minor, currency, sold_at_location_id, sold_by_id)
    SELECT p_code || '-' || nextval('order_number_seq'), r.customer_id, r.guest_id, r.email, r.contact_name, r.channel,
           r.fulfilment, r.location_id, coalesce(r.status, 'placed'), r.payment_method, r.payment_status,
           r.payment_reference, r.pickup_code, r.delivery_address, r.subtotal_minor, coalesce(r.shipping_minor, 0),
           r.total_minor, coalesce(r.currency, 'EUR'), r.sold_at_location_id, r.sold_by_id
      FROM jsonb_populate_record(NULL::"order", p_order) r
    RETURNING *
  ), lines AS (
    INSERT INTO order_line (order_id, variant_id, sku, product_name, product_slug, size, colour, quantity, unit_price_minor)
    SELECT o.id, (l->>'variantId')::uuid, l->>'sku', l->>'name', l->>'slug', l->>'size', l->>'colour',
           (l->>'quantity')::integer, (l->>'priceMinor')::integer
      FROM placed o, jsonb_array_elements(p_lines) l
     UNION ALL
    -- From the cart (web checkout, its lines locked with it): today's price and names.
    SELECT o.id, i.variant_id, v.sku, p.name, p.slug, v.size, v.colour, i.quantity, v.price_minor
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

-- The order an earlier call with this key placed, as the app returns it ({orderId, orderNumber,
-- status, pickupCode, repeated}), or NULL if there is none (yet). Another caller's key is
-- refused ({refused: "IDEMPOTENCY_KEY_REUSED"}): nobody reads someone else's order by key.
CREATE FUNCTION order_for_key(p_key text, p_owner text) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v record;
BEGIN
  SELECT k.owner, o.id, o.number, o.status, o.pickup_code INTO v
    FROM idempotency_key k LEFT JOIN "order" o ON o.id = k.order_id
   WHERE k.key = p_key;
  IF NOT FOUND THEN
    RETURN NULL;
  ELSIF v.owner <> p_owner THEN
    RETURN jsonb_build_object('refused', 'IDEMPOTENCY_KEY_REUSED');
  ELSIF v.id IS NULL THEN
    RETURN NULL;
  END IF;
  RETURN jsonb_build_object('orderId', v.id, 'orderNumber', v.number, 'status', v.status, 'pickupCode', v.pickup_code, 'repeated', true);
END $$;
--> statement-breakpoint

-- A cart's lines as JSON, to name them in a refusal: [{variantId, quantity, sku, name, size, colour}].
CREATE FUNCTION cart_lines_json(p_cart uuid) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_lines jsonb;
BEGIN
  SELECT jsonb_agg(jsonb_build_object('variantId', i.variant_id, 'quantity', i.quantity, 'sku', v.sku, 'name', p.name,
                                      'size', v.size, 'colour', v.colour) ORDER BY i.added_at, v.sku)
    INTO v_lines
    FROM cart_item i JOIN variant v ON v.id = i.variant_id JOIN product p ON p.id = v.product_id
   WHERE i.cart_id = p_cart;
  RETURN coalesce(v_lines, '[]'::jsonb);
END $$;
--> statement-breakpoint

-- Places the shopper's cart as a web order, in one transaction:
--   1. checks the pickup store, and glances at the stock, locking nothing: a cart the store surely
--      cannot supply is refused before it takes any lock or writes anything (after a sell-out,
--      most calls are such refusals, and they must not queue behind the last buyers);
--   2. locks the shopper's open cart. A call with the same key racing this one waits here, finds
--      the cart closed, and answers with this order (as does a retry that comes after): the same
--      key always answers with the first order;
--   3. reads the cart's lines at today's prices; when a card was authorised for
--      `p_expected_subtotal`, a different subtotal now is refused;
--   4. writes the order with the cart's lines, claims the key and closes the cart (insert_order).
--      The order row is the customer's history of it: no interaction row repeats it;
--   5. reserves the stock last (reserve_rows: locked, then counted; the cart's own hold becomes
--      the reservation), so the stock rows everyone wants stay locked only until the commit that
--      follows. A unit taken since the glance raises OUT_OF_STOCK, and everything rolls back.
-- `p_order` has the columns the app decides (contact for guests, fulfilment, payment, pickup code,
-- delivery address, shipping); the contact of a signed-in customer and the totals are read here.
-- Returns {orderId, orderNumber, status, pickupCode, cartId, stock, repeated}, or
-- {refused: <domain code>, details} having written nothing (reserve_rows says why refusals are
-- returned). Raised instead, rolling everything back: the stock lost to a racing buyer after the
-- glance, and a key someone else used for another order.
CREATE FUNCTION place_web_order(p_key text, p_owner text, p_customer uuid, p_guest text, p_location uuid,
                                p_expected_subtotal integer, p_order jsonb) RETURNS jsonb
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

  -- The glance, at the shopper's open cart (each lookup by its partial unique index), with
  -- stock_available's rule written out, as in reserve_rows. It can be too hopeful (a unit taken
  -- since: the count under lock decides) and too gloomy only by a unit given back in the same instant.
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
    -- No open cart: a call with this key may have just closed it by placing the order (this
    -- call waited for its lock). A new statement sees that order if it committed.
    RETURN coalesce(order_for_key(p_key, p_owner), jsonb_build_object('refused', 'CART_EMPTY'));
  END IF;
  -- After the lock, in a new statement: the lines as they are now, not as before a wait; in
  -- variant order, as reserve_rows locks them.
  SELECT array_agg(i.variant_id ORDER BY i.variant_id), array_agg(i.quantity ORDER BY i.variant_id),
         sum(v.price_minor * i.quantity), min(v.currency), bool_or(p.status <> 'published' OR NOT p.visible_web)
    INTO v_ids, v_quantities, v_subtotal, v_currency, v_unsellable
    FROM cart_item i JOIN variant v ON v.id = i.variant_id JOIN product p ON p.id = v.product_id
   WHERE i.cart_id = v_cart_id;
  IF v_ids IS NULL THEN
    RETURN jsonb_build_object('refused', 'CART_EMPTY');
  ELSIF v_unsellable THEN
    RETURN jsonb_build_object('refused', 'UNSELLABLE', 'details', jsonb_build_object('cart', cart_lines_json(v_cart_id), 'lines', (
      SELECT jsonb_agg(jsonb_build_object('variantId', i.variant_id, 'requested', i.quantity, 'available', 0))
        FROM cart_item i JOIN variant v ON v.id = i.variant_id JOIN product p ON p.id = v.product_id
       WHERE i.cart_id = v_cart_id AND (p.status <> 'published' OR NOT p.visible_web))));
  ELSIF p_expected_subtotal IS NOT NULL AND v_subtotal <> p_expected_subtotal THEN
    RETURN jsonb_build_object('refused', 'PRICE_CHANGED');
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
