/**
 * One app instance for a benchmark: `node scripts/start.mjs` on its own PGlite folder and a free
 * port, with the memory of the `next start` process it spawns (start.mjs itself only waits).
 */
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type AppServer = {
  url: string;
  /** The `next start` process: the one serving requests and holding the streams. */
  serverPid: number;
  stop(): Promise<void>;
};

async function freePort(): Promise<number> {
  const probe = net.createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as net.AddressInfo;
  probe.close();
  return port;
}

/** Resident memory of a process in bytes, from /proc (Linux). */
export function rss(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!match) throw new Error(`No VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

/** RSS once it stops moving: four readings half a second apart within 1% (or after 30 s). */
export async function settledRss(pid: number): Promise<number> {
  const readings: number[] = [];
  for (let i = 0; i < 60; i++) {
    readings.push(rss(pid));
    const last = readings.slice(-4);
    if (last.length === 4 && Math.max(...last) - Math.min(...last) <= Math.min(...last) * 0.01) break;
    await sleep(500);
  }
  return readings.at(-1)!;
}

/** Starts the built app on a fresh PGlite folder (seeded on first use) and waits for /api/health. */
export async function startApp(): Promise<AppServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mostrador-bench-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const starter = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], {
    cwd: root,
    env: { ...process.env, PORT: String(port), PGLITE_DIR: dataDir, DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Kept for the error message only: the server's own log would clutter the report.
  let log = "";
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000));
  starter.stdout.on("data", keep);
  starter.stderr.on("data", keep);
  const exited = once(starter, "exit");

  const stop = async () => {
    if (starter.exitCode === null && starter.signalCode === null) {
      starter.kill("SIGTERM"); // start.mjs forwards it to `next start`
      const timedOut = await Promise.race([exited.then(() => false), sleep(15_000).then(() => true)]);
      if (timedOut) starter.kill("SIGKILL");
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const deadline = Date.now() + 240_000; // start.mjs builds first if the build is stale
    for (;;) {
      if (starter.exitCode !== null) throw new Error(`The app exited while starting:\n${log}`);
      if (Date.now() > deadline) throw new Error(`The app did not answer /api/health in time:\n${log}`);
      const ok = await fetch(new URL("api/health", url)).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await sleep(500);
    }
    const children = execFileSync("pgrep", ["-P", String(starter.pid)], { encoding: "utf8" })
      .trim()
      .split("\n");
    if (children.length !== 1 || !children[0])
      throw new Error(`Expected one server process under start.mjs, found: ${children.join(", ")}`);
    return { url, serverPid: Number(children[0]), stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
