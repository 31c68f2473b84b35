import {
  STUDIO_PRODUCT_SORTS,
  STUDIO_PRODUCT_STATUSES,
  type StudioProductSort,
  type StudioProductStatus,
} from "@/server/domain/studio/inputs";

/** The list's filters as the address keeps them (?q=&status=&category=&sort=), so a view can be shared. */
export type ProductFilters = {
  query: string;
  status: StudioProductStatus | null;
  categoryId: string | null;
  sort: StudioProductSort;
};

export const NO_FILTERS: ProductFilters = { query: "", status: null, categoryId: null, sort: "name" };

type Raw = Record<string, string | string[] | undefined>;

function first(raw: Raw, key: string): string {
  const value = raw[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the address asks for; anything unknown or malformed falls back to no filter. */
export function filtersFrom(raw: Raw): ProductFilters {
  const status = first(raw, "status");
  const category = first(raw, "category");
  const sort = first(raw, "sort");
  return {
    query: first(raw, "q").slice(0, 100),
    status: (STUDIO_PRODUCT_STATUSES as readonly string[]).includes(status) ? (status as StudioProductStatus) : null,
    categoryId: UUID.test(category) ? category.toLowerCase() : null,
    sort: (STUDIO_PRODUCT_SORTS as readonly string[]).includes(sort) ? (sort as StudioProductSort) : "name",
  };
}

/** The address's query string for these filters, defaults left out. */
export function searchOf(filters: ProductFilters): string {
  const params = new URLSearchParams();
  if (filters.query.trim()) params.set("q", filters.query.trim());
  if (filters.status) params.set("status", filters.status);
  if (filters.categoryId) params.set("category", filters.categoryId);
  if (filters.sort !== "name") params.set("sort", filters.sort);
  const search = params.toString();
  return search ? `?${search}` : "";
}

export function isFiltered(filters: ProductFilters): boolean {
  return Boolean(filters.query.trim() || filters.status || filters.categoryId);
}
