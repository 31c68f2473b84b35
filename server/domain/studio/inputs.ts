import { z } from "zod";
import type { UserRole } from "@/db/schema";

/** Who may work in the studio, pages and procedures alike: marketers, and admins (who may do anything). */
export const STUDIO_ROLES: readonly UserRole[] = ["marketer", "admin"];

const minor = z
  .number()
  .int("Prices are in cents, whole numbers.")
  .min(1, "A price must be at least 1 cent.")
  .max(10_000_000, "That price is too high.");

export const setPriceInput = z.object({
  variantId: z.uuid(),
  amountMinor: minor,
  compareAtMinor: minor.nullable().default(null),
});

/**
 * The studio's inputs, safe to import in the browser (the list's filters are typed from these).
 * `studio.products.list` is public API: scripts and integrations call it by these names.
 */

/** published: on sale on a channel now; scheduled: a window opens later; draft: neither. */
export const STUDIO_PRODUCT_STATUSES = ["draft", "scheduled", "published"] as const;
export type StudioProductStatus = (typeof STUDIO_PRODUCT_STATUSES)[number];

/** On sale now on the web, in the stores, or on no channel. */
export const STUDIO_CHANNEL_FILTERS = ["web", "store", "none"] as const;
export type StudioChannelFilter = (typeof STUDIO_CHANNEL_FILTERS)[number];

export const STUDIO_STOCK_FILTERS = ["in", "out"] as const;
export type StudioStockFilter = (typeof STUDIO_STOCK_FILTERS)[number];

/** name: A to Z; updated: most recently changed first. */
export const STUDIO_PRODUCT_SORTS = ["name", "updated"] as const;
export type StudioProductSort = (typeof STUDIO_PRODUCT_SORTS)[number];

export const STUDIO_LIST_MAX = 200;

export const studioProductListInput = z.object({
  query: z.string().trim().max(100, "Search for at most 100 characters.").optional(),
  status: z.enum(STUDIO_PRODUCT_STATUSES).optional(),
  categoryId: z.uuid("Choose a category from the list.").optional(),
  channel: z.enum(STUDIO_CHANNEL_FILTERS).optional(),
  stock: z.enum(STUDIO_STOCK_FILTERS).optional(),
  sort: z.enum(STUDIO_PRODUCT_SORTS).default("name"),
  /** Opaque: the previous page's nextCursor, for the same filters and sort. */
  cursor: z.string().max(400, "Invalid cursor.").nullish(),
  limit: z.number().int().min(1).max(STUDIO_LIST_MAX).default(50),
});
export type StudioProductListInput = z.input<typeof studioProductListInput>;
export type StudioProductListQuery = z.output<typeof studioProductListInput>;
