import type { Locale } from "@/i18n/locales";
import { formatDateWith } from "@/lib/format";
import { madridZoneName } from "@/lib/shop-time";

/**
 * An instant as a marketer reads it, in Madrid time with its zone, in the reader's language:
 * "2 Dec 2026, 10:00 CET" / "2 dic 2026, 10:00 CET". The studio's dates are all the shop's clock.
 */
export function madridTime(at: Date, locale: Locale, { seconds = false }: { seconds?: boolean } = {}): string {
  const text = formatDateWith(at, locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    ...(seconds ? { second: "2-digit" } : {}),
  });
  return `${text} ${madridZoneName(at)}`;
}
