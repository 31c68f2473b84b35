import { FIXTURE_LOW_STOCK, FIXTURE_SOLD_OUT_SLUG } from "../fixtures";
import type { StockOverride } from "./types";

const NONE: StockOverride = { madrid: 0, barcelona: 0, valencia: 0, warehouse: 0 };

/** Products with nothing on hand anywhere. */
export const SOLD_OUT_PRODUCT_SLUGS: readonly string[] = [FIXTURE_SOLD_OUT_SLUG];

/** Hand-picked quantities by SKU, so the demo always shows these situations. */
export const STOCK_OVERRIDES: Readonly<Record<string, StockOverride>> = {
  [FIXTURE_LOW_STOCK.sku]: {
    madrid: FIXTURE_LOW_STOCK.madrid,
    barcelona: FIXTURE_LOW_STOCK.barcelona,
    valencia: FIXTURE_LOW_STOCK.valencia,
    warehouse: FIXTURE_LOW_STOCK.warehouse,
  },
  // Sold out everywhere: single sizes and colours of otherwise available products.
  "TOP-ORGTEE-WHT-XS": NONE,
  "SHO-COURT-WHT-42": NONE,
  "DRS-SLIP-CHP-XS": NONE,
  "HOM-MUG-TER": NONE,
  // Nothing left to ship: only a store can sell the last few.
  "JKT-TRENCH-STN-XS": { madrid: 1, barcelona: 0, valencia: 0, warehouse: 0 },
  "ACC-SUNNIES-TOR": { madrid: 0, barcelona: 2, valencia: 1, warehouse: 0 },
  // Scarce in every store but fine online.
  "JKT-OVERCOAT-CAM-M": { madrid: 1, barcelona: 1, valencia: 0, warehouse: 35 },
};

/** FNV-1a: turns a SKU into a stable 32-bit seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: tiny seeded PRNG, so every run produces the same numbers. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Default quantities, derived from the SKU alone so adding a product does not change the
 * others: the warehouse holds 20-120; a store usually 4-12, sometimes 1-3, sometimes none.
 */
export function generatedStock(sku: string): StockOverride {
  const random = prng(hash(sku));
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const store = () => {
    const r = random();
    if (r < 0.14) return 0;
    if (r < 0.32) return between(1, 3);
    return between(4, 12);
  };
  return { madrid: store(), barcelona: store(), valencia: store(), warehouse: between(20, 120) };
}
