import type { Locale } from "@/i18n/locales";
import type { DeviceClass } from "@/lib/device";
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { createCaller } from "@/server/api/root";
import type { Context, SessionUser } from "@/server/api/trpc";
import { setCookiePair } from "@/server/cookies";
import type { TestDatabase } from "./database";

export { sessionUserFor } from "./session-user";

/** A caller as a given person (or a guest), with a cookie jar, as the HTTP route would build it. */
export function callerFor(
  t: TestDatabase,
  who: SessionUser | null = null,
  cookies: Record<string, string> = {},
  opts: {
    signal?: AbortSignal;
    clientAddress?: string;
    sessionId?: string;
    device?: DeviceClass;
    /** The browser's cookie choice: "granted" allows analytics, "denied" refuses it; unset: not chosen yet. */
    consent?: "granted" | "denied";
    /** The calling page's language; unset: English, which the tests' expected messages are in. */
    locale?: Locale;
  } = {},
) {
  const setCookies: string[] = [];
  // Like one request: a cookie set by an earlier call is seen by later ones.
  const jar: Record<string, string> = { ...cookies };
  const ctx: Context = {
    db: t.db,
    driver: t.driver,
    user: who,
    sessionId: opts.sessionId ?? null,
    cookie: (name) => jar[name] ?? null,
    setCookie: (value) => {
      setCookies.push(value);
      const set = setCookiePair(value);
      if (set?.value) jar[set.name] = set.value;
      else if (set) delete jar[set.name];
    },
    secure: false,
    clientAddress: opts.clientAddress ?? null,
    device: opts.device ?? null,
    consent: opts.consent ? { analytics: opts.consent === "granted" } : null,
    locale: opts.locale ?? "en",
  };
  return { api: createCaller(ctx, { signal: opts.signal }), setCookies };
}

/** The TRPCError a call fails with (the test fails if it succeeds or fails otherwise). */
export async function trpcErrorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TRPCError);
  return err as TRPCError;
}

/** The tRPC code ("NOT_FOUND", "FORBIDDEN"…) a call fails with. */
export async function trpcCodeOf(promise: Promise<unknown>) {
  return (await trpcErrorOf(promise)).code;
}
