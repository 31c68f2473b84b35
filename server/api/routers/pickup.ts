import { z } from "zod";
import { cancelPickup, handOver } from "@/server/domain/pickup/handover";
import { movePickup, pickupQueue } from "@/server/domain/pickup/pickup";
import { getPaymentProvider } from "@/server/domain/payments/provider";
import { router, storeProcedure } from "../trpc";

const orderNumber = z.object({ orderNumber: z.string().trim().min(3).max(20) });

export const pickupRouter = router({
  queue: storeProcedure.query(({ ctx }) => pickupQueue(ctx.db, ctx.store.id)),
  startPicking: storeProcedure.input(orderNumber).mutation(({ ctx, input }) => movePickup(ctx.db, ctx.store.id, ctx.user.id, input.orderNumber, "startPicking")),
  /** The customer collects with their code; "pay at pickup" orders say how they paid. */
  handover: storeProcedure
    .input(orderNumber.extend({ pickupCode: z.string().trim().min(1, "Enter the pickup code.").max(12), paidWith: z.enum(["card", "cash"]).optional() }))
    .mutation(({ ctx, input }) => handOver(ctx.db, { storeId: ctx.store.id, staffId: ctx.user.id }, input, getPaymentProvider())),
  cancel: storeProcedure
    .input(orderNumber.extend({ reason: z.string().trim().min(3, "Say why the order is cancelled.").max(300) }))
    .mutation(({ ctx, input }) => cancelPickup(ctx.db, { storeId: ctx.store.id, staffId: ctx.user.id }, input, getPaymentProvider())),
  markReady: storeProcedure.input(orderNumber).mutation(({ ctx, input }) => movePickup(ctx.db, ctx.store.id, ctx.user.id, input.orderNumber, "markReady")),
});
