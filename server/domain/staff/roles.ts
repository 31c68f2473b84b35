import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { location, user } from "@/db/schema";
import { endSessionsOf } from "@/server/domain/security/sessions";
import { DomainError, notFound } from "@/server/errors";
import type { ChangeRoleInput } from "./inputs";

/**
 * Gives an account a role (and staff their store). Every session of the account ends in the same
 * transaction: the person signs in again and works under the new role from their next request,
 * never under the old one until a token expires.
 */
export async function changeRole(db: Db, actorId: string, input: ChangeRoleInput) {
  if (input.userId === actorId) throw new DomainError("FORBIDDEN", { key: "errors.staff.ownRole" });
  const staffLocationId = input.role === "staff" ? input.staffLocationId : null;
  if (input.role === "staff" && !staffLocationId)
    throw new DomainError("INVALID_INPUT", { key: "errors.staff.chooseStore" });
  return db.transaction(async (tx) => {
    if (staffLocationId) {
      const [store] = await tx
        .select({ id: location.id })
        .from(location)
        .where(and(eq(location.id, staffLocationId), eq(location.kind, "store")));
      if (!store) throw notFound("store");
    }
    const [changed] = await tx
      .update(user)
      .set({ role: input.role, staffLocationId })
      .where(eq(user.id, input.userId))
      .returning({ id: user.id, role: user.role, staffLocationId: user.staffLocationId });
    if (!changed) throw notFound("account");
    const signedOutSessions = await endSessionsOf(tx, changed.id);
    return { ...changed, signedOutSessions };
  });
}
