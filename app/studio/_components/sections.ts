import { ChartColumn, FolderTree, Package, Tag, type LucideIcon } from "lucide-react";

/** A section's name is studio.nav.<key> in the messages. */
export type StudioSection = {
  href: `/studio/${string}`;
  key: "catalog" | "categories" | "prices" | "insights";
  Icon: LucideIcon;
};

/**
 * The studio's sections, in sidebar order: only pages that exist.
 */
export const STUDIO_SECTIONS: readonly StudioSection[] = [
  { href: "/studio/catalog", key: "catalog", Icon: Package },
  { href: "/studio/categories", key: "categories", Icon: FolderTree },
  { href: "/studio/prices", key: "prices", Icon: Tag },
  { href: "/studio/insights", key: "insights", Icon: ChartColumn },
];
