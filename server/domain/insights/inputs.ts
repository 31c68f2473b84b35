import { z } from "zod";

/**
 * Inputs of the insights procedures, safe to import in the browser. Public API: scripts and
 * integrations call `insights.sales` by these names.
 */

/** The longest range one call covers: a year and a bit, so last year and this one compare. */
export const INSIGHTS_MAX_DAYS = 400;

const day = z.iso.date("A day as YYYY-MM-DD.");

export const SALES_CHANNELS = ["web", "store"] as const;

export const salesInput = z
  .object({
    /** Shop days (Europe/Madrid), both included. */
    from: day,
    to: day,
    storeId: z.uuid("That store was not found.").optional(),
    channel: z.enum(SALES_CHANNELS).optional(),
    /** Only the goods of this category (its lines' revenue; no staff split). */
    categoryId: z.uuid("That category was not found.").optional(),
    /** day: a row per day; week: per week from Monday. */
    by: z.enum(["day", "week"]).default("day"),
  })
  .refine((r) => r.from <= r.to, { message: "The range ends before it starts.", path: ["to"] })
  .refine((r) => daysBetween(r.from, r.to) < INSIGHTS_MAX_DAYS, {
    message: `Choose at most ${INSIGHTS_MAX_DAYS} days.`,
    path: ["from"],
  });
export type SalesInput = z.input<typeof salesInput>;
export type SalesQuery = z.output<typeof salesInput>;

/** Days from `from` to `to` (0 for the same day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The same number of days just before the range: what each figure is compared with. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const length = daysBetween(from, to) + 1;
  const shift = (d: string, days: number) =>
    new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return { from: shift(from, -length), to: shift(from, -1) };
}

/** Ready within this of being placed is what the shop promises ("ready in 2 hours"). */
export const PICKUP_PROMISE_MINUTES = 120;

export const clickAndCollectInput = z
  .object({
    from: day,
    to: day,
    /** A store; staff may leave it out (their own) or name their own, no other. */
    storeId: z.uuid("That store was not found.").optional(),
  })
  .refine((r) => r.from <= r.to, { message: "The range ends before it starts.", path: ["to"] })
  .refine((r) => daysBetween(r.from, r.to) < INSIGHTS_MAX_DAYS, {
    message: `Choose at most ${INSIGHTS_MAX_DAYS} days.`,
    path: ["from"],
  });
export type ClickAndCollectQuery = z.output<typeof clickAndCollectInput>;

/** A range of shop days, both included, at most INSIGHTS_MAX_DAYS long. */
export const insightsRangeInput = z
  .object({ from: day, to: day })
  .refine((r) => r.from <= r.to, { message: "The range ends before it starts.", path: ["to"] })
  .refine((r) => daysBetween(r.from, r.to) < INSIGHTS_MAX_DAYS, {
    message: `Choose at most ${INSIGHTS_MAX_DAYS} days.`,
    path: ["from"],
  });
export type InsightsRange = z.output<typeof insightsRangeInput>;

export const customerInsightsInput = z.object({ customerId: z.uuid("That customer was not found.") });

/** A customer who bought on the web only, in store only, or on both, in the range. */
export const CHANNEL_SEGMENTS = ["web", "store", "both"] as const;
export type ChannelSegment = (typeof CHANNEL_SEGMENTS)[number];

/** The device classes the funnel tells apart; unknown: before devices were recorded, and in store. */
export const FUNNEL_DEVICES = ["phone", "tablet", "desktop", "unknown"] as const;
