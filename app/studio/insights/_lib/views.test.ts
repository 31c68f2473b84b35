import { describe, expect, it } from "vitest";
import { insightsView } from "./views";

describe("the insights view in the address", () => {
  it("opens the view named, and the sales for anything else", () => {
    expect(insightsView("customers")).toBe("customers");
    expect(insightsView("search")).toBe("search");
    expect(insightsView(undefined)).toBe("sales");
    expect(insightsView("orders")).toBe("sales");
    expect(insightsView(["search", "customers"])).toBe("sales");
  });
});
