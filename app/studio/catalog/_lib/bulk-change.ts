import type { Locale } from "@/i18n/locales";
import { formatMoney } from "@/lib/money";
import { formatNumber } from "@/lib/format";
import type { BulkChange } from "@/server/domain/studio/inputs-csv";
import type { Translate } from "../../_lib/translate";

/** What the bar can do to the ticked products; each becomes one studio.products.bulkUpdate. */
export const ACTIONS = [
  "category",
  "web-on",
  "web-off",
  "store-on",
  "store-off",
  "published",
  "draft",
  "percent",
  "amount",
] as const;
export type Action = (typeof ACTIONS)[number];

/** What is still missing before the change can be made: studio.catalog.bulk.missing.<key>. */
export type Missing = "action" | "category" | "percent" | "amount";

type T = Translate<"studio.catalog.bulk">;

/** "-5,50" or "12.5" euros: cents, or null for anything that is not a plain amount. */
export function centsOf(text: string): number | null {
  const clean = text.trim().replace(/\s|€/g, "").replace(",", ".");
  if (!/^[+-]?\d+(\.\d{1,2})?$/.test(clean)) return null;
  return Math.round(Number(clean) * 100);
}

/** "10" or "-12,5" percent, at most two decimals. */
export function percentOf(text: string): number | null {
  const clean = text.trim().replace(/\s|%/g, "").replace(",", ".");
  if (!/^[+-]?\d+(\.\d{1,2})?$/.test(clean)) return null;
  return Number(clean);
}

/** The change the chosen action and value ask for, or what is missing for one. */
export function changeOf(action: Action | "", value: string, categoryId: string): BulkChange | { missing: Missing } {
  switch (action) {
    case "":
      return { missing: "action" };
    case "category":
      return categoryId ? { kind: "category", categoryId } : { missing: "category" };
    case "web-on":
    case "web-off":
    case "store-on":
    case "store-off":
      return { kind: "channel", channel: action.startsWith("web") ? "web" : "store", publish: action.endsWith("on") };
    case "published":
    case "draft":
      return { kind: "status", status: action };
    case "percent": {
      const percent = percentOf(value);
      if (percent === null || percent === 0) return { missing: "percent" };
      return { kind: "price", by: "percent", percent };
    }
    case "amount": {
      const amountMinor = centsOf(value);
      if (amountMinor === null || amountMinor === 0) return { missing: "amount" };
      return { kind: "price", by: "amount", amountMinor };
    }
  }
}

/** The sentence the confirmation reads out: what will happen to which products. */
export function describeChange(
  change: BulkChange,
  categories: { id: string; name: string }[],
  t: T,
  locale: Locale,
): string {
  switch (change.kind) {
    case "category": {
      const name = categories.find((c) => c.id === change.categoryId)?.name;
      return name ? t("describe.category", { name }) : t("describe.someCategory");
    }
    case "channel":
      return change.publish ? t(`describe.publish.${change.channel}`) : t(`describe.unpublish.${change.channel}`);
    case "status":
      return change.status === "draft" ? t("describe.draft") : t("describe.published");
    case "price": {
      const direction = (change.by === "percent" ? change.percent : change.amountMinor) > 0 ? "raise" : "lower";
      return change.by === "percent"
        ? t(`describe.${direction}Percent`, { percent: formatNumber(Math.abs(change.percent), locale) })
        : t(`describe.${direction}Amount`, { amount: formatMoney(Math.abs(change.amountMinor)) });
    }
  }
}
