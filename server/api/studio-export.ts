import "server-only";
import type { Db } from "@/db/client";
import type { UserRole } from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { say } from "@/server/errors";
import { catalogCsvStream } from "@/server/domain/studio/csv-export";
import { STUDIO_ROLES } from "@/server/domain/studio/inputs";
import { CSV_DIALECTS, type CsvDialect } from "@/server/domain/studio/inputs-csv";
import { refuse } from "./requests";

/**
 * GET /api/studio/export: the catalog as CSV for marketers, `?format=excel` (`;`, decimal comma,
 * BOM: a Spanish Excel opens it as is) or `?format=standard` (`,` and a decimal point). A guest
 * gets 401, anyone else who is not a marketer or admin 403; refusals in `locale` (English by default).
 */
export function exportAnswer(who: { role: UserRole } | null, db: Db, url: URL, locale: Locale = "en"): Response {
  if (!who) return refuse(401, say({ key: "errors.access.signIn" }, locale));
  if (!STUDIO_ROLES.includes(who.role)) return refuse(403, say({ key: "errors.access.exportMarketers" }, locale));
  const format = url.searchParams.get("format") ?? "excel";
  if (!(CSV_DIALECTS as readonly string[]).includes(format))
    return refuse(400, say({ key: "errors.export.format" }, locale));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(catalogCsvStream(db, format as CsvDialect), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="mostrador-catalog-${day}${format === "excel" ? "-excel" : ""}.csv"`,
      "cache-control": "no-store",
    },
  });
}
