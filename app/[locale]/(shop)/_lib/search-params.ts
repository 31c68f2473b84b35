import { SORTS, type ProductSort } from "@/server/domain/catalog/inputs";

export type RawSearchParams = Record<string, string | string[] | undefined>;

export function allValues(raw: RawSearchParams, key: string): string[] {
  const value = raw[key];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => v.trim()).filter(Boolean);
}

export function firstValue(raw: RawSearchParams, key: string): string | undefined {
  return allValues(raw, key)[0];
}

/** "24", "24.5", "24,50" euros -> minor units; junk, negatives and absurd amounts -> undefined. */
export function parseEuros(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const normalised = value.replace(",", ".");
  if (!/^\d{1,7}(\.\d{0,2})?$/.test(normalised)) return undefined;
  const minor = Math.round(Number.parseFloat(normalised) * 100);
  return Number.isFinite(minor) && minor >= 0 && minor <= 100_000_000 ? minor : undefined;
}

export function parsePage(value: string | undefined): number {
  if (!value || !/^\d{1,6}$/.test(value)) return 1;
  return Math.min(Math.max(Number.parseInt(value, 10), 1), 1000);
}

export function parseSort(value: string | undefined): ProductSort {
  return (SORTS as readonly string[]).includes(value ?? "") ? (value as ProductSort) : "featured";
}

export type CategoryFilters = {
  sizes: string[];
  colours: string[];
  minMinor: number | undefined;
  maxMinor: number | undefined;
  atStore: boolean;
  sort: ProductSort;
  page: number;
};

/**
 * The category page's filters from the URL. Only values the category actually offers are kept,
 * so a hand-edited or stale URL narrows nothing it shouldn't and never fails validation.
 */
export function parseCategoryFilters(
  raw: RawSearchParams,
  offered: { sizes: string[]; colours: string[] },
  hasStore: boolean,
): CategoryFilters {
  const keep = (key: string, allowed: string[]) =>
    [...new Set(allValues(raw, key))].filter((v) => allowed.includes(v)).slice(0, 20);
  let minMinor = parseEuros(firstValue(raw, "min"));
  let maxMinor = parseEuros(firstValue(raw, "max"));
  if (minMinor !== undefined && maxMinor !== undefined && minMinor > maxMinor)
    [minMinor, maxMinor] = [maxMinor, minMinor];
  return {
    sizes: keep("size", offered.sizes),
    colours: keep("colour", offered.colours),
    minMinor,
    maxMinor,
    atStore: hasStore && firstValue(raw, "store") === "1",
    sort: parseSort(firstValue(raw, "sort")),
    page: parsePage(firstValue(raw, "page")),
  };
}

/** The canonical URL for a set of filters (euros in the URL, defaults left out). */
export function categoryHref(slug: string, f: CategoryFilters, overrides: Partial<CategoryFilters> = {}): string {
  const merged = { ...f, ...overrides };
  const params = new URLSearchParams();
  for (const s of merged.sizes) params.append("size", s);
  for (const c of merged.colours) params.append("colour", c);
  if (merged.minMinor !== undefined) params.set("min", euros(merged.minMinor));
  if (merged.maxMinor !== undefined) params.set("max", euros(merged.maxMinor));
  if (merged.atStore) params.set("store", "1");
  if (merged.sort !== "featured") params.set("sort", merged.sort);
  if (merged.page > 1) params.set("page", String(merged.page));
  const query = params.toString();
  return query ? `/c/${slug}?${query}` : `/c/${slug}`;
}

/** 2450 -> "24.5"; 2000 -> "20". */
export function euros(minor: number): string {
  return (minor / 100).toFixed(2).replace(/\.?0+$/, "");
}

export function activeFilterCount(f: CategoryFilters): number {
  return (
    f.sizes.length +
    f.colours.length +
    (f.minMinor !== undefined ? 1 : 0) +
    (f.maxMinor !== undefined ? 1 : 0) +
    (f.atStore ? 1 : 0)
  );
}
