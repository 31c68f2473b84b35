import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/context";
import { refuseSubscription } from "@/server/api/subscription-gate";
import { ServerFault } from "@/server/api/trpc";
import { log } from "@/server/log";

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

async function handler(req: Request) {
  if (req.method === "POST" && crossOrigin(req)) {
    return Response.json({ error: { message: "Cross-origin requests are not allowed." } }, { status: 403 });
  }
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
      if (error.code === "INTERNAL_SERVER_ERROR" && !(error.cause instanceof ServerFault)) log.error({ err: error.cause ?? error, path }, "request failed");
    },
  });
}

export { handler as GET, handler as POST };
