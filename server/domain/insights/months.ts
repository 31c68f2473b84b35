import { sql, type SQL } from "drizzle-orm";

/** Shop days, both included, as YYYY-MM-DD. */
export type Span = { from: string; to: string };

const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** The first day of the month of `day`. */
export const monthOf = (day: string) => `${day.slice(0, 7)}-01`;
const nextMonth = (day: string) => {
  const d = new Date(`${monthOf(day)}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
};

/**
 * Ranges as the monthly rollups and the daily ones cover them: the whole calendar months inside
 * each range (`months`, as spans of their first days) and the days left at its edges (`days`).
 * Each range is split on its own, so a month that straddles two of them is read as days.
 */
export function splitMonths(...ranges: Span[]): { months: Span[]; days: Span[] } {
  const months: Span[] = [];
  const days: Span[] = [];
  for (const { from, to } of ranges) {
    const first = from === monthOf(from) ? from : nextMonth(from);
    // The day after the last whole month.
    const end = shift(to, 1) === monthOf(shift(to, 1)) ? shift(to, 1) : monthOf(to);
    if (first >= end) {
      days.push({ from, to });
      continue;
    }
    months.push({ from: first, to: monthOf(shift(end, -1)) });
    if (from < first) days.push({ from, to: shift(first, -1) });
    if (end <= to) days.push({ from: end, to });
  }
  return { months, days };
}

/** `column` in any of the spans; false when there are none. */
export function within(column: SQL, spans: Span[]): SQL {
  if (!spans.length) return sql`false`;
  const each = spans.map((s) => sql`${column} between ${s.from}::date and ${s.to}::date`);
  return sql`(${sql.join(each, sql` or `)})`;
}
