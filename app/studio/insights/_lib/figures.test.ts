import { describe, expect, it } from "vitest";
import { figureFormats } from "./figures";

const es = figureFormats("es");
const en = figureFormats("en");

describe("the insights' figures in each language", () => {
  it("writes changes as signed shares and rates' changes as points", () => {
    expect(es.signedPercent(0.125)).toBe("+12,5\u00a0%");
    expect(en.signedPercent(-0.125)).toBe("-12.5%");
    expect(es.signedPoints(0.032)).toBe("+3,2");
    expect(en.signedPoints(0)).toBe("0");
    expect(es.shareOf(1, 0)).toBe("—");
  });

  it("names a shop day and a cohort's month the same in every zone", () => {
    expect(es.day("2026-03-01")).toBe("1 mar");
    expect(en.day("2026-03-01")).toBe("1 Mar");
    expect(es.fullDay("2026-12-31")).toBe("31 dic 2026");
    expect(es.month("2026-03")).toBe("mar 2026");
    expect(en.month("2026-03")).toBe("Mar 2026");
  });

  it("gives an instant in Madrid with its zone", () => {
    expect(es.madrid(new Date("2026-12-01T17:47:00Z"))).toBe("1 dic 2026, 18:47 CET");
    expect(en.madrid(new Date("2026-07-01T08:00:00Z"))).toBe("1 Jul 2026, 10:00 CEST");
  });
});
