import { describe, expect, it } from "vitest";
import { landingFor } from "./landing";

describe("where a sign-in lands without a callback", () => {
  it("sends staff to the console, marketers to the studio and everyone else to their account", () => {
    expect(landingFor("staff")).toBe("/staff");
    expect(landingFor("marketer")).toBe("/studio");
    expect(landingFor("admin")).toBe("/account");
    expect(landingFor("customer")).toBe("/account");
    expect(landingFor(undefined)).toBe("/account");
  });
});
