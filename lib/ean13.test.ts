import { describe, expect, it } from "vitest";
import { ean13CheckDigit, ean13Problem, isEan13, storeEan13 } from "./ean13";

describe("EAN-13", () => {
  it("computes the check digit of real barcodes", () => {
    expect(ean13CheckDigit("400638133393")).toBe(1);
    expect(isEan13("4006381333931")).toBe(true);
    expect(isEan13("5901234123457")).toBe(true);
  });

  it("catches one mistyped digit and two swapped neighbours", () => {
    expect(isEan13("5901234123458")).toBe(false);
    expect(isEan13("5901234213457")).toBe(false);
    expect(ean13Problem("5901234123458")).toMatch(/last digit/);
    expect(ean13Problem("590123412345")).toMatch(/13 digits; this one has 12/);
    expect(ean13Problem("59012341234a7")).toMatch(/digits only/);
    expect(ean13Problem("5901234123457")).toBeNull();
  });

  it("generates valid in-company codes, one per serial", () => {
    const codes = [0, 1, 42, 9_999_999_999].map(storeEan13);
    expect(codes.every(isEan13)).toBe(true);
    expect(codes.every((c) => c.startsWith("20"))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(() => storeEan13(1e10)).toThrow();
  });
});
