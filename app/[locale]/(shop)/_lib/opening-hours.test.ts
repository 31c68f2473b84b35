import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/messages";
import { openingHoursIn } from "./opening-hours";

const open = (opens: string, closes: string) => ({ day: 0, opens, closes });
const week = [...Array.from({ length: 5 }, () => open("10:00", "21:00")), open("10:00", "14:00"), null];

describe("a store's opening hours in the reader's language", () => {
  it("joins the days with the same hours and names closed days, in Spanish and in English", () => {
    const es = createTranslator({ locale: "es", messages: MESSAGES.es, namespace: "shop.hours" });
    const en = createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "shop.hours" });
    expect(openingHoursIn(week, es)).toEqual([
      { days: "Lun–Vie", hours: "10:00–21:00" },
      { days: "Sáb", hours: "10:00–14:00" },
      { days: "Dom", hours: "Cerrado" },
    ]);
    expect(openingHoursIn(week, en)).toEqual([
      { days: "Mon–Fri", hours: "10:00–21:00" },
      { days: "Sat", hours: "10:00–14:00" },
      { days: "Sun", hours: "Closed" },
    ]);
  });

  it("takes missing days as closed", () => {
    const en = createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "shop.hours" });
    expect(openingHoursIn([open("09:00", "18:00")], en)).toEqual([
      { days: "Mon", hours: "09:00–18:00" },
      { days: "Tue–Sun", hours: "Closed" },
    ]);
  });
});
