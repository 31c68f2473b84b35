import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { movePickup, pickupQueue } from "@/server/domain/pickup/pickup";
import { router, staffProcedure } from "../trpc";

const orderNumber = z.object({ orderNumber: z.string().trim().min(3).max(20) });

/** The staff member's store, from their account, never from the request. */
const storeStaff = staffProcedure.use(({ ctx, next }) => {
  if (!ctx.staffLocationId) throw new TRPCError({ code: "FORBIDDEN", message: "Your account is not assigned to a store." });
  return next({ ctx: { ...ctx, storeId: ctx.staffLocationId } });
});

export const pickupRouter = router({
  queue: storeStaff.query(({ ctx }) => pickupQueue(ctx.db, ctx.storeId)),
  startPicking: storeStaff.input(orderNumber).mutation(({ ctx, input }) => movePickup(ctx.db, ctx.storeId, ctx.user.id, input.orderNumber, "startPicking")),
  markReady: storeStaff.input(orderNumber).mutation(({ ctx, input }) => movePickup(ctx.db, ctx.storeId, ctx.user.id, input.orderNumber, "markReady")),
});
