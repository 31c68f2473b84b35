import { exportAnswer } from "@/server/api/studio-export";
import { auth } from "@/server/auth";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

/** The catalog as CSV, streamed (server/api/studio-export.ts says who may and in which format). */
export async function GET(req: Request) {
  const [session, { db }] = await Promise.all([auth(), getDatabase()]);
  return exportAnswer(session?.user?.id ? { role: session.user.role } : null, db, new URL(req.url));
}
