import "server-only";
import { auth } from "@/server/auth";
import { getDatabase } from "@/server/db";
import type { Context, SessionUser } from "./trpc";

function readCookie(headers: Headers, name: string): string | null {
  const header = headers.get("cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return null;
}

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
  };
}
