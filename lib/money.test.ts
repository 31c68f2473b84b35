import { describe, expect, it } from "vitest";
import { eurosForInput, formatMoney, formatMoneyShort, parseEuros } from "./money";

// Spanish formatting puts a no-break space before the sign, so a price never wraps apart.
const NBSP = "\u00a0";

describe("formatMoney", () => {
  it("shows minor units as euros the Spanish way: comma for cents, point for thousands, € after", () => {
    expect(formatMoney(4995)).toBe(`49,95${NBSP}€`);
    expect(formatMoney(5)).toBe(`0,05${NBSP}€`);
    expect(formatMoney(0)).toBe(`0,00${NBSP}€`);
    expect(formatMoney(12_345_678)).toBe(`123.456,78${NBSP}€`);
  });

  it("groups thousands only from five digits, as Spanish style does", () => {
    expect(formatMoney(123_456)).toBe(`1234,56${NBSP}€`);
  });

  it("keeps the cents of a whole amount and the sign of a refund", () => {
    expect(formatMoney(5000)).toBe(`50,00${NBSP}€`);
    expect(formatMoney(-500)).toBe(`-5,00${NBSP}€`);
  });

  it("names another currency when given one", () => {
    expect(formatMoney(4995, "USD")).toBe(`49,95${NBSP}US$`);
  });
});

describe("formatMoneyShort", () => {
  it("drops the cents of a whole amount only", () => {
    expect(formatMoneyShort(5000)).toBe(`50${NBSP}€`);
    expect(formatMoneyShort(0)).toBe(`0${NBSP}€`);
    expect(formatMoneyShort(4995)).toBe(`49,95${NBSP}€`);
  });

  it("does not leak one style into the other (the formatters are cached per style)", () => {
    expect(formatMoneyShort(5000)).toBe(`50${NBSP}€`);
    expect(formatMoney(5000)).toBe(`50,00${NBSP}€`);
    expect(formatMoneyShort(5050)).toBe(`50,50${NBSP}€`);
  });
});

describe("prices as typed", () => {
  it("reads euros written the Spanish or the English way", () => {
    expect(parseEuros("49,90")).toBe(4990);
    expect(parseEuros("49.90")).toBe(4990);
    expect(parseEuros("1.299,00")).toBe(129900);
    expect(parseEuros("1,299.00")).toBe(129900);
    expect(parseEuros("1.299")).toBe(129900);
    expect(parseEuros("€ 12")).toBe(1200);
    expect(parseEuros("0,5")).toBe(50);
  });

  it("refuses what is not a price", () => {
    for (const bad of ["", "abc", "-5", "4,999", "12,3,4", "1e3"]) expect(parseEuros(bad), bad).toBeNull();
  });

  it("writes cents back for editing", () => {
    expect(eurosForInput(4990)).toBe("49,90");
    expect(parseEuros(eurosForInput(123456))).toBe(123456);
  });
});
