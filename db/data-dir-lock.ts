import fs from "node:fs";
import path from "node:path";

/**
 * PGlite has no file lock of its own, and two processes on one data directory corrupt it. A lock
 * file next to the data names the process that has it open: its pid, and its start time, because
 * the system reuses pids and a pid alone would make a server killed with -9 block every later
 * start whose pid happened to match a live process. The file goes when the process exits.
 */
export const LOCK_FILE = "mostrador.pid";

type Holder = { pid: number; started: string | null };

/** When a process started, in clock ticks since boot (Linux: field 22 of /proc/<pid>/stat); null elsewhere. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 2, the command, is in parentheses and may contain spaces: count from after it.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(file: string): Holder | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8").trim();
  } catch {
    return null;
  }
  // Older versions wrote the pid alone.
  if (/^\d+$/.test(text)) return { pid: Number(text), started: null };
  try {
    const parsed = JSON.parse(text) as Partial<Holder>;
    return typeof parsed.pid === "number"
      ? { pid: parsed.pid, started: typeof parsed.started === "string" ? parsed.started : null }
      : null;
  } catch {
    return null;
  }
}

/** Clock ticks per second in /proc (USER_HZ): 100 on every Linux ABI in use. */
const TICKS_PER_SECOND = 100;

function bootTimeMs(): number | null {
  try {
    const match = /^btime (\d+)$/m.exec(fs.readFileSync("/proc/stat", "utf8"));
    return match ? Number(match[1]) * 1000 : null;
  } catch {
    return null;
  }
}

/** The process named in the lock is running, and is the one that wrote it. */
function stillHolds(holder: Holder, file: string): boolean {
  if (holder.pid === process.pid || !isAlive(holder.pid)) return false;
  const started = processStartTime(holder.pid);
  if (holder.started && started) return holder.started === started;
  // A lock with the pid alone (older versions): a process started after the lock was written
  // (a second's slack for the boot time's rounding) is not the one that wrote it.
  const boot = bootTimeMs();
  if (started && boot) return boot + (Number(started) * 1000) / TICKS_PER_SECOND <= fs.statSync(file).mtimeMs + 1000;
  return true; // no /proc: the pid is all there is to go on
}

/** Takes the data directory, or throws if a live process has it; returns the release (idempotent). */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, started: processStartTime(process.pid) });
  for (let attempt = 0; ; attempt++) {
    try {
      // Exclusive create: of two processes starting at once, one wins.
      fs.writeFileSync(file, mine, { flag: "wx" });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const holder = readHolder(file);
      if ((holder && stillHolds(holder, file)) || attempt > 0) {
        throw new Error(
          `The embedded database in ${dir} is already open in process ${holder?.pid ?? "?"}. ` +
            "PGlite serves one process: stop that one, set PGLITE_DIR to another folder, or set DATABASE_URL to run several instances on PostgreSQL. " +
            `If no such server is running, delete ${file}.`,
        );
      }
      fs.rmSync(file, { force: true }); // left by a process that is gone: take it over
    }
  }
  const release = () => {
    process.off("exit", release);
    try {
      if (fs.readFileSync(file, "utf8") === mine) fs.unlinkSync(file);
    } catch {
      /* already gone */
    }
  };
  // However the process ends short of a kill -9 (Next exits on SIGTERM), the lock goes with it.
  process.on("exit", release);
  return release;
}
