/**
 * Dates, times and numbers as each language writes them, in a given time zone (the store's, else
 * Madrid's), so the server and every browser print the same text whatever the device's own zone:
 * "1 dic 2026, 18:47" / "1 Dec 2026, 18:47". Pure: pages, emails and the server share it. Money
 * stays lib/money.ts ("79,90 €" in both languages, as Spanish shops print it).
 */
import type { Locale } from "@/i18n/locales";
import { SHOP_TIME_ZONE } from "./shop-time";

/** English is written the British way (day before month, 24-hour clock), as in Spain. */
const INTL_LOCALE: Record<Locale, string> = { es: "es-ES", en: "en-GB" };

export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}

const cache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone, hourCycle: "h23", ...options });
    cache.set(key, format);
  }
  return format;
}

type Zone = { timeZone?: string };

/** "1 dic 2026" / "1 Dec 2026". */
export function formatDate(at: Date, locale: Locale, { timeZone = SHOP_TIME_ZONE }: Zone = {}): string {
  return dateFormat(locale, timeZone, { day: "numeric", month: "short", year: "numeric" }).format(at);
}

/** "1 dic 2026, 18:47" / "1 Dec 2026, 18:47". */
export function formatDateTime(at: Date, locale: Locale, { timeZone = SHOP_TIME_ZONE }: Zone = {}): string {
  return dateFormat(locale, timeZone, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(at);
}

/** "18:47" in both. */
export function formatTime(at: Date, locale: Locale, { timeZone = SHOP_TIME_ZONE }: Zone = {}): string {
  return dateFormat(locale, timeZone, { hour: "2-digit", minute: "2-digit" }).format(at);
}

/** "martes, 1 de diciembre" / "Tuesday 1 December": a day named in a sentence (pickup slots, hours). */
export function formatLongDay(at: Date, locale: Locale, { timeZone = SHOP_TIME_ZONE }: Zone = {}): string {
  return dateFormat(locale, timeZone, { weekday: "long", day: "numeric", month: "long" }).format(at);
}

/** Any other date shape, with the same language and zone rules. */
export function formatDateWith(
  at: Date,
  locale: Locale,
  options: Intl.DateTimeFormatOptions,
  { timeZone = SHOP_TIME_ZONE }: Zone = {},
): string {
  return dateFormat(locale, timeZone, options).format(at);
}

/** "1.234" / "1,234" (Spanish groups from five digits: "1234", "12.345"). */
export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], options).format(value);
}

/** 0.125 → "12,5 %" / "12.5%". */
export function formatPercent(ratio: number, locale: Locale, fractionDigits = 1): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: "percent",
    maximumFractionDigits: fractionDigits,
  }).format(ratio);
}

/** "hace 5 minutos" / "5 minutes ago", "dentro de 2 horas" / "in 2 hours", from the caller's clock. */
export function formatRelative(at: Date, now: number, locale: Locale): string {
  const seconds = Math.round((at.getTime() - now) / 1000);
  const format = new Intl.RelativeTimeFormat(INTL_LOCALE[locale], { numeric: "auto" });
  const abs = Math.abs(seconds);
  if (abs < 60) return format.format(0, "minute");
  if (abs < 3600) return format.format(Math.trunc(seconds / 60), "minute");
  if (abs < 86_400) return format.format(Math.trunc(seconds / 3600), "hour");
  return format.format(Math.trunc(seconds / 86_400), "day");
}
