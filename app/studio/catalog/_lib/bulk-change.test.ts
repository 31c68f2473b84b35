import { describe, expect, it } from "vitest";
import { bulkChangeInput } from "@/server/domain/studio/inputs-csv";
import { centsOf, changeOf, describeChange, percentOf } from "./bulk-change";

const knitwear = { id: "0b6f5f7e-2f1c-4c2a-9d3e-1a2b3c4d5e6f", name: "Knitwear" };

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
      expect(typeof change, action).toBe("object");
      expect(bulkChangeInput.safeParse(change).success, action).toBe(true);
    }
    expect(changeOf("web-off", "", "")).toEqual({ kind: "channel", channel: "web", publish: false });
    expect(changeOf("category", "", "")).toBe("Choose the category to move them to.");
    expect(changeOf("percent", "0", "")).toBe("Give a percentage such as 10 or -15.");
    expect(changeOf("amount", "x", "")).toBe("Give an amount in euros such as 5 or -2,50.");
    expect(changeOf("", "", "")).toBe("Choose what to change.");
  });

  it("says in words what the confirmation will do", () => {
    expect(describeChange({ kind: "category", categoryId: knitwear.id }, [knitwear])).toBe("Move them to Knitwear.");
    expect(describeChange({ kind: "price", by: "percent", percent: -10 }, [])).toBe(
      "Lower the base price of every variant by 10 %, rounded to the cent.",
    );
    expect(describeChange({ kind: "price", by: "amount", amountMinor: 250 }, [])).toMatch(/^Raise .* by 2,50\s€\.$/);
  });
});
