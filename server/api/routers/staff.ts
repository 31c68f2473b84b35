import { cookieHeader } from "@/server/cookies";
import { listStores } from "@/server/domain/staff/console-store";
import { changeRoleInput, switchStoreInput } from "@/server/domain/staff/inputs";
import { changeRole } from "@/server/domain/staff/roles";
import { adminProcedure, CONSOLE_STORE_COOKIE, refusal, router, storeProcedure } from "../trpc";

/** The console's frame: which store it works for and, for admins, switching store. */
export const staffRouter = router({
  whereAmI: storeProcedure.query(async ({ ctx }) => ({
    store: ctx.store,
    canSwitchStore: ctx.user.role === "admin",
    stores: ctx.user.role === "admin" ? await listStores(ctx.db) : [ctx.store],
  })),
  switchStore: storeProcedure.input(switchStoreInput).mutation(async ({ ctx, input }) => {
    if (ctx.user.role !== "admin") throw refusal(ctx, "FORBIDDEN", { key: "errors.access.switchStore" });
    const store = (await listStores(ctx.db)).find((s) => s.id === input.locationId);
    if (!store) throw refusal(ctx, "NOT_FOUND", { key: "errors.access.unknownStore" });
    ctx.setCookie(cookieHeader(CONSOLE_STORE_COOKIE, store.id, ctx.secure));
    return store;
  }),
  /** Admins give an account its role and, for staff, its store; the account's sessions end at once. */
  changeRole: adminProcedure
    .input(changeRoleInput)
    .mutation(({ ctx, input }) => changeRole(ctx.db, ctx.user.id, input)),
});
