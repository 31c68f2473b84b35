import { z } from "zod";
import { cancelPickup, handOver } from "@/server/domain/pickup/handover";
import { markMissing } from "@/server/domain/pickup/missing";
import { pickAll, pickingOrder, pickLine } from "@/server/domain/pickup/picking";
import { movePickup, pickupQueue } from "@/server/domain/pickup/pickup";
import { getPaymentProvider } from "@/server/domain/payments/provider";
import { router, storeProcedure } from "../trpc";

const orderNumber = z.object({ orderNumber: z.string().trim().min(3).max(20) });

export const pickupRouter = router({
  queue: storeProcedure.query(({ ctx }) => pickupQueue(ctx.db, ctx.store.id)),
  /** One order as staff pick it: lines with barcodes and progress, contact, payment, history. */
  order: storeProcedure.input(orderNumber).query(({ ctx, input }) => pickingOrder(ctx.db, ctx.store.id, input.orderNumber)),
  startPicking: storeProcedure.input(orderNumber).mutation(({ ctx, input }) => movePickup(ctx.db, ctx.store.id, ctx.user.id, input.orderNumber, "startPicking")),
  /** One unit confirmed: a scanned barcode or typed SKU (`code`), or a tapped line (`lineId`). */
  pickLine: storeProcedure
    .input(
      z.union([
        orderNumber.extend({ code: z.string().trim().min(1, "Scan or type the item’s code.").max(64) }),
        orderNumber.extend({ lineId: z.uuid() }),
      ]),
    )
    .mutation(({ ctx, input }) => pickLine(ctx.db, { storeId: ctx.store.id, staffId: ctx.user.id }, input)),
  pickAll: storeProcedure.input(orderNumber).mutation(({ ctx, input }) => pickAll(ctx.db, { storeId: ctx.store.id, staffId: ctx.user.id }, input)),
  markMissing: storeProcedure
    .input(orderNumber.extend({ lineId: z.uuid(), quantity: z.number().int().min(1).max(999).optional(), reason: z.string().trim().max(300).optional() }))
    .mutation(({ ctx, input }) => markMissing(ctx.db, { storeId: ctx.store.id, staffId: ctx.user.id }, input, getPaymentProvider())),
  /** The customer collects with their code; "pay at pickup" orders say how they paid. */
  handover: storeProcedure
    .input(orderNumber.extend({ pickupCode: z.string().trim().min(1, "Enter the pickup code.").max(12), paidWith: z.enum(["card", "cash"]).optional() }))
    .mutation(({ ctx, input }) => handOver(ctx.db, { storeId: ctx.store.id, staffId: ctx.user.id }, input, getPaymentProvider())),
  cancel: storeProcedure
    .input(orderNumber.extend({ reason: z.string().trim().min(3, "Say why the order is cancelled.").max(300) }))
    .mutation(({ ctx, input }) => cancelPickup(ctx.db, { storeId: ctx.store.id, staffId: ctx.user.id }, input, getPaymentProvider())),
  /** Needs every unit picked or marked missing; tells the customer their order is ready. */
  markReady: storeProcedure.input(orderNumber).mutation(({ ctx, input }) => movePickup(ctx.db, ctx.store.id, ctx.user.id, input.orderNumber, "markReady")),
});
