/** Opening hours as the stores publish them, for pages and emails alike. */
import type { Locale } from "@/i18n/locales";
import { formatDateWith } from "./format";

const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

/** Monday first: "lun"… / "Mon"…, from a week known to start on a Monday (5 Jan 2026). */
function dayNames(locale: Locale): string[] {
  return Array.from({ length: 7 }, (_, i) =>
    formatDateWith(new Date(Date.UTC(2026, 0, 5 + i, 12)), locale, { weekday: "short" }, { timeZone: "UTC" }).replace(
      /\.$/,
      "",
    ),
  );
}

export type OpeningHours = Array<{ day: number; opens: string; closes: string } | null>;

/**
 * Seven entries, Monday first, grouped into runs of days with the same hours:
 * [{ days: "Mon–Sat", hours: "10:00–21:00" }, { days: "Sun", hours: "Closed" }].
 */
export function groupOpeningHours(
  hours: OpeningHours,
  { locale, closed = "Closed" }: { locale?: Locale; closed?: string } = {},
): { days: string; hours: string }[] {
  const names = locale ? dayNames(locale) : DAY_NAMES;
  const groups: { from: number; to: number; hours: string }[] = [];
  for (let day = 0; day < 7; day++) {
    const entry = hours[day] ?? null;
    const label = entry ? `${entry.opens}–${entry.closes}` : closed;
    const last = groups.at(-1);
    if (last && last.hours === label && last.to === day - 1) last.to = day;
    else groups.push({ from: day, to: day, hours: label });
  }
  return groups.map((g) => ({
    days: g.from === g.to ? names[g.from]! : `${names[g.from]}–${names[g.to]}`,
    hours: g.hours,
  }));
}

const WEEKDAY_INDEX: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

/** Today's hours at a location, in its own time zone: "10:00–21:00", or null when closed. */
export function todaysHours(hours: OpeningHours, timeZone: string, now = new Date()): string | null {
  let weekday: string;
  try {
    weekday = new Intl.DateTimeFormat("en-GB", { weekday: "short", timeZone }).format(now);
  } catch {
    weekday = new Intl.DateTimeFormat("en-GB", { weekday: "short", timeZone: "Europe/Madrid" }).format(now);
  }
  const entry = hours[WEEKDAY_INDEX[weekday] ?? 0] ?? null;
  return entry ? `${entry.opens}–${entry.closes}` : null;
}
