import { colourSlug, COLOURS, type ColourName } from "./colours";
import { ACCESSORIES, HOME } from "./products-accessories-home";
import { DRESSES, SHOES } from "./products-dresses-shoes";
import { KNITWEAR, TOPS } from "./products-knitwear-tops";
import { OUTERWEAR, TROUSERS } from "./products-outerwear-trousers";
import type { ProductSeed } from "./types";

/** Every product, grouped by category in menu order; drafts included. */
export const PRODUCTS: readonly ProductSeed[] = [
  ...KNITWEAR,
  ...TOPS,
  ...OUTERWEAR,
  ...TROUSERS,
  ...DRESSES,
  ...SHOES,
  ...ACCESSORIES,
  ...HOME,
];

/** KNT + MERINO + Navy + M -> KNT-MERINO-NAV-M; absent parts are left out. */
export function skuFor(
  skuPrefix: string,
  product: ProductSeed,
  colour: ColourName | null,
  size: string | null,
): string {
  const parts = [skuPrefix, product.code, colour ? COLOURS[colour].code : null, size];
  return parts
    .filter((p): p is string => !!p)
    .join("-")
    .toUpperCase();
}

export type ProductImageSeed = {
  /** File name inside public/products. */
  file: string;
  alt: string;
  /** The colour the image shows; null for products without a colour choice. */
  colour: ColourName | null;
};

/** One image per colour (or one for the product), in colour order. */
export function productImages(product: ProductSeed): ProductImageSeed[] {
  // "Merino Wool Jumper" -> "Merino wool jumper", so alt text reads as a sentence.
  const label = product.name.charAt(0) + product.name.slice(1).toLowerCase();
  if (product.colours.length === 0) return [{ file: `${product.slug}.svg`, alt: label, colour: null }];
  return product.colours.map((colour) => ({
    file: `${product.slug}-${colourSlug(colour)}.svg`,
    alt: `${label} in ${colour.toLowerCase()}`,
    colour,
  }));
}
