import { z } from "zod";
import { storeMailbox, storeMailboxMessage } from "@/server/domain/notifications/mailbox";
import { router, storeProcedure } from "../trpc";

/** The store's customer messages (the outbox): store staff and admins only, their store's orders only. */
export const notificationsRouter = router({
  list: storeProcedure
    .input(z.object({ limit: z.number().int().min(1).max(200).default(50) }).default({ limit: 50 }))
    .query(({ ctx, input }) => storeMailbox(ctx.db, ctx.store.id, input.limit)),
  get: storeProcedure.input(z.object({ id: z.uuid() })).query(({ ctx, input }) => storeMailboxMessage(ctx.db, ctx.store.id, input.id)),
});
