import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { cancelPickup, handOver } from "@/server/domain/pickup/handover";
import { movePickup, pickupQueue } from "@/server/domain/pickup/pickup";
import { getPaymentProvider } from "@/server/domain/payments/provider";
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
  /** The customer collects with their code; "pay at pickup" orders say how they paid. */
  handover: storeStaff
    .input(orderNumber.extend({ pickupCode: z.string().trim().min(1, "Enter the pickup code.").max(12), paidWith: z.enum(["card", "cash"]).optional() }))
    .mutation(({ ctx, input }) => handOver(ctx.db, { storeId: ctx.storeId, staffId: ctx.user.id }, input, getPaymentProvider())),
  cancel: storeStaff
    .input(orderNumber.extend({ reason: z.string().trim().min(3, "Say why the order is cancelled.").max(300) }))
    .mutation(({ ctx, input }) => cancelPickup(ctx.db, { storeId: ctx.storeId, staffId: ctx.user.id }, input, getPaymentProvider())),
  markReady: storeStaff.input(orderNumber).mutation(({ ctx, input }) => movePickup(ctx.db, ctx.storeId, ctx.user.id, input.orderNumber, "markReady")),
});
