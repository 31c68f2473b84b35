/**
 * Counts the SQL statements an operation sends, one operation at a time. Hand `onStatement` to
 * openPglite / openPostgres (db/client.ts) and to createPostgresBus, then run each operation
 * inside `measure(label, fn)`: statements sent outside a measurement are ignored.
 */
import type { OnStatement } from "@/db/client";
import { eventBus } from "@/server/domain/events/bus";

export type StatementTally = {
  runs: number;
  total: number;
  min: number;
  max: number;
  /** The statements of the last run, in the order they were sent. */
  sample: string[];
};

export type StatementCounter = {
  onStatement: OnStatement;
  /** Runs `fn` on its own and records under `label` the statements sent until it settles. */
  measure<T>(label: string, fn: () => Promise<T>): Promise<T>;
  tallies(): ReadonlyMap<string, StatementTally>;
};

export function createStatementCounter(): StatementCounter {
  const tallies = new Map<string, StatementTally>();
  let current: string[] | null = null;
  return {
    onStatement(sql) {
      current?.push(sql);
    },
    async measure(label, fn) {
      // Two at once would share one count: the figure is per operation, so refuse.
      if (current) throw new Error(`measure("${label}") started while another measurement runs`);
      const sent: string[] = [];
      current = sent;
      try {
        const result = await fn();
        // Events go out after the operation answers: their NOTIFY belongs to it all the same.
        await eventBus().settled();
        return result;
      } finally {
        current = null;
        const tally = tallies.get(label);
        if (tally) {
          tally.runs++;
          tally.total += sent.length;
          tally.min = Math.min(tally.min, sent.length);
          tally.max = Math.max(tally.max, sent.length);
          tally.sample = sent;
        } else {
          tallies.set(label, { runs: 1, total: sent.length, min: sent.length, max: sent.length, sample: sent });
        }
      }
    },
    tallies: () => tallies,
  };
}

/** "22", or "22.4 (22–23)" when the runs differ. */
export function formatTally(tally: StatementTally | undefined): string {
  if (!tally) return "–";
  const mean = tally.total / tally.runs;
  return tally.min === tally.max ? String(tally.min) : `${mean.toFixed(1)} (${tally.min}–${tally.max})`;
}

/** A statement on one line, cut to `width` characters. */
export function shortStatement(sql: string, width = 80): string {
  const line = sql.replace(/\s+/g, " ").trim();
  return line.length > width ? `${line.slice(0, width - 1)}…` : line;
}
