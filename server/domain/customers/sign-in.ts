import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { location, user } from "@/db/schema";
import { announceCartChange } from "@/server/domain/cart/cart";
import { mergeGuestCart } from "@/server/domain/cart/merge";
import { adoptBrowserConsent } from "@/server/domain/history/consent";
import { adoptGuestHistory } from "@/server/domain/history/interactions";
import type { Consent } from "@/lib/consent";

/**
 * What a browser did as a guest joins the account it signs in to, in one transaction: its cart
 * is merged, its history becomes the customer's, and so do its orders placed with the account's
 * email (others stay the guest's, whom signing in ends: endGuestOnSignIn in server/api/shopper.ts);
 * the store it chose becomes the profile's store when the profile has none, and its cookie choice
 * the account's privacy setting when the account has never chosen.
 */
export async function adoptGuestSession(
  db: Db,
  customerId: string,
  guest: { guestId: string | null; storeId: string | null; consent?: Consent | null },
) {
  const merged = await db.transaction(async (tx) => {
    const merge = guest.guestId
      ? await mergeGuestCart(tx, guest.guestId, customerId)
      : { notices: [], cartId: null, released: [] };
    if (guest.guestId) await adoptGuestHistory(tx, guest.guestId, customerId);
    await adoptBrowserConsent(tx, customerId, guest.consent ?? null);
    if (guest.storeId) {
      const [store] = await tx
        .select({ id: location.id })
        .from(location)
        .where(and(eq(location.id, guest.storeId), eq(location.kind, "store"), eq(location.clickAndCollect, true)));
      if (store) {
        await tx
          .update(user)
          .set({ preferredLocationId: store.id })
          .where(and(eq(user.id, customerId), isNull(user.preferredLocationId)));
      }
    }
    return merge;
  });
  if (merged.cartId)
    await announceCartChange(
      db,
      { kind: "customer", id: customerId },
      { cartId: merged.cartId, released: merged.released },
    );
  return { notices: merged.notices };
}
