import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/context";
import { refuseSubscription } from "@/server/api/subscription-gate";
import { ServerFault } from "@/server/api/trpc";
import { log } from "@/server/log";
import { aliasedUrl, onlyProcedures } from "@/server/api/procedure-aliases";
import { MAX_BATCH_CALLS, MAX_BODY_BYTES, MAX_IMPORT_BODY_BYTES } from "@/trpc/limits";

/**
 * Route handlers sit outside Next's CSRF protection, so a mutation from a browser on another
 * origin is refused here. Scripts and servers send no Origin and are let through.
 */
function crossOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return false;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

const refuse = (status: number, message: string) => Response.json({ error: { message } }, { status });

/** The body read whole, or null when it is larger than `limit` (declared or as it streams in). */
async function boundedBody(req: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (Number(req.headers.get("content-length") ?? 0) > limit) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (req.body) {
    // A chunked body declares no length: count it as it arrives and stop reading at the limit.
    for await (const chunk of req.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > limit) return null;
      chunks.push(chunk);
    }
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

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
