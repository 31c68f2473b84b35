import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/context";
import { boundedBody, crossOrigin, refuse } from "@/server/api/requests";
import { refuseSubscription } from "@/server/api/subscription-gate";
import { ServerFault } from "@/server/api/trpc";
import { log } from "@/server/log";
import { aliasedUrl, onlyProcedures } from "@/server/api/procedure-aliases";
import { MAX_BATCH_CALLS, MAX_BODY_BYTES, MAX_IMPORT_BODY_BYTES } from "@/trpc/limits";

async function handler(req: Request) {
  // studio.import.apply is answered as studio.import.commit (server/api/procedure-aliases.ts).
  const url = aliasedUrl(req.url);
  if (req.method === "POST" && crossOrigin(req)) {
    return refuse(403, "Cross-origin requests are not allowed.");
  }
  // "/api/trpc/a,b,c?batch=1" is three calls in one request.
  const calls = new URL(url).pathname.split("/").pop()?.split(",").length ?? 1;
  // A CSV import carries the whole file; every other call stays small.
  const limit = onlyProcedures(url, "studio.import.") ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES;
  if (calls > MAX_BATCH_CALLS) return refuse(400, `One request may carry at most ${MAX_BATCH_CALLS} calls.`);
  if (req.method === "POST") {
    const body = await boundedBody(req, limit);
    if (!body) return refuse(413, `That request is too large (at most ${Math.round(limit / 1024)} kB).`);
    req = new Request(url, { method: req.method, headers: req.headers, body, signal: req.signal });
  } else if (url !== req.url) req = new Request(url, { method: req.method, headers: req.headers, signal: req.signal });
  if (req.method === "GET" && req.headers.get("accept")?.includes("text/event-stream")) {
    const refused = await refuseSubscription(new URL(req.url), await createTRPCContext({ headers: req.headers }));
    if (refused) return refused;
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: ({ resHeaders }) => createTRPCContext({ headers: req.headers, resHeaders }),
    // Procedures log their own failures (server/api/trpc.ts); this catches the rest (a live stream's).
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR" && !(error.cause instanceof ServerFault))
        log.error({ err: error.cause ?? error, path }, "request failed");
    },
  });
}

export { handler as GET, handler as POST };
