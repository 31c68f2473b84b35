import "server-only";
import { auth } from "@/server/auth";
import { readCookie } from "@/server/cookies";
import { getDatabase } from "@/server/db";
import type { Context, SessionUser } from "./trpc";

export async function createTRPCContext(opts: { headers: Headers; resHeaders?: Headers }): Promise<Context> {
  const [session, database] = await Promise.all([auth(), getDatabase()]);
  const user: SessionUser | null = session?.user?.id
    ? {
        id: session.user.id,
        name: session.user.name ?? "",
        email: session.user.email ?? "",
        role: session.user.role,
        staffLocationId: session.user.staffLocationId,
      }
    : null;
  return {
    db: database.db,
    driver: database.driver,
    user,
    cookie: (name) => readCookie(opts.headers, name),
    setCookie: (value) => opts.resHeaders?.append("set-cookie", value),
    // Next's server sets x-forwarded-proto; a proxy in front of it may too.
    secure: opts.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https",
  };
}
