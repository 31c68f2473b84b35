import type { category, NewLocation, NewProduct, NewUser } from "../../schema";
import type { CategorySlug, LocationKey } from "../fixtures";
import type { ColourName } from "./colours";

/** A location row as written by the seed (ids and timestamps come from the database). */
export type LocationSeed = Omit<NewLocation, "id" | "createdAt"> & { key: LocationKey };

export type CategorySeed = Required<Pick<typeof category.$inferInsert, "name" | "description">> & {
  slug: CategorySlug;
  /** First part of every SKU in the category, e.g. KNT. */
  skuPrefix: string;
};

/** Which template scripts/product-images/ draws for a product. */
export type Illustration =
  | "jumper"
  | "rollneck"
  | "vneck"
  | "zipneck"
  | "cardigan"
  | "knit-vest"
  | "tshirt"
  | "stripe-tee"
  | "pocket-tee"
  | "henley"
  | "shirt"
  | "polo"
  | "tank"
  | "hoodie"
  | "overcoat"
  | "trench"
  | "puffer"
  | "jacket"
  | "bomber"
  | "rain-jacket"
  | "overshirt"
  | "trousers"
  | "wide-trousers"
  | "jeans"
  | "joggers"
  | "shorts"
  | "dress"
  | "slip-dress"
  | "knit-dress"
  | "wrap-dress"
  | "tiered-dress"
  | "skirt"
  | "pleated-skirt"
  | "mini-skirt"
  | "trainer"
  | "high-top"
  | "chelsea-boot"
  | "hiking-boot"
  | "loafer"
  | "sandal"
  | "ballet-flat"
  | "tote"
  | "crossbody"
  | "backpack"
  | "cap"
  | "beanie"
  | "scarf"
  | "socks"
  | "belt"
  | "sunglasses"
  | "cardholder"
  | "mug"
  | "candle"
  | "cushion"
  | "throw"
  | "lamp"
  | "notebook"
  | "vase"
  | "plates"
  | "towel";

export type ProductSeed = Required<Pick<NewProduct, "slug" | "name" | "brand" | "description">> & {
  category: CategorySlug;
  /** Middle part of every SKU, e.g. MERINO in KNT-MERINO-NAV-M. */
  code: string;
  /** Defaults to published: on the web and in the stores since it was created. A draft is on neither. */
  status?: "draft" | "published";
  featured?: boolean;
  /** In display order; empty = one size. */
  sizes: readonly string[];
  /** Empty = sold without a colour choice. */
  colours: readonly ColourName[];
  priceMinor: number;
  illustration: Illustration;
  /** Colour to draw products that have no colour choice. */
  tint?: string;
};

export type UserSeed = Required<Pick<NewUser, "email" | "name" | "role">> &
  Pick<NewUser, "phone"> & {
    staffLocation?: LocationKey;
    preferredLocation?: LocationKey;
  };

/** On-hand quantities for one variant at every location. */
export type StockOverride = Record<LocationKey, number>;
