/**
 * The demo's scheduled sale: web only, so the storefront and the counter will price these items
 * differently while it runs. Dates are relative to the seed (whole Madrid days), amounts fixed.
 */
export const SEASONAL_SALE = {
  name: "Rebajas de temporada",
  /** Starts at Madrid midnight this many days after the seed, and lasts `days`. */
  startsInDays: 14,
  days: 31,
  percentOff: 20,
  slugs: [
    "acetate-sunglasses",
    "wool-throw-blanket",
    "poplin-shirt-dress",
    "canvas-high-tops",
    "cable-knit-cardigan",
    "linen-shirt",
    "quilted-puffer-jacket",
    "corduroy-trousers",
  ],
} as const;
