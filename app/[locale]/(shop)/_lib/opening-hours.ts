import { useTranslations } from "next-intl";
import type { OpeningHours } from "@/lib/hours";

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

type HoursWords = ReturnType<typeof useTranslations<"shop.hours">>;

/**
 * A store's week in the reader's language, Monday first, in runs of days with the same hours:
 * [{ days: "Lun–Sáb", hours: "10:00–21:00" }, { days: "Dom", hours: "Cerrado" }]. lib/hours.ts's
 * groupOpeningHours does the same in English only (the emails use it).
 */
export function openingHoursIn(hours: OpeningHours, t: HoursWords): { days: string; hours: string }[] {
  const runs: { from: number; to: number; hours: string }[] = [];
  for (let day = 0; day < 7; day++) {
    const entry = hours[day] ?? null;
    const label = entry ? `${entry.opens}–${entry.closes}` : t("closed");
    const last = runs.at(-1);
    if (last && last.hours === label && last.to === day - 1) last.to = day;
    else runs.push({ from: day, to: day, hours: label });
  }
  const name = (day: number) => t(`days.${DAYS[day] ?? "mon"}`);
  return runs.map((r) => ({
    days: r.from === r.to ? name(r.from) : t("range", { from: name(r.from), to: name(r.to) }),
    hours: r.hours,
  }));
}

/** openingHoursIn with the page's language. */
export function useOpeningHours(): (hours: OpeningHours) => { days: string; hours: string }[] {
  const t = useTranslations("shop.hours");
  return (hours) => openingHoursIn(hours, t);
}
