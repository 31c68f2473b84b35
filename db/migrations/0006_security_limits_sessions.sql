CREATE TABLE "auth_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rate_limit" (
	"key" text PRIMARY KEY NOT NULL,
	"hits" integer NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "order" ADD COLUMN "collect_by" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "order" ADD COLUMN "placed_from" text;--> statement-breakpoint
ALTER TABLE "auth_session" ADD CONSTRAINT "auth_session_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "auth_session_user_idx" ON "auth_session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "rate_limit_expires_idx" ON "rate_limit" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "order_unpaid_collect_by_idx" ON "order" USING btree ("collect_by") WHERE "order"."collect_by" is not null and "order"."payment_status" = 'pending';--> statement-breakpoint
CREATE INDEX "order_unpaid_email_idx" ON "order" USING btree ("email") WHERE "order"."collect_by" is not null and "order"."payment_status" = 'pending';--> statement-breakpoint
CREATE INDEX "order_unpaid_placed_from_idx" ON "order" USING btree ("placed_from") WHERE "order"."collect_by" is not null and "order"."payment_status" = 'pending';--> statement-breakpoint
-- Open pay-at-pickup orders placed before collect-by dates existed get the default week from placement.
UPDATE "order" SET "collect_by" = "placed_at" + interval '7 days' WHERE "payment_method" = 'pay_at_pickup' AND "payment_status" = 'pending' AND "status" IN ('placed', 'picking', 'ready');
