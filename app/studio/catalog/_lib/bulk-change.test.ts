import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/messages";
import { bulkChangeInput } from "@/server/domain/studio/inputs-csv";
import { centsOf, changeOf, describeChange, percentOf } from "./bulk-change";

const knitwear = { id: "0b6f5f7e-2f1c-4c2a-9d3e-1a2b3c4d5e6f", name: "Knitwear" };
const words = (locale: "en" | "es") =>
  createTranslator({ locale, messages: MESSAGES[locale], namespace: "studio.catalog.bulk" });
const t = words("en");

describe("the list's bulk change", () => {
  it("reads amounts in euros the way a Spanish keyboard types them", () => {
    expect(centsOf("-5,50")).toBe(-550);
    expect(centsOf("12.5 €")).toBe(1250);
    expect(centsOf("3")).toBe(300);
    expect(centsOf("1.234,00")).toBeNull();
    expect(centsOf("5,555")).toBeNull();
    expect(centsOf("abc")).toBeNull();
    expect(percentOf("-12,5 %")).toBe(-12.5);
    expect(percentOf("10")).toBe(10);
    expect(percentOf("ten")).toBeNull();
  });

  it("builds the change the API takes, or says what is missing", () => {
    for (const [action, value, category] of [
      ["category", "", knitwear.id],
      ["web-off", "", ""],
      ["store-on", "", ""],
      ["draft", "", ""],
      ["percent", "-10", ""],
      ["amount", "2,50", ""],
    ] as const) {
      const change = changeOf(action, value, category);
      expect("missing" in change, action).toBe(false);
      expect(bulkChangeInput.safeParse(change).success, action).toBe(true);
    }
    expect(changeOf("web-off", "", "")).toEqual({ kind: "channel", channel: "web", publish: false });
    expect(changeOf("category", "", "")).toEqual({ missing: "category" });
    expect(changeOf("percent", "0", "")).toEqual({ missing: "percent" });
    expect(changeOf("amount", "x", "")).toEqual({ missing: "amount" });
    expect(changeOf("", "", "")).toEqual({ missing: "action" });
    expect(t("missing.amount")).toBe("Give an amount in euros such as 5 or -2,50.");
  });

  it("says in words what the confirmation will do, in either language", () => {
    expect(describeChange({ kind: "category", categoryId: knitwear.id }, [knitwear], t, "en")).toBe(
      "Move them to Knitwear.",
    );
    expect(describeChange({ kind: "price", by: "percent", percent: -10 }, [], t, "en")).toBe(
      "Lower the base price of every variant by 10 %, rounded to the cent.",
    );
    expect(describeChange({ kind: "price", by: "amount", amountMinor: 250 }, [], t, "en")).toMatch(
      /^Raise .* by 2,50\s€\.$/,
    );
    expect(describeChange({ kind: "price", by: "percent", percent: 12.5 }, [], words("es"), "es")).toBe(
      "Subir el precio base de todas las variantes un 12,5 %, redondeado al céntimo.",
    );
  });
});
