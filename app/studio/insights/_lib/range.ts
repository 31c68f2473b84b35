import { madridWallClock } from "@/lib/shop-time";

/** Ranges of shop days (Europe/Madrid), both ends included, as the insights API takes them. */
export type DayRange = { from: string; to: string };

export const RANGE_PRESETS = ["7d", "30d", "this-month", "last-month", "90d", "this-year"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Today in Madrid, whatever the server's or the browser's own zone. */
export const madridToday = (now = new Date()) => madridWallClock(now).slice(0, 10);

/** A preset's days, counted back from today in Madrid (today included). */
export function presetRange(preset: RangePreset, now = new Date()): DayRange {
  const today = madridToday(now);
  const month = today.slice(0, 8);
  switch (preset) {
    case "7d":
      return { from: shift(today, -6), to: today };
    case "30d":
      return { from: shift(today, -29), to: today };
    case "90d":
      return { from: shift(today, -89), to: today };
    case "this-month":
      return { from: `${month}01`, to: today };
    case "last-month": {
      const lastDay = shift(`${month}01`, -1);
      return { from: `${lastDay.slice(0, 8)}01`, to: lastDay };
    }
    case "this-year":
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

/** The change from `before` to `now` as a fraction (0.12 is +12 %), or null when there was nothing before. */
export function change(now: number, before: number): number | null {
  if (before === 0) return null;
  return (now - before) / before;
}

/** Monday of a day's week, as the database's date_trunc('week') gives it. */
export function weekStart(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  return shift(day, -weekday);
}

/**
 * Every day (or week) of the range, with the figures the API gave for it and zeros where it gave
 * none: a chart of only the days with sales would draw gaps as if time had not passed.
 */
export function fillPeriods<T extends { start: string }>(
  points: T[],
  range: DayRange,
  by: "day" | "week",
  empty: Omit<T, "start">,
): T[] {
  const known = new Map(points.map((p) => [p.start, p]));
  const out: T[] = [];
  for (let d = by === "week" ? weekStart(range.from) : range.from; d <= range.to; d = shift(d, by === "week" ? 7 : 1))
    out.push(known.get(d) ?? ({ ...empty, start: d } as T));
  return out;
}
