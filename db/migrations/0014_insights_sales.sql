CREATE TABLE "insights_refresh" (
	"name" text PRIMARY KEY NOT NULL,
	"through" timestamp with time zone NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sales_day" (
	"day" date NOT NULL,
	"location_id" uuid NOT NULL,
	"channel" "channel" NOT NULL,
	"fulfilment" text NOT NULL,
	"orders" integer NOT NULL,
	"units" integer NOT NULL,
	"revenue_minor" bigint NOT NULL,
	CONSTRAINT "sales_day_day_location_id_channel_fulfilment_pk" PRIMARY KEY("day","location_id","channel","fulfilment"),
	CONSTRAINT "sales_day_fulfilment" CHECK ("sales_day"."fulfilment" in ('delivery', 'pickup', 'counter'))
);
--> statement-breakpoint
CREATE TABLE "sales_staff_day" (
	"day" date NOT NULL,
	"location_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"orders" integer NOT NULL,
	"units" integer NOT NULL,
	"revenue_minor" bigint NOT NULL,
	CONSTRAINT "sales_staff_day_day_location_id_staff_id_pk" PRIMARY KEY("day","location_id","staff_id")
);
--> statement-breakpoint
CREATE INDEX "order_updated_idx" ON "order" USING btree ("updated_at");