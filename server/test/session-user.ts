import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { user } from "@/db/schema";

/**
 * A demo account as a session sees it (SessionUser's shape). Kept apart from ./caller so domain
 * tests can name a person without importing server/api.
 */
export async function sessionUserFor(db: Db, email: string) {
  const [row] = await db
    .select({ id: user.id, name: user.name, email: user.email, role: user.role, staffLocationId: user.staffLocationId })
    .from(user)
    .where(eq(user.email, email));
  if (!row) throw new Error(`No user ${email} in the test database`);
  return row;
}
