// The production server `npm start` runs (through scripts/start.mjs): Next's request handler
// behind a plain Node HTTP server, so that the client's address reaches the app in a form it can
// trust. `next start` keeps a client-sent X-Forwarded-For as it is, and any client could then
// pick the address its limits are counted against.
import http from "node:http";
import path from "node:path";
import next from "next";
import { appendForwardedFor } from "./forwarded-for.mjs";

const dir = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT || 3000);

const app = next({ dev: false, dir, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  const forwarded = appendForwardedFor(req.headers["x-forwarded-for"], req.socket.remoteAddress);
  if (forwarded) req.headers["x-forwarded-for"] = forwarded;
  handle(req, res).catch((err) => {
    console.error(`[server] ${req.method} ${req.url?.split("?")[0]} failed:`, err);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

server.on("error", (err) => {
  console.error(`[server] cannot listen on port ${port}: ${err.message}`);
  process.exit(1);
});
// Every interface, as `next start` listens.
server.listen(port, () => console.log(`[server] ready on http://localhost:${port}`));

// A graceful stop, as `next start` does it: no new connections, the open requests finish (the
// instrumentation hook ends event streams on the same signal, and exits after 3 s at the latest
// if a browser holds on), then Next closes.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      app
        .close()
        .catch((err) => console.error("[server] closing Next failed:", err))
        .finally(() => process.exit(0));
    });
    server.closeIdleConnections();
  });
}
