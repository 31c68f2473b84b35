import { z } from "zod";

/**
 * Inputs of the studio's price lists, safe to import in the browser. `studio.prices.schedule` is
 * public API: scripts and integrations call it with these names.
 */

export const PRICE_CHANNELS = ["web", "store"] as const;
export type PriceChannel = (typeof PRICE_CHANNELS)[number];

/** Scheduled: starts later; active: in force now; ended: past its end; cancelled: stopped by hand. */
export const PRICE_LIST_STATES = ["scheduled", "active", "ended", "cancelled"] as const;
export type PriceListState = (typeof PRICE_LIST_STATES)[number];

/** Most variants one list may price: a whole category of a big catalog, in one transaction. */
export const PRICE_LIST_MAX_ITEMS = 5_000;

const amount = z
  .number()
  .int("Prices are in cents, whole numbers.")
  .min(0, "A price cannot be negative.")
  .max(10_000_000, "That price is too high.");

const ids = (max: number) => z.array(z.uuid("That item was not found.")).max(max).optional();

/**
 * Prices by rule: a percentage or an amount off the base price, for a category and/or a
 * selection of products or variants. Typed `prices` for the same variant win over the rule.
 */
export const priceRuleInput = z
  .object({
    percentOff: z.number().int("Whole percentages only.").min(1).max(90, "At most 90% off.").optional(),
    amountOffMinor: amount.min(1, "Take at least 1 cent off.").optional(),
    categoryId: z.uuid("That category was not found.").optional(),
    productIds: ids(1_000),
    variantIds: ids(PRICE_LIST_MAX_ITEMS),
  })
  .refine((r) => (r.percentOff === undefined) !== (r.amountOffMinor === undefined), {
    message: "Choose a percentage or an amount off, not both.",
  })
  .refine((r) => r.categoryId || r.productIds?.length || r.variantIds?.length, {
    message: "Choose a category, products or variants for the rule.",
  });

const priceListFields = {
  name: z.string().trim().min(1, "Give the price list a name.").max(120, "Keep the name under 120 characters."),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  channels: z
    .array(z.enum(PRICE_CHANNELS))
    .min(1, "Choose the web, the stores or both.")
    .max(2)
    .transform((c) => [...new Set(c)]),
  prices: z
    .array(z.object({ variantId: z.uuid("That variant was not found."), amountMinor: amount }))
    .max(PRICE_LIST_MAX_ITEMS)
    .default([]),
  rule: priceRuleInput.optional(),
};

const somePrices = (i: { prices: unknown[]; rule?: unknown }) => i.prices.length > 0 || i.rule !== undefined;
const pricesMessage = { message: "Choose the items and their prices.", path: ["prices"] };

export const pricesScheduleInput = z.object(priceListFields).refine(somePrices, pricesMessage);
export type PricesScheduleInput = z.input<typeof pricesScheduleInput>;
export type PriceListDraft = z.output<typeof pricesScheduleInput>;

/** The same as scheduling, before there is a name: what would show, and what would mislead. */
export const pricesPreviewInput = z
  .object({ ...priceListFields, name: priceListFields.name.optional() })
  .refine(somePrices, pricesMessage);

export const priceListIdInput = z.object({ id: z.uuid("That price list was not found.") });
