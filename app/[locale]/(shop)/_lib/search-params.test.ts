import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  allValues,
  categoryHref,
  euros,
  parseCategoryFilters,
  parseEuros,
  parsePage,
  parseSort,
} from "./search-params";

describe("prices typed into the URL", () => {
  it("read euros with a point or a Spanish comma, as minor units", () => {
    expect(parseEuros("24")).toBe(2400);
    expect(parseEuros("24.5")).toBe(2450);
    expect(parseEuros("24,50")).toBe(2450);
    expect(parseEuros("0")).toBe(0);
  });

  it("ignore junk, negatives, fractions of a cent and absurd amounts", () => {
    for (const junk of ["", "abc", "-1", "24.505", "1e3", "99999999", "1234567.99", undefined])
      expect(parseEuros(junk)).toBeUndefined();
  });

  it("are written back in the short form", () => {
    expect(euros(2450)).toBe("24.5");
    expect(euros(2000)).toBe("20");
    expect(euros(5)).toBe("0.05");
  });
});

describe("page and sort", () => {
  it("a page is a number from 1 to 1000; anything else is the first page", () => {
    expect(parsePage("3")).toBe(3);
    expect(parsePage("99999")).toBe(1000);
    for (const bad of ["0", "abc", "-2", "1000000", undefined]) expect(parsePage(bad)).toBe(1);
  });

  it("an unknown sort is the default one", () => {
    expect(parseSort("price-asc")).toBe("price-asc");
    expect(parseSort("bogus")).toBe("featured");
    expect(parseSort(undefined)).toBe("featured");
  });
});

describe("a category page's filters", () => {
  const offered = { sizes: ["S", "M"], colours: ["Navy", "Grey"] };

  it("keep only sizes and colours the category offers, once each, trimmed", () => {
    const f = parseCategoryFilters({ size: ["M", "XXL", "M"], colour: " Navy " }, offered, true);
    expect(f).toMatchObject({ sizes: ["M"], colours: ["Navy"] });
    expect(allValues({ q: ["  ", " a "] }, "q")).toEqual(["a"]);
  });

  it("swap a minimum above the maximum, and take 'at my store' only when a store is chosen", () => {
    const raw = { min: "50", max: "20", store: "1" };
    expect(parseCategoryFilters(raw, offered, true)).toMatchObject({ minMinor: 2000, maxMinor: 5000, atStore: true });
    expect(parseCategoryFilters(raw, offered, false)).toMatchObject({ atStore: false });
  });

  it("round-trip through the canonical URL, defaults left out", () => {
    const f = parseCategoryFilters(
      { size: "M", colour: "Navy", min: "20", max: "49,5", sort: "newest", page: "3" },
      offered,
      false,
    );
    const href = categoryHref("knitwear", f);
    expect(href).toBe("/c/knitwear?size=M&colour=Navy&min=20&max=49.5&sort=newest&page=3");
    const back = parseCategoryFilters(Object.fromEntries(new URL(href, "http://shop").searchParams), offered, false);
    expect(back).toEqual(f);
    expect(
      categoryHref("knitwear", f, {
        page: 1,
        sort: "featured",
        sizes: [],
        colours: [],
        minMinor: undefined,
        maxMinor: undefined,
      }),
    ).toBe("/c/knitwear");
  });

  it("count the filters a shopper has set (sort and page are not filters)", () => {
    const f = parseCategoryFilters(
      { size: ["S", "M"], colour: "Grey", min: "10", store: "1", sort: "name", page: "2" },
      offered,
      true,
    );
    expect(activeFilterCount(f)).toBe(5);
    expect(activeFilterCount(parseCategoryFilters({}, offered, true))).toBe(0);
  });
});
