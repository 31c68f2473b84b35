CREATE TABLE "pickup_fact" (
	"order_id" uuid PRIMARY KEY NOT NULL,
	"day" date NOT NULL,
	"location_id" uuid NOT NULL,
	"placed_at" timestamp with time zone NOT NULL,
	"ready_at" timestamp with time zone,
	"collected_at" timestamp with time zone,
	"outcome" text NOT NULL,
	"cancel_reason" text,
	"units" integer NOT NULL,
	"missing" integer NOT NULL,
	CONSTRAINT "pickup_fact_outcome" CHECK ("pickup_fact"."outcome" in ('open', 'collected', 'expired', 'cancelled'))
);
--> statement-breakpoint
CREATE INDEX "pickup_fact_location_day_idx" ON "pickup_fact" USING btree ("location_id","day");