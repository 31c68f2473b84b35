import type { Locale } from "@/i18n/locales";
import { formatDate, formatDateTime, formatDateWith, formatNumber, formatPercent } from "@/lib/format";
import { madridZoneName } from "@/lib/shop-time";

/** A shop day ("2026-03-01") as an instant to format in UTC, so no zone moves it to another day. */
const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);
const UTC = { timeZone: "UTC" };

/**
 * The insights' numbers and dates in the reader's language: counts, shares, changes, the charts'
 * days and the cohorts' months. Pure, for the pages on the server and the panels in the browser.
 */
export function figureFormats(locale: Locale) {
  const percent = (ratio: number, fractionDigits = 1) => formatPercent(ratio, locale, fractionDigits);
  return {
    number: (n: number) => formatNumber(n, locale),
    oneDecimal: (n: number) => formatNumber(n, locale, { maximumFractionDigits: 1 }),
    percent,
    /** A change as a signed share of itself: "+12.5%" / "+12,5 %". */
    signedPercent: (ratio: number) =>
      formatNumber(ratio, locale, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }),
    /** A change between two rates in percentage points, without the unit: "+3.2" / "+3,2". */
    signedPoints: (delta: number) =>
      formatNumber(delta * 100, locale, { maximumFractionDigits: 1, signDisplay: "exceptZero" }),
    /** A share as a percentage, or a dash when there was nothing to take it of. */
    shareOf: (part: number, whole: number) => (whole ? percent(part / whole) : "—"),
    /** "1 Mar" / "1 mar", for a chart's axis. */
    day: (day: string) => formatDateWith(utcDay(day), locale, { day: "numeric", month: "short" }, UTC),
    /** "1 Mar 2026" / "1 mar 2026". */
    fullDay: (day: string) => formatDate(utcDay(day), locale, UTC),
    /** "Mar 2026" / "mar 2026", a cohort's month ("2026-03"). */
    month: (month: string) => formatDateWith(utcDay(`${month}-01`), locale, { month: "short", year: "numeric" }, UTC),
    /** An instant in Madrid with its zone: "2 Dec 2026, 10:00 CET" / "2 dic 2026, 10:00 CET". */
    madrid: (at: Date) => `${formatDateTime(at, locale)} ${madridZoneName(at)}`,
  };
}

export type FigureFormats = ReturnType<typeof figureFormats>;
