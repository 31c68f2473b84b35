import { z } from "zod";

export const SORTS = ["featured", "newest", "price-asc", "price-desc", "name"] as const;
export type ProductSort = (typeof SORTS)[number];

const slug = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9-]+$/, "Use lower-case letters, digits and dashes.");
const facetValue = z.string().trim().min(1).max(40);

export const productFilterInput = z.object({
  category: slug.optional(),
  sizes: z.array(facetValue).max(20).optional(),
  colours: z.array(facetValue).max(20).optional(),
  minPriceMinor: z.number().int().min(0).max(100_000_000).optional(),
  maxPriceMinor: z.number().int().min(0).max(100_000_000).optional(),
  /** Only products with at least one unit available at this location. */
  availableAt: z.uuid().optional(),
  sort: z.enum(SORTS).default("featured"),
});
export type ProductFilter = z.infer<typeof productFilterInput>;

export const catalogListInput = z.object({
  category: slug.optional(),
  /** Opaque cursor from a previous page's nextCursor. */
  cursor: z
    .string()
    .regex(/^\d{1,6}$/, "Invalid cursor.")
    .nullish(),
  limit: z.number().int().min(1).max(100).default(24),
});

export const productInput = z.object({ slug });

export const searchInput = z.object({
  q: z.string().max(100, "Search for at most 100 characters."),
  limit: z.number().int().min(1).max(50).default(20),
  page: z.number().int().min(1).max(1000).default(1),
});

/** The storefront's category page: filters, sort and a page number. */
export const browseInput = productFilterInput.extend({ page: z.number().int().min(1).max(1000).default(1) });
export const facetsInput = z.object({ category: slug.optional() });
export const featuredInput = z.object({ limit: z.number().int().min(1).max(24).default(8) }).default({ limit: 8 });
