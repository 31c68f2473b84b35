import { describe, expect, it } from "vitest";
import { change, fillPeriods, presetRange, weekStart } from "./range";

// 23:30 UTC on 31 March 2026 is already 1 April in Madrid (CEST, UTC+2).
const lateNight = new Date("2026-03-31T23:30:00Z");

describe("insights ranges", () => {
  it("count days back from today in Madrid, today included", () => {
    expect(presetRange("7d", lateNight)).toEqual({ from: "2026-03-26", to: "2026-04-01" });
    expect(presetRange("this-month", lateNight)).toEqual({ from: "2026-04-01", to: "2026-04-01" });
    expect(presetRange("last-month", lateNight)).toEqual({ from: "2026-03-01", to: "2026-03-31" });
    expect(presetRange("this-year", lateNight)).toEqual({ from: "2026-01-01", to: "2026-04-01" });
    expect(presetRange("last-month", new Date("2026-01-15T12:00:00Z"))).toEqual({
      from: "2025-12-01",
      to: "2025-12-31",
    });
  });

  it("says how much a figure changed, and nothing when there was none before", () => {
    expect(change(120, 100)).toBeCloseTo(0.2);
    expect(change(50, 100)).toBeCloseTo(-0.5);
    expect(change(10, 0)).toBeNull();
  });
});

describe("the chart's periods", () => {
  const empty = { orders: 0 };
  it("has every day of the range, zero where nothing sold", () => {
    expect(
      fillPeriods([{ start: "2026-03-02", orders: 4 }], { from: "2026-03-01", to: "2026-03-03" }, "day", empty),
    ).toEqual([
      { start: "2026-03-01", orders: 0 },
      { start: "2026-03-02", orders: 4 },
      { start: "2026-03-03", orders: 0 },
    ]);
  });

  it("has every week from the Monday of the first day", () => {
    // 1 March 2026 is a Sunday: its week starts on 23 February.
    expect(weekStart("2026-03-01")).toBe("2026-02-23");
    expect(
      fillPeriods([{ start: "2026-03-02", orders: 9 }], { from: "2026-03-01", to: "2026-03-10" }, "week", empty).map(
        (p) => [p.start, p.orders],
      ),
    ).toEqual([
      ["2026-02-23", 0],
      ["2026-03-02", 9],
      ["2026-03-09", 0],
    ]);
  });
});
