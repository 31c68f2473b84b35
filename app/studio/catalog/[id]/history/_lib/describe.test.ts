import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/messages";
import { fieldLabel, valueText } from "./describe";

const words = (locale: "en" | "es") =>
  createTranslator({ locale, messages: MESSAGES[locale], namespace: "studio.editor.history.describe" });
const categories = new Map([["c1", "Knitwear"]]);

describe("a history entry in words", () => {
  it("names each kind of field in the reader's language, and an unknown one as stored", () => {
    const en = words("en");
    const es = words("es");
    expect(fieldLabel({ entity: "variant", entityLabel: "Navy / M", field: "priceMinor" }, en)).toBe(
      "Price · Navy / M",
    );
    expect(fieldLabel({ entity: "variant", entityLabel: "Navy / M", field: "priceMinor" }, es)).toBe(
      "Precio · Navy / M",
    );
    expect(fieldLabel({ entity: "publication", entityLabel: "web", field: "webFrom" }, en)).toBe("Web: on sale from");
    expect(fieldLabel({ entity: "image", entityLabel: "Front", field: "alt" }, es)).toBe("Imagen · texto alternativo");
    expect(fieldLabel({ entity: "price_list", entityLabel: "Rebajas", field: "cancelledAt" }, en)).toBe(
      "Price list Rebajas · cancelled",
    );
    expect(fieldLabel({ entity: "product", entityLabel: "", field: "nameEs" }, es)).toBe("Nombre (español)");
    expect(fieldLabel({ entity: "product", entityLabel: "", field: "somethingNew" }, es)).toBe("somethingNew");
  });

  it("reads values as a person does: money, categories, yes and no, Madrid times", () => {
    const es = words("es");
    expect(valueText("priceMinor", 2490, categories, es, "es")).toMatch(/^24,90\s€$/);
    expect(valueText("categoryId", "c1", categories, es, "es")).toBe("Knitwear");
    expect(valueText("categoryId", "gone", categories, es, "es")).toBe("una categoría ya eliminada");
    expect(valueText("featured", true, categories, es, "es")).toBe("Sí");
    expect(valueText("webFrom", "2026-12-02T09:00:00.000Z", categories, words("en"), "en")).toBe(
      "2 Dec 2026, 10:00 CET",
    );
    expect(valueText("webFrom", "2026-12-02T09:00:00.000Z", categories, es, "es")).toBe("2 dic 2026, 10:00 CET");
    expect(valueText("variant", { colour: null, size: null, sku: "X-1" }, categories, es, "es")).toBe(
      "Talla única · X-1",
    );
    expect(valueText("name", "", categories, es, "es")).toBeNull();
  });
});
