import { z } from "zod";
import type { UserRole } from "@/db/schema";
import { ean13Problem } from "@/lib/ean13";

/** Who may work in the studio, pages and procedures alike: marketers, and admins (who may do anything). */
export const STUDIO_ROLES: readonly UserRole[] = ["marketer", "admin"];

const minor = z
  .number()
  .int("Prices are in cents, whole numbers.")
  .min(1, "A price must be at least 1 cent.")
  .max(10_000_000, "That price is too high.");

/**
 * A variant's base price. The struck-through "was" price is never typed: it is derived from the
 * price history (studio.prices.*), so a script still sending `compareAtMinor` is refused, not ignored.
 */
export const setPriceInput = z.object({
  variantId: z.uuid(),
  amountMinor: minor,
  compareAtMinor: z
    .undefined({
      error: "The “was” price is no longer typed: schedule a price list (studio.prices.schedule) and it is derived.",
    })
    .optional(),
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

// The product editor. Limits are generous for real content and small enough that one save stays
// one quick transaction.
export const STUDIO_MAX_VARIANTS = 200;

const text = (max: number, label: string) => z.string().trim().max(max, `${label}: at most ${max} characters.`);
const name = (label: string) => text(120, label);
/** Markdown: formatted text that is stored as typed and rendered without raw HTML. */
const markdown = (max: number, label: string) => z.string().max(max, `${label}: at most ${max} characters.`);

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugInput = z
  .string()
  .trim()
  .min(1, "The address needs at least one letter or digit.")
  .max(80, "The address: at most 80 characters.")
  .regex(SLUG_PATTERN, "The address uses lower-case letters, digits and single hyphens, like merino-jumper.");

export const colourHexInput = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "A swatch is a colour like #1F2A44.");

export const skuInput = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, "A SKU has 2 to 40 letters, digits and hyphens.");

export const barcodeInput = z
  .string()
  .trim()
  .superRefine((code, ctx) => {
    const problem = ean13Problem(code);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** Both languages of a product's words, side by side: English and Spanish. */
export const productContentInput = z.object({
  name: name("The English name").min(1, "Give the product an English name."),
  nameEs: name("The Spanish name"),
  description: markdown(10_000, "The English description"),
  descriptionEs: markdown(10_000, "The Spanish description"),
  care: markdown(4_000, "Composition and care (English)"),
  careEs: markdown(4_000, "Composition and care (Spanish)"),
  fit: markdown(4_000, "Fit and size guide (English)"),
  fitEs: markdown(4_000, "Fit and size guide (Spanish)"),
});

export const studioVariantInput = z.object({
  /** An existing variant of this product; absent for a new one. */
  id: z.uuid().optional(),
  colour: text(40, "A colour name").min(1).nullish(),
  colourHex: colourHexInput.nullish(),
  size: text(20, "A size").min(1).nullish(),
  priceMinor: minor,
  /** Typed, or generated when left out. */
  sku: skuInput.optional(),
  barcode: barcodeInput.optional(),
});
export type StudioVariantInput = z.output<typeof studioVariantInput>;

const variantList = z
  .array(studioVariantInput)
  .min(1, "A product needs at least one variant.")
  .max(STUDIO_MAX_VARIANTS, `A product has at most ${STUDIO_MAX_VARIANTS} variants.`);

export const studioProductIdInput = z.object({ id: z.uuid("That product was not found.") });

/** Public API: creates a draft on no channel, with generated slug, SKUs and barcodes. */
export const studioProductCreateInput = z.object({
  name: name("The name").min(1, "Give the product a name."),
  nameEs: name("The Spanish name").optional(),
  brand: text(60, "The brand").min(1).optional(),
  categoryId: z.uuid("Choose a category."),
  description: markdown(10_000, "The description").optional(),
  variants: variantList,
});
export type StudioProductCreateInput = z.output<typeof studioProductCreateInput>;

/**
 * Public API: changes what is given and leaves the rest. `variants`, when given, is the whole new
 * list: listed ids are updated, new entries created, and missing ones removed (archived when ever
 * ordered). `expectedUpdatedAt` refuses the save if someone else saved since it was read.
 */
export const studioProductUpdateInput = productContentInput.partial().extend({
  id: z.uuid("That product was not found."),
  expectedUpdatedAt: z.coerce.date().optional(),
  slug: slugInput.optional(),
  brand: text(60, "The brand").min(1, "Give the product a brand.").optional(),
  categoryId: z.uuid("Choose a category.").optional(),
  featured: z.boolean().optional(),
  variants: variantList.optional(),
});
export type StudioProductUpdateInput = z.output<typeof studioProductUpdateInput>;

export const STUDIO_CHANNELS = ["web", "store"] as const;

/** Public API: `from` now or past publishes at once, null takes the product off the channel. */
export const publishingSetInput = z.object({
  productId: z.uuid("That product was not found."),
  channel: z.enum(STUDIO_CHANNELS),
  from: z.coerce.date().nullable(),
  until: z.coerce.date().nullish(),
});

export const historyInput = z.object({
  productId: z.uuid("That product was not found."),
  /** The oldest entry id already shown: the next, older page. */
  before: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(200),
});

/** Puts back one field (`entryId`) or a whole change (`changeId`). */
export const revertInput = z.union([
  z.object({ entryId: z.number().int().positive() }),
  z.object({ changeId: z.uuid() }),
]);

export const categoryCreateInput = z.object({
  name: text(60, "The name").min(1, "Give the category a name."),
  description: text(300, "The description").optional(),
});
export type CategoryCreateInput = z.output<typeof categoryCreateInput>;

export const categoryUpdateInput = z.object({
  id: z.uuid("That category was not found."),
  name: text(60, "The name").min(1, "Give the category a name.").optional(),
  description: text(300, "The description").optional(),
});
export type CategoryUpdateInput = z.output<typeof categoryUpdateInput>;

export const categoryReorderInput = z.object({ ids: z.array(z.uuid()).min(1).max(200) });

/** Every product of one category into another: emptying a category, or merging two. */
export const categoryMoveInput = z
  .object({
    from: z.uuid("That category was not found."),
    to: z.uuid("Choose the category to move them to."),
  })
  .refine((m) => m.from !== m.to, { message: "Choose another category to move them to.", path: ["to"] });
export type CategoryMoveInput = z.output<typeof categoryMoveInput>;
