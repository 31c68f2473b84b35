import { describe, expect, it } from "vitest";
import { formatMadrid, fromMadridWallClock, madridOffsetMinutes, madridWallClock, toMadridInput } from "./shop-time";

describe("the shop's clock (Europe/Madrid)", () => {
  it("reads instants as Madrid's wall clock in winter and in summer", () => {
    expect(madridWallClock(new Date("2026-12-02T09:00:00Z"))).toBe("2026-12-02T10:00:00");
    expect(madridWallClock(new Date("2026-07-15T09:00:00Z"))).toBe("2026-07-15T11:00:00");
    expect(madridOffsetMinutes(new Date("2026-12-02T09:00:00Z"))).toBe(60);
    expect(madridOffsetMinutes(new Date("2026-07-15T09:00:00Z"))).toBe(120);
    expect(toMadridInput(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01T00:30");
  });

  it("turns a typed Madrid time into the instant it names, both sides of a clock change", () => {
    expect(fromMadridWallClock("2026-12-02T10:00")?.toISOString()).toBe("2026-12-02T09:00:00.000Z");
    expect(fromMadridWallClock("2026-07-15T11:00:30")?.toISOString()).toBe("2026-07-15T09:00:30.000Z");
    // 29 March 2026: 02:00 CET jumps to 03:00 CEST.
    expect(fromMadridWallClock("2026-03-29T01:59")?.toISOString()).toBe("2026-03-29T00:59:00.000Z");
    expect(fromMadridWallClock("2026-03-29T03:00")?.toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(fromMadridWallClock("2026-03-29T02:30")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    // 25 October 2026: 03:00 CEST falls back to 02:00 CET, so 02:30 happens twice; the first is taken.
    expect(fromMadridWallClock("2026-10-25T02:30")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("round-trips every half hour of a year", () => {
    for (let t = Date.parse("2026-01-01T00:00:00Z"); t < Date.parse("2027-01-01T00:00:00Z"); t += 30 * 60_000) {
      const at = new Date(t);
      const back = fromMadridWallClock(madridWallClock(at))!;
      // Only the repeated October hour may map to its first occurrence.
      if (back.getTime() !== t) expect(t - back.getTime()).toBe(3_600_000);
    }
  });

  it("refuses what is not a date and time", () => {
    expect(fromMadridWallClock("2026-02-30T10:00")).toBeNull();
    expect(fromMadridWallClock("tomorrow")).toBeNull();
    expect(fromMadridWallClock("2026-12-02 10:00")).toBeNull();
  });

  it("writes dates with their zone", () => {
    expect(formatMadrid(new Date("2026-12-02T09:00:00Z"))).toBe("2 Dec 2026, 10:00 CET");
    expect(formatMadrid(new Date("2026-07-15T09:00:05Z"), { seconds: true })).toBe("15 Jul 2026, 11:00:05 CEST");
  });
});
