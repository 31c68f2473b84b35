import { cancelPickup, handOver } from "@/server/domain/pickup/handover";
import {
  cancelPickupInput,
  handoverInput,
  markMissingInput,
  pickLineInput,
  pickupOrderInput,
} from "@/server/domain/pickup/inputs";
import { markMissing } from "@/server/domain/pickup/missing";
import { pickAll, pickingOrder, pickLine } from "@/server/domain/pickup/picking";
import { movePickup, pickupQueue } from "@/server/domain/pickup/pickup";
import { getPaymentProvider } from "@/server/domain/payments/provider";
import { router, storeProcedure } from "../trpc";

export const pickupRouter = router({
  queue: storeProcedure.query(({ ctx }) => pickupQueue(ctx.db, ctx.store.id)),
  /** One order as staff pick it: lines with barcodes and progress, contact, payment, history. */
  order: storeProcedure
    .input(pickupOrderInput)
    .query(({ ctx, input }) => pickingOrder(ctx.db, ctx.store.id, input.orderNumber)),
  startPicking: storeProcedure
    .input(pickupOrderInput)
    .mutation(({ ctx, input }) => movePickup(ctx.db, ctx.store.id, ctx.user.id, input.orderNumber, "startPicking")),
  /** One unit confirmed: a scanned barcode or typed SKU (`code`), or a tapped line (`lineId`). */
  pickLine: storeProcedure
    .input(pickLineInput)
    .mutation(({ ctx, input }) => pickLine(ctx.db, { storeId: ctx.store.id, staffId: ctx.user.id }, input)),
  pickAll: storeProcedure
    .input(pickupOrderInput)
    .mutation(({ ctx, input }) => pickAll(ctx.db, { storeId: ctx.store.id, staffId: ctx.user.id }, input)),
  markMissing: storeProcedure
    .input(markMissingInput)
    .mutation(({ ctx, input }) =>
      markMissing(ctx.db, { storeId: ctx.store.id, staffId: ctx.user.id }, input, getPaymentProvider()),
    ),
  /** The customer collects with their code; "pay at pickup" orders say how they paid. */
  handover: storeProcedure
    .input(handoverInput)
    .mutation(({ ctx, input }) =>
      handOver(ctx.db, { storeId: ctx.store.id, staffId: ctx.user.id }, input, getPaymentProvider()),
    ),
  cancel: storeProcedure
    .input(cancelPickupInput)
    .mutation(({ ctx, input }) =>
      cancelPickup(ctx.db, { storeId: ctx.store.id, staffId: ctx.user.id }, input, getPaymentProvider()),
    ),
  /** Needs every unit picked or marked missing; tells the customer their order is ready. */
  markReady: storeProcedure
    .input(pickupOrderInput)
    .mutation(({ ctx, input }) => movePickup(ctx.db, ctx.store.id, ctx.user.id, input.orderNumber, "markReady")),
});
