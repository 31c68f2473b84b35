/** Display helpers shared by server and client components. No server-only imports. */

export type Money = { amountMinor: number; currency: string };

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string, wholeUnits: boolean): Intl.NumberFormat {
  const key = `${currency}:${wholeUnits ? "0" : "2"}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat("es-ES", {
      style: "currency",
      currency,
      ...(wholeUnits ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** 4995 EUR -> "49,95 €". Amounts are in minor units (cents). */
export function formatMoney(amountMinor: number, currency = "EUR"): string {
  return formatterFor(currency, false).format(amountMinor / 100);
}

/** Like formatMoney, but "50 €" instead of "50,00 €" for whole amounts (filters, ranges). */
export function formatMoneyShort(amountMinor: number, currency = "EUR"): string {
  return formatterFor(currency, amountMinor % 100 === 0).format(amountMinor / 100);
}

const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

export type OpeningHours = Array<{ day: number; opens: string; closes: string } | null>;

/**
 * Seven entries, Monday first, grouped into runs of days with the same hours:
 * [{ days: "Mon–Sat", hours: "10:00–21:00" }, { days: "Sun", hours: "Closed" }].
 */
export function groupOpeningHours(hours: OpeningHours): { days: string; hours: string }[] {
  const groups: { from: number; to: number; hours: string }[] = [];
  for (let day = 0; day < 7; day++) {
    const entry = hours[day] ?? null;
    const label = entry ? `${entry.opens}–${entry.closes}` : "Closed";
    const last = groups.at(-1);
    if (last && last.hours === label && last.to === day - 1) last.to = day;
    else groups.push({ from: day, to: day, hours: label });
  }
  return groups.map((g) => ({
    days: g.from === g.to ? DAY_NAMES[g.from]! : `${DAY_NAMES[g.from]}–${DAY_NAMES[g.to]}`,
    hours: g.hours,
  }));
}

/** "Mostrador Madrid" -> "Madrid": the short name used in tight spaces. */
export function shortStoreName(name: string): string {
  return name.replace(/^Mostrador\s+/i, "");
}

/** "Ana García" -> "Ana". */
export function firstName(name: string | null | undefined): string {
  return (name ?? "").trim().split(/\s+/)[0] ?? "";
}

export function pluralise(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
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
