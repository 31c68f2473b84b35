import type { Locale } from "@/i18n/locales";
import { formatMoney } from "@/lib/money";
import type { Translate } from "@/app/studio/_lib/translate";
import { madridTime } from "@/app/studio/_lib/when";

/** What a history entry says in words: which field of what, and its values as a person reads them. */

type T = Translate<"studio.editor.history.describe">;

type Key = Parameters<T>[0];

/** A field's name from studio.editor.history.describe.<group>.<field>, or the field as stored when it has none. */
const named = (t: T, group: string, field: string) => {
  const key = `${group}.${field}` as Key;
  return t.has(key) ? t(key) : field;
};

export type Entry = {
  entity: string;
  entityLabel: string;
  field: string;
};

/** "Price · Navy / M", "Name", "Web: on sale from". */
export function fieldLabel(entry: Entry, t: T): string {
  const { entity, entityLabel, field } = entry;
  if (entity === "variant") {
    const label = named(t, "variant", field);
    return entityLabel ? t("ofVariant", { field: label, variant: entityLabel }) : label;
  }
  if (entity === "publication") return named(t, "publication", field);
  if (entity === "image") return t("image", { field: named(t, "imageField", field) });
  if (entity === "price_list") return t("priceList", { name: entityLabel, field: named(t, "priceListField", field) });
  return named(t, "product", field);
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
      .map(([k, x]) => `${named(t, "product", k)}: ${valueText(k, x, categories, t, locale) ?? t("empty")}`)
      .join(" · ");
  }
  return String(value);
}
