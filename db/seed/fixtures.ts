/**
 * Facts about the demo data that tests rely on. The seed data imports these, so a test and
 * the data it checks cannot drift apart. No imports: safe to load from any test runner.
 */

export const DEMO_PASSWORD = "mostrador-demo";

export const DEMO_ACCOUNTS = {
  /** Customer whose preferred store is Madrid. */
  customer: "ana@mostrador.dev",
  /** Customer with no preferred store. */
  customerNoStore: "ben@mostrador.dev",
  staffMadrid: "staff.madrid@mostrador.dev",
  staffBarcelona: "staff.barcelona@mostrador.dev",
  marketer: "marketing@mostrador.dev",
  admin: "admin@mostrador.dev",
} as const;

export const LOCATION_SLUGS = {
  madrid: "madrid",
  barcelona: "barcelona",
  valencia: "valencia",
  warehouse: "almacen-central",
} as const;
export type LocationKey = keyof typeof LOCATION_SLUGS;

export const LOCATION_CODES = {
  madrid: "MAD",
  barcelona: "BCN",
  valencia: "VLC",
  warehouse: "WH",
} as const satisfies Record<LocationKey, string>;

export const CATEGORY_SLUGS = [
  "knitwear",
  "t-shirts-tops",
  "jackets-coats",
  "trousers-jeans",
  "dresses-skirts",
  "shoes",
  "bags-accessories",
  "home",
] as const;
export type CategorySlug = (typeof CATEGORY_SLUGS)[number];

/** Published products only; drafts come on top of this. */
export const MIN_PUBLISHED_PRODUCTS = 64;

export const FIXTURE_PRODUCT = {
  slug: "merino-wool-jumper",
  name: "Merino Wool Jumper",
  categorySlug: "knitwear",
} as const satisfies { slug: string; name: string; categorySlug: CategorySlug };

/** Navy, size M of the fixture product: scarce in Madrid, none in Barcelona. */
export const FIXTURE_LOW_STOCK_SKU = "KNT-MERINO-NAV-M";

export const FIXTURE_LOW_STOCK = {
  sku: FIXTURE_LOW_STOCK_SKU,
  madrid: 2,
  barcelona: 0,
  valencia: 5,
  warehouse: 40,
} as const satisfies { sku: string } & Record<LocationKey, number>;

/** Published, but every variant is 0 on hand everywhere, warehouse included. */
export const FIXTURE_SOLD_OUT_SLUG = "shearling-aviator-jacket";
