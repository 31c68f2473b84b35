import { describe, expect, it } from "vitest";
import { duration } from "./duration";

describe("how long an order waited", () => {
  it("reads in minutes, hours or days", () => {
    expect(duration(45)).toBe("45 min");
    expect(duration(120)).toBe("2 h");
    expect(duration(130)).toBe("2 h 10 min");
    expect(duration(3 * 24 * 60 + 4 * 60)).toBe("3 d 4 h");
    expect(duration(null)).toBe("—");
  });
});
