ALTER TABLE "order" ADD COLUMN "pickup_code_failures" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "order" ADD COLUMN "last_pickup_code_failure_at" timestamp with time zone;