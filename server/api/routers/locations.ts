import { cookieHeader } from "@/server/cookies";
import { chooseStoreInput } from "@/server/domain/locations/inputs";
import { assertPickupStore, getStore, listLocations, setPreferredStore } from "@/server/domain/locations/locations";
import { chosenStoreId } from "../shopper";
import { publicProcedure, router, STORE_COOKIE } from "../trpc";

export const locationsRouter = router({
  list: publicProcedure.query(({ ctx }) => listLocations(ctx.db)),

  chosen: publicProcedure.query(async ({ ctx }) => {
    const id = await chosenStoreId(ctx);
    return id ? getStore(ctx.db, id) : null;
  }),

  /** Remembers the shopper's store: a cookie for everyone, and the profile when signed in. */
  choose: publicProcedure.input(chooseStoreInput).mutation(async ({ ctx, input }) => {
    if (ctx.user) await setPreferredStore(ctx.db, ctx.user.id, input.locationId);
    else if (input.locationId) await assertPickupStore(ctx.db, input.locationId);
    // Not marked Secure, as it never was: a store choice is no secret.
    ctx.setCookie(cookieHeader(STORE_COOKIE, input.locationId, false));
    return { locationId: input.locationId };
  }),
});
