CREATE TABLE "colour_name" (
	"name" text PRIMARY KEY NOT NULL,
	"name_es" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_synonym" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"locale" text NOT NULL,
	"terms" text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_synonym_locale" CHECK ("search_synonym"."locale" in ('es', 'en')),
	CONSTRAINT "search_synonym_size" CHECK (cardinality("search_synonym"."terms") between 2 and 20)
);
--> statement-breakpoint
ALTER TABLE "category" ADD COLUMN "slug_es" text;--> statement-breakpoint
ALTER TABLE "category" ADD COLUMN "name_es" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "category" ADD COLUMN "description_es" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "product" ADD COLUMN "slug_es" text;--> statement-breakpoint
ALTER TABLE "product" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('spanish'::regconfig, search_text) || to_tsvector('english'::regconfig, search_text)) STORED;--> statement-breakpoint
CREATE INDEX "search_synonym_terms_idx" ON "search_synonym" USING gin ("terms");--> statement-breakpoint
CREATE INDEX "product_search_vector_idx" ON "product" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "category" ADD CONSTRAINT "category_slug_es_unique" UNIQUE("slug_es");--> statement-breakpoint
ALTER TABLE "product" ADD CONSTRAINT "product_slug_es_unique" UNIQUE("slug_es");--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change); naming the dictionary makes a wrapper
-- that is safe to call per row, so "garcia" finds García at the counter.
CREATE OR REPLACE FUNCTION shop_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
