import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatPercent, formatRelative, formatTime } from "./format";

const evening = new Date("2026-12-01T17:47:00Z"); // 18:47 in Madrid (CET)

describe("dates as each language writes them, in the store's zone", () => {
  it("writes day, month and a 24-hour time in Spanish and British English", () => {
    expect(formatDateTime(evening, "es")).toBe("1 dic 2026, 18:47");
    expect(formatDateTime(evening, "en")).toBe("1 Dec 2026, 18:47");
    expect(formatDate(evening, "es")).toBe("1 dic 2026");
  });

  it("uses the store's zone, not the machine's: the Canary Islands are an hour behind", () => {
    expect(formatTime(evening, "es", { timeZone: "Atlantic/Canary" })).toBe("17:47");
    expect(formatTime(evening, "en")).toBe("18:47");
  });

  it("says relative times in the reader's language", () => {
    const now = evening.getTime();
    expect(formatRelative(new Date(now - 5 * 60_000), now, "es")).toBe("hace 5 minutos");
    expect(formatRelative(new Date(now - 5 * 60_000), now, "en")).toBe("5 minutes ago");
    expect(formatRelative(new Date(now + 2 * 3600_000), now, "es")).toBe("dentro de 2 horas");
  });

  it("groups digits and writes percentages per language", () => {
    expect(formatNumber(12345, "es")).toBe("12.345");
    expect(formatNumber(12345, "en")).toBe("12,345");
    expect(formatPercent(0.125, "es")).toBe("12,5\u00a0%");
    expect(formatPercent(0.125, "en")).toBe("12.5%");
  });
});
