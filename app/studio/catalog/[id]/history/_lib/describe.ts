import { formatMoney } from "@/lib/money";
import { formatMadrid } from "@/lib/shop-time";

/** What a history entry says in words: which field of what, and its values as a person reads them. */

const PRODUCT_FIELDS: Record<string, string> = {
  created: "Created",
  name: "Name",
  nameEs: "Name (Spanish)",
  slug: "Page address",
  brand: "Brand",
  categoryId: "Category",
  description: "Description",
  descriptionEs: "Description (Spanish)",
  care: "Composition and care",
  careEs: "Composition and care (Spanish)",
  fit: "Fit and size guide",
  fitEs: "Fit and size guide (Spanish)",
  featured: "Featured",
};

const VARIANT_FIELDS: Record<string, string> = {
  variant: "Variant",
  archived: "Archived",
  colour: "Colour",
  colourHex: "Swatch",
  size: "Size",
  priceMinor: "Price",
  sku: "SKU",
  barcode: "Barcode",
  position: "Position",
};

const PUBLICATION_FIELDS: Record<string, string> = {
  webFrom: "Web: on sale from",
  webUntil: "Web: on sale until",
  storeFrom: "Stores: on sale from",
  storeUntil: "Stores: on sale until",
};

export type Entry = {
  entity: string;
  entityLabel: string;
  field: string;
};

/** "Price · Navy / M", "Name", "Web: on sale from". */
export function fieldLabel(entry: Entry): string {
  if (entry.entity === "variant") {
    const label = VARIANT_FIELDS[entry.field] ?? entry.field;
    return entry.entityLabel ? `${label} · ${entry.entityLabel}` : label;
  }
  if (entry.entity === "publication") return PUBLICATION_FIELDS[entry.field] ?? entry.field;
  if (entry.entity === "image") return `Image · ${entry.field === "alt" ? "alt text" : entry.field}`;
  if (entry.entity === "price_list") return `Price list ${entry.entityLabel} · ${entry.field}`;
  return PRODUCT_FIELDS[entry.field] ?? entry.field;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A stored value in words; `categories` names a category id. Empty values read "empty". */
export function valueText(field: string, value: unknown, categories: ReadonlyMap<string, string>): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (field === "priceMinor" && typeof value === "number") return formatMoney(value);
  if (field === "categoryId" && typeof value === "string") return categories.get(value) ?? "a category since removed";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string" && ISO.test(value)) return formatMadrid(new Date(value));
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    // A variant as a whole (created or deleted): what identifies it and its price.
    if ("sku" in v) {
      const name = [v.colour, v.size].filter(Boolean).join(" / ");
      const price = typeof v.priceMinor === "number" ? formatMoney(v.priceMinor) : null;
      return [name || "One size", v.sku, price].filter(Boolean).join(" · ");
    }
    return Object.entries(v)
      .map(([k, x]) => `${PRODUCT_FIELDS[k] ?? k}: ${valueText(k, x, categories) ?? "empty"}`)
      .join(" · ");
  }
  return String(value);
}
