CREATE TABLE "customer_month" (
	"month" date NOT NULL,
	"customer_id" uuid NOT NULL,
	"web_orders" integer NOT NULL,
	"store_orders" integer NOT NULL,
	"revenue_minor" bigint NOT NULL,
	CONSTRAINT "customer_month_month_customer_id_pk" PRIMARY KEY("month","customer_id"),
	CONSTRAINT "customer_month_first_day" CHECK (extract(day from "customer_month"."month") = 1)
);
--> statement-breakpoint
CREATE TABLE "search_month" (
	"month" date NOT NULL,
	"query" text NOT NULL,
	"searches" integer NOT NULL,
	"zero_results" integer NOT NULL,
	"followed" integer NOT NULL,
	CONSTRAINT "search_month_month_query_pk" PRIMARY KEY("month","query"),
	CONSTRAINT "search_month_first_day" CHECK (extract(day from "search_month"."month") = 1)
);
--> statement-breakpoint
-- A month is the sum of its days: the days already rolled up give each month as the refresh keeps it from now on.
INSERT INTO "customer_month" ("month", "customer_id", "web_orders", "store_orders", "revenue_minor")
SELECT date_trunc('month', "day")::date, "customer_id",
       coalesce(sum("orders") FILTER (WHERE "channel" = 'web'), 0), coalesce(sum("orders") FILTER (WHERE "channel" = 'store'), 0),
       sum("revenue_minor")
  FROM "customer_day" GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO "search_month" ("month", "query", "searches", "zero_results", "followed")
SELECT date_trunc('month', "day")::date, "query", sum("searches"), sum("zero_results"), sum("followed")
  FROM "search_day" GROUP BY 1, 2;
