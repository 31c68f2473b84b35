import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

/** Shapes the storefront receives from the API (type-only: nothing server-side is bundled). */
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export type ProductCardData = RouterOutputs["catalog"]["featured"][number];
export type ProductDetailData = RouterOutputs["catalog"]["product"];
export type VariantData = ProductDetailData["variants"][number];
export type CategoryData = RouterOutputs["catalog"]["categories"][number];
export type FacetsData = RouterOutputs["catalog"]["facets"];
export type LocationData = RouterOutputs["locations"]["list"][number];
