CREATE INDEX "product_name_id_idx" ON "product" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "product_updated_id_idx" ON "product" USING btree ("updated_at","id");