import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LOCK_FILE, lockDataDir, processStartTime } from "./data-dir-lock";

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function dataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mostrador-lock-"));
  dirs.push(dir);
  return dir;
}

/** Some other live process (its pid is what a reused pid looks like). */
function otherProcess(): ChildProcess & { pid: number } {
  const child = spawn("sleep", ["30"], { stdio: "ignore" });
  children.push(child);
  return child as ChildProcess & { pid: number };
}

const writeLock = (dir: string, holder: unknown) => fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(holder));
const lockHolder = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), "utf8")) as { pid: number };

describe("the embedded database's lock file", () => {
  it("lets the start go ahead over a lock whose pid is alive but is another process (a reused pid)", () => {
    const dir = dataDir();
    const other = otherProcess();
    writeLock(dir, { pid: other.pid, started: "1" });
    const release = lockDataDir(dir);
    expect(lockHolder(dir).pid).toBe(process.pid);
    release();
  });

  it("tells a reused pid from its owner in a lock of an older version too (the pid alone)", () => {
    const dir = dataDir();
    const other = otherProcess();
    // Written an hour before that process started: the process named in it is gone.
    fs.writeFileSync(path.join(dir, LOCK_FILE), String(other.pid));
    const anHourAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(path.join(dir, LOCK_FILE), anHourAgo, anHourAgo);
    lockDataDir(dir)();
    // Written after it started: it may well be the owner.
    fs.writeFileSync(path.join(dir, LOCK_FILE), String(other.pid));
    expect(() => lockDataDir(dir)).toThrow(`already open in process ${other.pid}`);
  });

  it("refuses the start while the process that took it is running", () => {
    const dir = dataDir();
    const other = otherProcess();
    writeLock(dir, { pid: other.pid, started: processStartTime(other.pid) });
    expect(() => lockDataDir(dir)).toThrow(`already open in process ${other.pid}`);
  });

  it("takes over the lock of a process killed with -9", async () => {
    const dir = dataDir();
    const other = otherProcess();
    writeLock(dir, { pid: other.pid, started: processStartTime(other.pid) });
    await new Promise((resolve) => other.once("exit", resolve).kill("SIGKILL"));
    const release = lockDataDir(dir);
    expect(lockHolder(dir).pid).toBe(process.pid);
    release();
  });

  it("is removed when its process exits (Next exits on SIGTERM), and by a release", () => {
    const dir = dataDir();
    const script = `import { lockDataDir } from ${JSON.stringify(path.resolve("db/data-dir-lock.ts"))}; lockDataDir(${JSON.stringify(dir)}); process.exit(143);`;
    const run = spawnSync(path.resolve("node_modules/.bin/tsx"), ["--eval", script], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(143);
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    lockDataDir(dir)();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });
});
