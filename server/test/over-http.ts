import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import type { Locale } from "@/i18n/locales";
import { appRouter } from "@/server/api/root";
import type { Context } from "@/server/api/trpc";
import type { TestDatabase } from "./database";

/**
 * One call over HTTP as the browser makes it (catalog.* are queries: GET): superjson-encoded
 * input, the route's error shape (what errorFormatter sends), as a guest in the given language.
 */
export async function callOverHttp(
  t: TestDatabase,
  path: string,
  input: unknown,
  { encoded = JSON.stringify(superjson.serialize(input)), locale = "en" }: { encoded?: string; locale?: Locale } = {},
) {
  const ctx: Context = {
    db: t.db,
    driver: t.driver,
    user: null,
    cookie: () => null,
    setCookie: () => {},
    secure: false,
    clientAddress: null,
    device: null,
    consent: null,
    locale,
    sessionId: null,
  };
  const query = path.startsWith("catalog.");
  const req = query
    ? new Request(`http://shop.test/api/trpc/${path}?input=${encodeURIComponent(encoded)}`)
    : new Request(`http://shop.test/api/trpc/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: encoded,
      });
  const res = await fetchRequestHandler({ endpoint: "/api/trpc", req, router: appRouter, createContext: () => ctx });
  const body = (await res.json()) as {
    error?: { json: { message: string; data: { fieldErrors: Record<string, string[]> | null } } };
  };
  return { status: res.status, error: body.error?.json };
}
