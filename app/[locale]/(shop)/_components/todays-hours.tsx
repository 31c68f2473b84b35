import { useTranslations } from "next-intl";
import { todaysHours } from "@/lib/hours";
import type { LocationData } from "@/app/_lib/types";

/** "Open today 10:00–21:00" or "Closed today", by the store's own clock. */
export function TodaysHours({ store }: { store: Pick<LocationData, "openingHours" | "timezone"> }) {
  const t = useTranslations("shop.hours");
  const hours = todaysHours(store.openingHours, store.timezone);
  return hours ? t("openToday", { hours }) : t("closedToday");
}
