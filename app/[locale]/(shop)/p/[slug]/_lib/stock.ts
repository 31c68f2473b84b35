import type { VariantData } from "@/app/_lib/types";

/** At or under this many, a store's stock reads "Only n left". */
export const LOW_STOCK = 3;

export function stockAt(variant: VariantData, locationId: string): number {
  return variant.availability.find((a) => a.locationId === locationId)?.available ?? 0;
}

export function totalStock(variant: VariantData): number {
  return variant.availability.reduce((sum, a) => sum + a.available, 0);
}

/** An order ships from one place, so the most one can buy is the most any one place has. */
export function mostAnywhere(variant: VariantData): number {
  return Math.max(0, ...variant.availability.map((a) => a.available));
}
