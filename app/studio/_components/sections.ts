import { ChartColumn, FolderTree, Package, Tag, type LucideIcon } from "lucide-react";

export type StudioSection = { href: `/studio/${string}`; label: string; Icon: LucideIcon };

/**
 * The studio's sections, in sidebar order: only pages that exist.
 */
export const STUDIO_SECTIONS: readonly StudioSection[] = [
  { href: "/studio/catalog", label: "Products", Icon: Package },
  { href: "/studio/categories", label: "Categories", Icon: FolderTree },
  { href: "/studio/prices", label: "Prices", Icon: Tag },
  { href: "/studio/insights", label: "Insights", Icon: ChartColumn },
];
