CREATE TYPE "public"."change_entity" AS ENUM('product', 'variant', 'publication', 'price_list', 'image', 'category');--> statement-breakpoint
CREATE TABLE "change_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "change_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"change_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"product_id" uuid,
	"entity" "change_entity" NOT NULL,
	"entity_id" uuid NOT NULL,
	"entity_label" text DEFAULT '' NOT NULL,
	"field" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"revert_of" bigint
);
--> statement-breakpoint
CREATE TABLE "media" (
	"hash" text PRIMARY KEY NOT NULL,
	"mime" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" integer NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_rendition" (
	"hash" text NOT NULL,
	"name" text NOT NULL,
	"mime" text NOT NULL,
	"width" integer NOT NULL,
	"data" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_slug_redirect" (
	"slug" text PRIMARY KEY NOT NULL,
	"product_id" uuid NOT NULL,
	"retired_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "product" ADD COLUMN "name_es" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "product" ADD COLUMN "description_es" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "product" ADD COLUMN "care" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "product" ADD COLUMN "care_es" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "product" ADD COLUMN "fit" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "product" ADD COLUMN "fit_es" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "product" ADD COLUMN "web_from" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "product" ADD COLUMN "web_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "product" ADD COLUMN "store_from" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "product" ADD COLUMN "store_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "product_image" ADD COLUMN "media_hash" text;--> statement-breakpoint
ALTER TABLE "product_image" ADD COLUMN "alt_es" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "variant" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "media_rendition" ADD CONSTRAINT "media_rendition_hash_media_hash_fk" FOREIGN KEY ("hash") REFERENCES "public"."media"("hash") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_slug_redirect" ADD CONSTRAINT "product_slug_redirect_product_id_product_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."product"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "change_log_product_idx" ON "change_log" USING btree ("product_id","id");--> statement-breakpoint
CREATE INDEX "change_log_change_idx" ON "change_log" USING btree ("change_id");--> statement-breakpoint
CREATE INDEX "change_log_entity_idx" ON "change_log" USING btree ("entity_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "media_rendition_name_idx" ON "media_rendition" USING btree ("hash","name");--> statement-breakpoint
CREATE INDEX "product_slug_redirect_product_idx" ON "product_slug_redirect" USING btree ("product_id");--> statement-breakpoint
ALTER TABLE "product_image" ADD CONSTRAINT "product_image_media_hash_media_hash_fk" FOREIGN KEY ("media_hash") REFERENCES "public"."media"("hash") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product" ADD CONSTRAINT "product_web_window" CHECK ("product"."web_until" is null or ("product"."web_from" is not null and "product"."web_until" > "product"."web_from"));--> statement-breakpoint
ALTER TABLE "product" ADD CONSTRAINT "product_store_window" CHECK ("product"."store_until" is null or ("product"."store_from" is not null and "product"."store_until" > "product"."store_from"));--> statement-breakpoint
-- Products that were published stay on the channels they were visible on, since they were created.
UPDATE "product" SET
  "web_from" = CASE WHEN "status" = 'published' AND "visible_web" THEN "created_at" END,
  "store_from" = CASE WHEN "status" = 'published' AND "visible_store" THEN "created_at" END;
