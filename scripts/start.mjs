// `npm start`: build if there is no current build, then serve on PORT (default 3000) through
// scripts/server.mjs (Next behind a server that records the connecting address; see there why).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureAuthSecret, ensureBuild, instancesDir } from "./build.mjs";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.PORT || "3000";

try {
  ensureBuild();
} catch (err) {
  console.error(`[start] ${err.message}`);
  process.exit(1);
}

fs.mkdirSync(instancesDir, { recursive: true });
const pidFile = path.join(instancesDir, `${process.pid}.pid`);
fs.writeFileSync(pidFile, String(process.pid));

const server = spawn(process.execPath, [path.join(root, "scripts/server.mjs")], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, PORT: port, NODE_ENV: "production", AUTH_SECRET: ensureAuthSecret() },
});

const cleanup = () => fs.rmSync(pidFile, { force: true });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => {
  cleanup();
  process.exit(code ?? (signal ? 0 : 1));
});
