// `npm run dev`: the development server, signing sessions with this checkout's own secret
// (made once in .auth-secret, as `npm start` does) rather than one written in the code.
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureAuthSecret } from "./build.mjs";

const root = path.resolve(import.meta.dirname, "..");
const server = spawn(
  process.execPath,
  [path.join(root, "node_modules/next/dist/bin/next"), "dev", ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, AUTH_SECRET: ensureAuthSecret() },
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
