import {
  STUDIO_CHANNEL_FILTERS,
  STUDIO_PRODUCT_SORTS,
  STUDIO_PRODUCT_STATUSES,
  STUDIO_STOCK_FILTERS,
  type StudioChannelFilter,
  type StudioProductSort,
  type StudioProductStatus,
  type StudioStockFilter,
} from "@/server/domain/studio/inputs";

/**
 * The list's filters as the address keeps them (?q=&status=&category=&channel=&stock=&sort=), so
 * a view can be shared.
 */
export type ProductFilters = {
  query: string;
  status: StudioProductStatus | null;
  categoryId: string | null;
  channel: StudioChannelFilter | null;
  stock: StudioStockFilter | null;
  sort: StudioProductSort;
};

export const NO_FILTERS: ProductFilters = {
  query: "",
  status: null,
  categoryId: null,
  channel: null,
  stock: null,
  sort: "name",
};

const oneOf = <T extends string>(values: readonly T[], value: string): T | null =>
  (values as readonly string[]).includes(value) ? (value as T) : null;

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
  return {
    query: first(raw, "q").slice(0, 100),
    status: oneOf(STUDIO_PRODUCT_STATUSES, status),
    categoryId: UUID.test(category) ? category.toLowerCase() : null,
    channel: oneOf(STUDIO_CHANNEL_FILTERS, first(raw, "channel")),
    stock: oneOf(STUDIO_STOCK_FILTERS, first(raw, "stock")),
    sort: oneOf(STUDIO_PRODUCT_SORTS, first(raw, "sort")) ?? "name",
  };
}

/** The address's query string for these filters, defaults left out. */
export function searchOf(filters: ProductFilters): string {
  const params = new URLSearchParams();
  if (filters.query.trim()) params.set("q", filters.query.trim());
  if (filters.status) params.set("status", filters.status);
  if (filters.categoryId) params.set("category", filters.categoryId);
  if (filters.channel) params.set("channel", filters.channel);
  if (filters.stock) params.set("stock", filters.stock);
  if (filters.sort !== "name") params.set("sort", filters.sort);
  const search = params.toString();
  return search ? `?${search}` : "";
}

export function isFiltered(filters: ProductFilters): boolean {
  return Boolean(filters.query.trim() || filters.status || filters.categoryId || filters.channel || filters.stock);
}
