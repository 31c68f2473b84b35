import { sql } from "drizzle-orm";
import { getDatabase } from "@/server/db";
import { log } from "@/server/log";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const { db, driver } = await getDatabase();
    await db.execute(sql`select 1`);
    return Response.json({ status: "ok", database: driver });
  } catch (err) {
    log.error({ err }, "health check: database unreachable");
    return Response.json({ status: "error", database: "unreachable" }, { status: 503 });
  }
}
