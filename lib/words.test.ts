import { describe, expect, it } from "vitest";
import { firstName, pluralise, shortStoreName } from "./words";

describe("shortStoreName", () => {
  it("drops the brand in front, whatever its case or spacing, and nothing else", () => {
    expect(shortStoreName("Mostrador Madrid")).toBe("Madrid");
    expect(shortStoreName("mostrador  Barcelona")).toBe("Barcelona");
    expect(shortStoreName("Madrid Mostrador")).toBe("Madrid Mostrador");
  });
});

describe("firstName", () => {
  it("is the first word of the name, trimmed; empty when there is no name", () => {
    expect(firstName("Ana García")).toBe("Ana");
    expect(firstName("  Ana   María García ")).toBe("Ana");
    expect(firstName(null)).toBe("");
    expect(firstName(undefined)).toBe("");
    expect(firstName("   ")).toBe("");
  });
});

describe("pluralise", () => {
  it("says one in the singular and every other count (zero too) in the plural", () => {
    expect(pluralise(1, "minute")).toBe("1 minute");
    expect(pluralise(2, "minute")).toBe("2 minutes");
    expect(pluralise(0, "order")).toBe("0 orders");
  });

  it("takes an irregular plural, and writes large counts with thousands separators", () => {
    expect(pluralise(3, "person", "people")).toBe("3 people");
    expect(pluralise(1, "person", "people")).toBe("1 person");
    expect(pluralise(1234, "order")).toBe("1,234 orders");
  });
});
