import { describe, expect, it } from "vitest";
import { filtersFrom, NO_FILTERS, searchOf } from "./filters";

const id = "0b6f5f7e-2f1c-4c2a-9d3e-1a2b3c4d5e6f";

describe("the product list's address", () => {
  it("reads what it wrote", () => {
    const filters = {
      query: "merino",
      status: "scheduled",
      categoryId: id,
      channel: "web",
      stock: "out",
      sort: "updated",
    } as const;
    expect(filtersFrom(Object.fromEntries(new URLSearchParams(searchOf(filters))))).toEqual(filters);
    expect(searchOf(NO_FILTERS)).toBe("");
  });

  it("falls back to no filter for anything it does not know", () => {
    expect(
      filtersFrom({
        status: "archived",
        category: "knitwear",
        channel: "phone",
        stock: "some",
        sort: "price",
        q: "x".repeat(300),
      }),
    ).toEqual({
      ...NO_FILTERS,
      query: "x".repeat(100),
    });
    expect(filtersFrom({ q: ["  jumper ", "other"] }).query).toBe("jumper");
  });
});
