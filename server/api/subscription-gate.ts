import "server-only";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPCError } from "@trpc/server";
import superjson from "superjson";
import { appRouter, createCaller } from "./root";
import type { Context } from "./trpc";

type LiveProcedure = keyof typeof appRouter.live;

/**
 * tRPC answers a refused subscription inside an already-open 200 event stream. Browsers and
 * scripts deserve a plain 4xx instead, so the route opens each `live.*` procedure here first:
 * its authorisation runs (the stream itself starts only when iterated, so nothing is left
 * listening), and a refusal becomes the error response before any stream exists.
 */
export async function refuseSubscription(url: URL, ctx: Context): Promise<Response | null> {
  const match = /\/api\/trpc\/live\.([A-Za-z]+)$/.exec(url.pathname);
  const name = match?.[1];
  if (!name || !(name in appRouter.live)) return null;
  let input: unknown;
  try {
    const raw = url.searchParams.get("input");
    input = raw ? superjson.deserialize(JSON.parse(raw) as Parameters<typeof superjson.deserialize>[0]) : undefined;
  } catch {
    return null; // tRPC itself answers malformed input with a 400.
  }
  try {
    const open = createCaller(ctx).live[name as LiveProcedure] as (input: unknown) => Promise<AsyncIterable<unknown>>;
    const stream = await open(input);
    await stream[Symbol.asyncIterator]().return?.();
    return null;
  } catch (err) {
    if (!(err instanceof TRPCError) || err.code === "INTERNAL_SERVER_ERROR") return null;
    return Response.json(
      { error: { message: err.message, code: err.code } },
      { status: getHTTPStatusCodeFromError(err) },
    );
  }
}
