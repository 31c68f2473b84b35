import { z } from "zod";
import { env } from "@/env";
import { storeMailbox, storeMailboxMessage } from "@/server/domain/notifications/mailbox";
import { router, storeProcedure, type SessionUser } from "../trpc";

/** Account mail (sign-up links…) is nobody's store's: admins see it on the dev mailbox only. */
const scopeOf = (ctx: { user: SessionUser; store: { id: string } }) => ({
  storeId: ctx.store.id,
  accountMail: ctx.user.role === "admin" && env.MAIL_TRANSPORT === "dev-mailbox",
});

/** The store's customer messages (the outbox): store staff and admins only, their store's orders only. */
export const notificationsRouter = router({
  list: storeProcedure
    .input(z.object({ limit: z.number().int().min(1).max(200).default(50) }).default({ limit: 50 }))
    .query(({ ctx, input }) => storeMailbox(ctx.db, scopeOf(ctx), input.limit)),
  get: storeProcedure.input(z.object({ id: z.uuid() })).query(({ ctx, input }) => storeMailboxMessage(ctx.db, scopeOf(ctx), input.id)),
});
