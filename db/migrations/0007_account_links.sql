CREATE TYPE "public"."account_link_purpose" AS ENUM('sign_up');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'sign_up_link';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'sign_up_attempt';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'password_changed';--> statement-breakpoint
CREATE TABLE "account_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" "account_link_purpose" NOT NULL,
	"token_hash" text NOT NULL,
	"email" text NOT NULL,
	"name" text,
	"password_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "account_link_token_idx" ON "account_link" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "account_link_expires_idx" ON "account_link" USING btree ("expires_at");