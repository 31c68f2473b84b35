import { sql } from "drizzle-orm";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const { db, driver } = await getDatabase();
    await db.execute(sql`select 1`);
    return Response.json({ status: "ok", database: driver });
  } catch (err) {
    console.error("[health] database unreachable:", err instanceof Error ? err.message : err);
    return Response.json({ status: "error", database: "unreachable" }, { status: 503 });
  }
}
