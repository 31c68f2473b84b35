import { pluralise } from "@/lib/words";
import type { BulkChange } from "@/server/domain/studio/inputs-csv";

/** What the bar can do to the ticked products; each becomes one studio.products.bulkUpdate. */
export const ACTIONS = {
  category: "Move to category…",
  "web-on": "Publish on the web now",
  "web-off": "Take off the web",
  "store-on": "Publish in the stores now",
  "store-off": "Take out of the stores",
  published: "Publish on both channels now",
  draft: "Make draft (off every channel)",
  percent: "Change prices by a percentage…",
  amount: "Change prices by an amount…",
} as const;
export type Action = keyof typeof ACTIONS;

export const products = (n: number) => pluralise(n, "product");

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

/** The change the chosen action and value ask for, or the reason there is none yet. */
export function changeOf(action: Action | "", value: string, categoryId: string): BulkChange | string {
  switch (action) {
    case "":
      return "Choose what to change.";
    case "category":
      return categoryId ? { kind: "category", categoryId } : "Choose the category to move them to.";
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
      if (percent === null || percent === 0) return "Give a percentage such as 10 or -15.";
      return { kind: "price", by: "percent", percent };
    }
    case "amount": {
      const amountMinor = centsOf(value);
      if (amountMinor === null || amountMinor === 0) return "Give an amount in euros such as 5 or -2,50.";
      return { kind: "price", by: "amount", amountMinor };
    }
  }
}

/** The sentence the confirmation reads out: what will happen to which products. */
export function describeChange(change: BulkChange, categories: { id: string; name: string }[]): string {
  switch (change.kind) {
    case "category":
      return `Move them to ${categories.find((c) => c.id === change.categoryId)?.name ?? "the category"}.`;
    case "channel": {
      const where = change.channel === "web" ? "the web" : "the stores";
      return change.publish ? `Put them on sale on ${where} from now, with no end date.` : `Take them off ${where}.`;
    }
    case "status":
      return change.status === "draft"
        ? "Take them off every channel: they become drafts."
        : "Put them on sale on the web and in the stores from now.";
    case "price":
      if (change.by === "percent")
        return `${change.percent > 0 ? "Raise" : "Lower"} the base price of every variant by ${Math.abs(change.percent).toLocaleString("en-GB")} %, rounded to the cent.`;
      return `${change.amountMinor > 0 ? "Raise" : "Lower"} the base price of every variant by ${(Math.abs(change.amountMinor) / 100).toLocaleString("es-ES", { style: "currency", currency: "EUR" })}.`;
  }
}
