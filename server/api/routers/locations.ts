import { z } from "zod";
import {
  assertPickupStore,
  getPreferredStoreId,
  getStore,
  listLocations,
  setPreferredStore,
} from "@/server/domain/locations/locations";
import { publicProcedure, router, STORE_COOKIE, type Context } from "../trpc";

const ONE_YEAR = 60 * 60 * 24 * 365;

/** The shopper's store: their profile's when signed in, else the guest cookie's. */
export async function chosenStoreId(ctx: Context): Promise<string | null> {
  if (ctx.user) {
    const preferred = await getPreferredStoreId(ctx.db, ctx.user.id);
    if (preferred) return preferred;
  }
  const fromCookie = ctx.cookie(STORE_COOKIE);
  return fromCookie && z.uuid().safeParse(fromCookie).success ? fromCookie : null;
}

export const locationsRouter = router({
  list: publicProcedure.query(({ ctx }) => listLocations(ctx.db)),

  chosen: publicProcedure.query(async ({ ctx }) => {
    const id = await chosenStoreId(ctx);
    return id ? getStore(ctx.db, id) : null;
  }),

  /** Remembers the shopper's store: a cookie for everyone, and the profile when signed in. */
  choose: publicProcedure
    .input(z.object({ locationId: z.uuid().nullable() }))
    .mutation(async ({ ctx, input }) => {
      if (ctx.user) await setPreferredStore(ctx.db, ctx.user.id, input.locationId);
      else if (input.locationId) await assertPickupStore(ctx.db, input.locationId);
      ctx.setCookie(
        input.locationId
          ? `${STORE_COOKIE}=${input.locationId}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax; HttpOnly`
          : `${STORE_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax; HttpOnly`,
      );
      return { locationId: input.locationId };
    }),
});
