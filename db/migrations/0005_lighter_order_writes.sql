-- Lighter order writes. Orders point at their store and their variants without foreign keys: a key
-- check locks the row it points at (FOR KEY SHARE), so every order of a store locked that store's
-- one row, and every order in a flash sale the same variant's; concurrent lockers turn each into a
-- new MultiXact on a hot page (see order.locationId in db/schema/orders.ts). An order's lines,
-- first event and idempotency key are written with it by one statement of insert_order, and their
-- key checks only locked the new order row again (see order_line.orderId). And an order goes into
-- the customer index or the guest index, not both.
ALTER TABLE "idempotency_key" DROP CONSTRAINT "idempotency_key_order_id_order_id_fk";
--> statement-breakpoint
ALTER TABLE "order" DROP CONSTRAINT "order_location_id_location_id_fk";
--> statement-breakpoint
ALTER TABLE "order" DROP CONSTRAINT "order_sold_at_location_id_location_id_fk";
--> statement-breakpoint
ALTER TABLE "order_event" DROP CONSTRAINT "order_event_order_id_order_id_fk";
--> statement-breakpoint
ALTER TABLE "order_line" DROP CONSTRAINT "order_line_order_id_order_id_fk";
--> statement-breakpoint
ALTER TABLE "order_line" DROP CONSTRAINT "order_line_variant_id_variant_id_fk";
--> statement-breakpoint
DROP INDEX "order_customer_idx";--> statement-breakpoint
DROP INDEX "order_guest_idx";--> statement-breakpoint
CREATE INDEX "order_customer_idx" ON "order" USING btree ("customer_id","placed_at") WHERE "order"."customer_id" is not null;--> statement-breakpoint
CREATE INDEX "order_guest_idx" ON "order" USING btree ("guest_id") WHERE "order"."guest_id" is not null;