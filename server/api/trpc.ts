import type { Consent } from "@/lib/consent";
import type { DeviceClass } from "@/lib/device";
import type { Locale } from "@/i18n/locales";
import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Db, Driver } from "@/db/client";
import type { UserRole } from "@/db/schema";
import { inputProblem } from "@/lib/storable-text";
import { consoleStore } from "@/server/domain/staff/console-store";
import { STUDIO_ROLES } from "@/server/domain/studio/inputs";
import { env } from "@/env";
import { translate } from "@/messages/translate";
import { DomainError, say, type Said } from "@/server/errors";
import { issueMessage } from "@/server/issue-words";
import { log, safeErrorMessage } from "@/server/log";

export const STORE_COOKIE = "mostrador_store";
/** The store an admin chose to work for in the store console. */
export const CONSOLE_STORE_COOKIE = "mostrador_console_store";

export type SessionUser = { id: string; name: string; email: string; role: UserRole; staffLocationId: string | null };

/**
 * Per request: the database, who is calling, and the request's cookies, with a way to set new
 * ones on the response. Built from the Auth.js session in ./context.ts; tests build it directly.
 */
export type Context = {
  db: Db;
  driver: Driver;
  user: SessionUser | null;
  /** The signed-in browser's auth_session row (server/domain/security/sessions.ts); null for guests and in tests. */
  sessionId: string | null;
  cookie(name: string): string | null;
  setCookie(value: string): void;
  /** The request came over https, so cookies may be marked Secure. */
  secure: boolean;
  /** Where the request came from (server/client-address.ts), for limits per client; null in scripts and tests. */
  clientAddress: string | null;
  /** The device class of the browser that sent it (lib/device.ts); null without a User-Agent (scripts, tests). */
  device: DeviceClass | null;
  /** The browser's cookie choice (lib/consent.ts), read once per request; null until the shopper has chosen. */
  consent: Consent | null;
  /** The language of the page that called (i18n/locales.ts localeOfRequest): errors are said in it. */
  locale: Locale;
};

/** A refusal of the API itself (not signed in, not allowed), said in the calling page's language. */
export function refusal(ctx: Pick<Context, "locale">, code: "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND", said: Said) {
  return new TRPCError({ code, message: say(said, ctx.locale) });
}

/** Input refused before its schema read it (storableInput); forms place it on its field like a zod issue. */
class InputRefused extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "InputRefused";
  }
}

/** Zod issues by dotted field path ("fulfilment.address.postalCode"), so a form can place each one. */
function fieldErrorsOf(error: ZodError, locale: Locale): Record<string, string[]> {
  const byPath: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    (byPath[key] ??= []).push(issueMessage(issue, locale));
  }
  return byPath;
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // Live updates (subscriptions) are server-sent events: a ping keeps idle streams open through
  // proxies, and a client that hears nothing for a while reconnects (and refetches).
  sse: { ping: { enabled: true, intervalMs: 15_000 }, client: { reconnectAfterInactivityMs: 40_000 } },
  errorFormatter({ shape, error, ctx }) {
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    // No context when building it failed: the shop's own language then.
    const locale = ctx?.locale ?? env.DEFAULT_LOCALE;
    const firstIssue = error.cause instanceof ZodError ? error.cause.issues[0] : undefined;
    return {
      ...shape,
      // Internal details never reach the browser; they are logged by the route's onError.
      message: internal
        ? translate(locale)("errors.internal")
        : error.cause instanceof ZodError
          ? firstIssue
            ? issueMessage(firstIssue, locale)
            : translate(locale)("errors.checkDetails")
          : shape.message,
      data: {
        code: shape.data.code,
        /** The domain's own code (OUT_OF_STOCK, PAYMENT_DECLINED…), finer than the HTTP one. */
        domainCode: error.cause instanceof DomainError ? error.cause.code : null,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors:
          error.cause instanceof ZodError
            ? fieldErrorsOf(error.cause, locale)
            : error.cause instanceof InputRefused
              ? { [error.cause.field]: [error.cause.message] }
              : null,
        details: error.cause instanceof DomainError ? (error.cause.details ?? null) : null,
      },
    };
  },
});

/**
 * An unexpected failure once it is logged: what travels on (to the route, or to Next's log of a
 * page that called the procedure) is its summary without values, never the original error.
 */
export class ServerFault extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ServerFault";
  }
}

/**
 * One place where a DomainError becomes the HTTP status its code names, and where anything else
 * becomes a logged 500 (logged here, so calls from pages are too, not only those over HTTP).
 */
const domainErrors = t.middleware(async ({ next, path, ctx }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof DomainError) {
    // Said in the calling page's language, for the browser and for pages calling on the server alike.
    return {
      ...result,
      error: new TRPCError({ code: cause.trpcCode, message: cause.messageIn(ctx.locale), cause }),
    };
  }
  if (result.error.code === "INTERNAL_SERVER_ERROR" && !(cause instanceof ServerFault)) {
    log.error({ err: cause ?? result.error, path }, "procedure failed");
    const fault = new ServerFault(`${path} failed: ${safeErrorMessage(cause ?? result.error)}`);
    return { ...result, error: new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: fault.message, cause: fault }) };
  }
  return result;
});

/**
 * Every procedure's input, before its schema reads it (superjson has decoded it already): text the
 * database cannot store, or absurd nesting, is a 400 naming the field, not a 500 from the database.
 */
const storableInput = t.middleware(async ({ getRawInput, next, ctx }) => {
  const problem = inputProblem(await getRawInput());
  if (!problem) return next();
  const field = problem.path.map(String).join(".");
  const message = say(
    problem.kind === "unstorable"
      ? { key: "errors.input.unusualCharacters", values: { field: field || "sent" } }
      : { key: "errors.input.tooDeep" },
    ctx.locale,
  );
  throw new TRPCError({ code: "BAD_REQUEST", message, cause: new InputRefused(field || "_", message) });
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

export const publicProcedure = t.procedure.use(storableInput).use(domainErrors);

const signedIn = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw refusal(ctx, "UNAUTHORIZED", { key: "errors.access.signIn" });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

function withRoles(roles: readonly UserRole[], refused: Said) {
  return signedIn.use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role)) throw refusal(ctx, "FORBIDDEN", refused);
    return next({ ctx });
  });
}

/** Any signed-in person acting as a shopper (staff can shop too). */
export const customerProcedure = signedIn;

/** Store staff, with the store they belong to; admins act for any store. */
export const staffProcedure = withRoles(["staff", "admin"], { key: "errors.access.staffOnly" }).use(({ ctx, next }) => {
  if (ctx.user.role === "staff" && !ctx.user.staffLocationId) {
    throw refusal(ctx, "FORBIDDEN", { key: "errors.access.staffWithoutStore" });
  }
  return next({ ctx: { ...ctx, staffLocationId: ctx.user.staffLocationId } });
});

/**
 * Staff acting for a store: `ctx.store` is the staff member's own store, taken from their account
 * on the server and never from the request; an admin's is the store they switched to.
 */
export const storeProcedure = staffProcedure.use(async ({ ctx, next }) => {
  const store = await consoleStore(ctx.db, ctx.user, ctx.cookie(CONSOLE_STORE_COOKIE));
  if (!store) throw refusal(ctx, "FORBIDDEN", { key: "errors.access.accountWithoutStore" });
  return next({ ctx: { ...ctx, store } });
});

export const marketerProcedure = withRoles(STUDIO_ROLES, { key: "errors.access.marketersOnly" });
export const adminProcedure = withRoles(["admin"], { key: "errors.access.adminsOnly" });
