import { env } from "@/env";
import { mailboxListInput, mailboxMessageInput } from "@/server/domain/notifications/inputs";
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
    .input(mailboxListInput)
    .query(({ ctx, input }) => storeMailbox(ctx.db, scopeOf(ctx), input.limit)),
  get: storeProcedure
    .input(mailboxMessageInput)
    .query(({ ctx, input }) => storeMailboxMessage(ctx.db, scopeOf(ctx), input.id)),
});
