import type { Locale } from "@/i18n/locales";
import { formatMoney } from "@/lib/money";
import type { Translate } from "@/app/studio/_lib/translate";
import { madridTime } from "@/app/studio/_lib/when";

/** What a history entry says in words: which field of what, and its values as a person reads them. */

type T = Translate<"studio.editor.history.describe">;

// The fields each kind of entry records, named in studio.editor.history.describe.<kind>.<field>.
const PRODUCT_FIELDS = [
  "created",
  "name",
  "nameEs",
  "slug",
  "brand",
  "categoryId",
  "description",
  "descriptionEs",
  "care",
  "careEs",
  "fit",
  "fitEs",
  "featured",
] as const;
const VARIANT_FIELDS = [
  "variant",
  "archived",
  "colour",
  "colourHex",
  "size",
  "priceMinor",
  "sku",
  "barcode",
  "position",
] as const;
const PUBLICATION_FIELDS = ["webFrom", "webUntil", "storeFrom", "storeUntil"] as const;
const IMAGE_FIELDS = ["alt", "altEs", "colour", "position", "added", "removed"] as const;
const PRICE_LIST_FIELDS = ["price", "scheduled", "cancelledAt"] as const;

const oneOf = <F extends string>(fields: readonly F[], field: string): field is F =>
  (fields as readonly string[]).includes(field);

export type Entry = {
  entity: string;
  entityLabel: string;
  field: string;
};

/** "Price · Navy / M", "Name", "Web: on sale from". */
export function fieldLabel(entry: Entry, t: T): string {
  const { entity, entityLabel, field } = entry;
  if (entity === "variant") {
    const label = oneOf(VARIANT_FIELDS, field) ? t(`variant.${field}`) : field;
    return entityLabel ? t("ofVariant", { field: label, variant: entityLabel }) : label;
  }
  if (entity === "publication") return oneOf(PUBLICATION_FIELDS, field) ? t(`publication.${field}`) : field;
  if (entity === "image") return t("image", { field: oneOf(IMAGE_FIELDS, field) ? t(`imageField.${field}`) : field });
  if (entity === "price_list")
    return t("priceList", {
      name: entityLabel,
      field: oneOf(PRICE_LIST_FIELDS, field) ? t(`priceListField.${field}`) : field,
    });
  return oneOf(PRODUCT_FIELDS, field) ? t(`product.${field}`) : field;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A stored value in words; `categories` names a category id. Empty values are null (the page says "empty"). */
export function valueText(
  field: string,
  value: unknown,
  categories: ReadonlyMap<string, string>,
  t: T,
  locale: Locale,
): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (field === "priceMinor" && typeof value === "number") return formatMoney(value);
  if (field === "categoryId" && typeof value === "string") return categories.get(value) ?? t("removedCategory");
  if (typeof value === "boolean") return value ? t("yes") : t("no");
  if (typeof value === "string" && ISO.test(value)) return madridTime(new Date(value), locale);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    // A variant as a whole (created or deleted): what identifies it and its price.
    if ("sku" in v) {
      const name = [v.colour, v.size].filter(Boolean).join(" / ");
      const price = typeof v.priceMinor === "number" ? formatMoney(v.priceMinor) : null;
      return [name || t("oneSize"), v.sku, price].filter(Boolean).join(" · ");
    }
    return Object.entries(v)
      .map(([k, x]) => {
        const name = oneOf(PRODUCT_FIELDS, k) ? t(`product.${k}`) : k;
        return `${name}: ${valueText(k, x, categories, t, locale) ?? t("empty")}`;
      })
      .join(" · ");
  }
  return String(value);
}
