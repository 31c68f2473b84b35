import { describe, expect, it } from "vitest";
import { groupOpeningHours, todaysHours, type OpeningHours } from "./hours";

const open = (day: number, opens = "10:00", closes = "21:00") => ({ day, opens, closes });

describe("groupOpeningHours", () => {
  it("joins consecutive days with the same hours, Monday first, and names closed days", () => {
    const hours: OpeningHours = [open(0), open(1), open(2), open(3), open(4), open(5), null];
    expect(groupOpeningHours(hours)).toEqual([
      { days: "Mon–Sat", hours: "10:00–21:00" },
      { days: "Sun", hours: "Closed" },
    ]);
  });

  it("names the days in the reader's language", () => {
    const hours: OpeningHours = [open(0), open(1), open(2), open(3), open(4), open(5), null];
    expect(groupOpeningHours(hours, { locale: "es", closed: "Cerrado" })).toEqual([
      { days: "lun–sáb", hours: "10:00–21:00" },
      { days: "dom", hours: "Cerrado" },
    ]);
    expect(groupOpeningHours(hours, { locale: "en" })[0]).toEqual({ days: "Mon–Sat", hours: "10:00–21:00" });
  });

  it("starts a new run when the hours change, even if a later day has the earlier hours again", () => {
    const hours: OpeningHours = [open(0), open(1), open(2), open(3), open(4, "10:00", "22:00"), open(5), null];
    expect(groupOpeningHours(hours)).toEqual([
      { days: "Mon–Thu", hours: "10:00–21:00" },
      { days: "Fri", hours: "10:00–22:00" },
      { days: "Sat", hours: "10:00–21:00" },
      { days: "Sun", hours: "Closed" },
    ]);
  });

  it("counts missing entries as closed, so there are always seven days", () => {
    expect(groupOpeningHours([open(0)])).toEqual([
      { days: "Mon", hours: "10:00–21:00" },
      { days: "Tue–Sun", hours: "Closed" },
    ]);
    expect(groupOpeningHours([])).toEqual([{ days: "Mon–Sun", hours: "Closed" }]);
  });
});

describe("todaysHours", () => {
  const sundayOnly: OpeningHours = [null, null, null, null, null, null, open(6, "11:00", "14:00")];
  const mondayOnly: OpeningHours = [open(0, "09:00", "20:00")];
  // Sunday 1 March 2026, 12:00 UTC: Sunday in Madrid, already Monday in Kiritimati (UTC+14).
  const sundayNoonUtc = new Date("2026-03-01T12:00:00Z");

  it("gives today's hours in the store's own time zone, or null when it is closed today", () => {
    expect(todaysHours(sundayOnly, "Europe/Madrid", sundayNoonUtc)).toBe("11:00–14:00");
    expect(todaysHours(mondayOnly, "Europe/Madrid", sundayNoonUtc)).toBeNull();
    expect(todaysHours(mondayOnly, "Pacific/Kiritimati", sundayNoonUtc)).toBe("09:00–20:00");
  });

  it("falls back to Madrid time for a time zone it does not know", () => {
    // 23:30 UTC on Sunday is 00:30 on Monday in Madrid.
    expect(todaysHours(mondayOnly, "Nowhere/Zone", new Date("2026-03-01T23:30:00Z"))).toBe("09:00–20:00");
  });
});
