// Builds the app only when the sources changed since the last build, and never under a running
// instance: several `npm start` processes can share one checkout.
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");
const stampFile = path.join(distDir, "mostrador-source-hash");
const lockDir = path.join(root, ".mostrador-build.lock");
export const instancesDir = path.join(root, ".mostrador-instances");

const SOURCES = [
  "app",
  "instrumentation.ts",
  "proxy.ts",
  "server",
  "db",
  "lib",
  "ui",
  "trpc",
  "i18n",
  "messages",
  "global.d.ts",
  "public",
  "env.ts",
  "next.config.js",
  "package.json",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
];

function* files(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return;
  if (fs.statSync(full).isFile()) {
    yield entry;
    return;
  }
  for (const child of fs.readdirSync(full).sort()) {
    if (child.endsWith(".test.ts")) continue;
    yield* files(path.join(entry, child));
  }
}

export function sourceHash() {
  const hash = createHash("sha256");
  for (const entry of SOURCES)
    for (const file of files(entry))
      hash
        .update(file)
        .update("\0")
        .update(fs.readFileSync(path.join(root, file)));
  return hash.digest("hex");
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

export function runningInstances() {
  if (!fs.existsSync(instancesDir)) return [];
  return fs
    .readdirSync(instancesDir)
    .map((f) => Number(f.replace(/\.pid$/, "")))
    .filter((pid) => {
      if (pid && alive(pid)) return true;
      fs.rmSync(path.join(instancesDir, `${pid}.pid`), { force: true });
      return false;
    });
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** mkdir is atomic: whoever creates the folder builds; the others wait for it. */
function withBuildLock(fn) {
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, "pid"), String(process.pid));
      break;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      const holder = Number(fs.readFileSync(path.join(lockDir, "pid"), "utf8").trim() || 0);
      if (holder && !alive(holder)) fs.rmSync(lockDir, { recursive: true, force: true });
      else sleep(500);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

export function ensureBuild() {
  return withBuildLock(() => {
    const wanted = sourceHash();
    const built = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, "utf8") : null;
    if (built === wanted) return "current";
    const running = runningInstances();
    if (built && running.length > 0) {
      console.warn(
        `[start] sources changed since the last build, but instance(s) ${running.join(", ")} serve it: not rebuilding under them.`,
      );
      return "stale";
    }
    console.log(built ? "[start] sources changed: building…" : "[start] no build yet: building…");
    const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production" },
    });
    if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
    fs.writeFileSync(stampFile, wanted);
    return "built";
  });
}

/** Auth.js needs a secret in production; one is made once per checkout and shared by its instances. */
export function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(root, ".auth-secret");
  try {
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (err) {
    if (err.code !== "EEXIST") throw err;
  }
  return fs.readFileSync(file, "utf8").trim();
}
