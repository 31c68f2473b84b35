import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { category, changeLog, variant } from "@/db/schema";
import { formatMoney } from "@/lib/money";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { failureOf } from "@/server/test/shop";
import { catalogCsv } from "./csv-export";
import { commitImport, previewImport } from "./csv-import";
import { createProduct, updateProduct } from "./editor";
import { productHistory } from "./history";
import { CSV_COLUMNS } from "./inputs-csv";
import { studioProductCreateInput, studioProductUpdateInput } from "./inputs";

let t: TestDatabase;
let knitwear: string;
const marta = { id: randomUUID(), name: "Marta Marketing" };

async function exported(dialect: "excel" | "standard") {
  let text = "";
  for await (const chunk of catalogCsv(t.db, dialect)) text += chunk;
  return text;
}

const make = (name: string, sizes: string[], priceMinor = 4990) =>
  createProduct(
    t.db,
    marta,
    studioProductCreateInput.parse({
      name,
      categoryId: knitwear,
      variants: sizes.map((size) => ({ colour: "Navy", colourHex: "#1F2A44", size, priceMinor })),
    }),
  );

/** The file's lines, and a way to change one column of the rows whose SKU is given (`;` files). */
function sheet(text: string, separator = ";") {
  const lines = text.split("\r\n");
  const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
  return {
    rowOf: (sku: string) => lines.findIndex((l) => l.split(separator)[col("sku")] === sku) + 1,
    set(sku: string, column: (typeof CSV_COLUMNS)[number], value: string) {
      const i = lines.findIndex((l) => l.split(separator)[col("sku")] === sku);
      const cells = lines[i]!.split(separator);
      cells[col(column)] = value;
      lines[i] = cells.join(separator);
    },
    text: () => lines.join("\r\n"),
  };
}

beforeAll(async () => {
  t = await createTestDatabase();
  const cats = await t.db.select({ id: category.id, slug: category.slug }).from(category);
  knitwear = cats.find((c) => c.slug === "knitwear")!.id;
});
afterAll(() => t.close());

describe("the CSV round trip", () => {
  it("exports, previews an edit with one bad row named, applies the fixed file, and re-imports as no change", async () => {
    const made = await make("Round Trip Jumper", ["S", "M"]);
    const [s, m] = made.variants;
    const file = await exported("excel");
    // Opens cleanly in a Spanish Excel: BOM, `;`, decimal comma, barcodes kept as text.
    expect(file.startsWith("\uFEFFslug;name;name_es;brand;category;web;store;sku;barcode")).toBe(true);
    expect(file).toContain(
      `round-trip-jumper;Round Trip Jumper;;Mostrador;knitwear;no;no;${s!.sku};="${s!.barcode}";Navy;#1F2A44;S;49,90`,
    );

    // Untouched, the export imports as nothing to do.
    const same = await previewImport(t.db, file);
    expect(same).toMatchObject({ separator: ";", errorCount: 0, changeCount: 0 });

    const edit = sheet(file);
    edit.set(s!.sku, "price", "44,50");
    edit.set(s!.sku, "name", "Round Trip Sweater");
    edit.set(m!.sku, "name", "Round Trip Sweater");
    edit.set(m!.sku, "price", "cuarenta");
    const broken = await previewImport(t.db, edit.text());
    expect(broken.errors).toEqual([
      { row: edit.rowOf(m!.sku), column: "price", message: expect.stringMatching(/“cuarenta” is not a price/) },
    ]);
    expect(broken.decimal).toBe(",");
    // Nothing is applied while the file has a problem.
    const refused = await failureOf(commitImport(t.db, marta, { csv: edit.text(), expected: broken.fingerprint }));
    expect(refused.code).toBe("INVALID_INPUT");
    expect(refused.message).toMatch(new RegExp(`row ${edit.rowOf(m!.sku)}, price`));
    expect(await productHistory(t.db, made.id)).toHaveLength(3); // created and two variants

    edit.set(m!.sku, "price", "49,90");
    const fixed = await previewImport(t.db, edit.text());
    expect(fixed.errorCount).toBe(0);
    expect(fixed.changes).toEqual([
      {
        row: edit.rowOf(s!.sku),
        entity: "product",
        key: "round-trip-jumper",
        column: "name",
        before: "Round Trip Jumper",
        after: "Round Trip Sweater",
      },
      {
        row: edit.rowOf(s!.sku),
        entity: "variant",
        key: s!.sku,
        column: "price",
        before: formatMoney(4990),
        after: formatMoney(4450),
      },
    ]);
    expect(await commitImport(t.db, marta, { csv: edit.text(), expected: fixed.fingerprint })).toEqual({
      changes: 2,
      products: 1,
      variants: 1,
    });
    const history = await productHistory(t.db, made.id);
    expect(history.slice(0, 2)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: "name",
          before: "Round Trip Jumper",
          after: "Round Trip Sweater",
          actor: { name: "Marta Marketing" },
        }),
        expect.objectContaining({
          field: "priceMinor",
          before: 4990,
          after: 4450,
          entityLabel: "Navy / S",
          actor: { name: "Marta Marketing" },
        }),
      ]),
    );

    // The same file again changes nothing and writes no history.
    const logged = (await t.db.select({ id: changeLog.id }).from(changeLog)).length;
    expect((await previewImport(t.db, edit.text())).changeCount).toBe(0);
    expect(await commitImport(t.db, marta, { csv: edit.text() })).toEqual({ changes: 0, products: 0, variants: 0 });
    expect((await t.db.select({ id: changeLog.id }).from(changeLog)).length).toBe(logged);
  });

  it("refuses to apply a preview when the catalog changed since", async () => {
    const made = await make("Stale Preview Scarf", ["U"]);
    const edit = sheet(await exported("excel"));
    edit.set(made.variants[0]!.sku, "price", "10,00");
    const preview = await previewImport(t.db, edit.text());
    await updateProduct(t.db, marta, studioProductUpdateInput.parse({ id: made.id, brand: "Otra" }));
    const stale = await failureOf(commitImport(t.db, marta, { csv: edit.text(), expected: preview.fingerprint }));
    expect(stale.code).toBe("EDIT_CONFLICT");
    expect(stale.message).toMatch(/changed since this preview/);
  });
});

describe("reading an import", () => {
  it("names every problem by row and column, in words", async () => {
    const a = await make("Problem Cap", ["S", "M", "L"]);
    const b = await make("Other Cap", ["S"]);
    const edit = sheet(await exported("excel"));
    const [s, m, l] = a.variants;
    const lRow = edit.rowOf(l!.sku);
    const otherRow = edit.rowOf(b.variants[0]!.sku);
    edit.set(s!.sku, "category", "hats");
    edit.set(m!.sku, "barcode", "4006381333932");
    edit.set(l!.sku, "sku", b.variants[0]!.sku);
    const preview = await previewImport(t.db, edit.text());
    expect(preview.errors).toEqual([
      { row: edit.rowOf(s!.sku), column: "category", message: expect.stringMatching(/no category “hats”/) },
      { row: edit.rowOf(m!.sku), column: "barcode", message: expect.stringMatching(/last digit does not match/) },
      {
        row: lRow,
        column: "sku",
        message: `The SKU ${b.variants[0]!.sku} is also on row ${otherRow}: each variant once.`,
      },
    ]);
    // Alone in a file, another product's SKU is named as such.
    const header = (await exported("excel")).split("\r\n")[0];
    const line = `problem-cap;Problem Cap;;Mostrador;knitwear;no;no;${b.variants[0]!.sku};;Navy;#1F2A44;S;49,90`;
    const alone = await previewImport(t.db, `${header}\r\n${line}\r\n`);
    expect(alone.errors).toEqual(
      expect.arrayContaining([
        { row: 2, column: "sku", message: `The SKU ${b.variants[0]!.sku} belongs to another product (other-cap).` },
      ]),
    );
  });

  it("reads a standard file with `,` and a decimal point, and says what it detected", async () => {
    const made = await make("Comma File Tee", ["M"], 1999);
    const file = await exported("standard");
    expect(file.startsWith("slug,name,")).toBe(true);
    expect(file).toContain(`,${made.variants[0]!.barcode},Navy,#1F2A44,M,19.99`);
    const edit = sheet(file, ",");
    edit.set(made.variants[0]!.sku, "price", "21.50");
    const preview = await previewImport(t.db, edit.text());
    expect(preview).toMatchObject({ separator: ",", decimal: ".", errorCount: 0, changeCount: 1 });
    await commitImport(t.db, marta, { csv: edit.text() });
    const [row] = await t.db
      .select({ p: variant.priceMinor })
      .from(variant)
      .where(eq(variant.id, made.variants[0]!.id));
    expect(row!.p).toBe(2150);
  });

  it("swaps two barcodes in one file without a clash, and refuses one another variant keeps", async () => {
    const made = await make("Swap Socks", ["S", "M"]);
    const other = await make("Keep Socks", ["S"]);
    const [s, m] = made.variants;
    const edit = sheet(await exported("excel"));
    edit.set(s!.sku, "barcode", m!.barcode);
    edit.set(m!.sku, "barcode", s!.barcode);
    expect((await previewImport(t.db, edit.text())).errorCount).toBe(0);
    expect((await commitImport(t.db, marta, { csv: edit.text() })).changes).toBe(2);
    const taken = sheet(await exported("excel"));
    taken.set(s!.sku, "barcode", other.variants[0]!.barcode);
    const preview = await previewImport(t.db, taken.text());
    // The other variant keeps its code (its row is in the file, unchanged): both rows are named.
    expect(preview.errors).toEqual(
      expect.arrayContaining([
        { row: taken.rowOf(s!.sku), column: "barcode", message: expect.stringMatching(/belongs to another variant/) },
      ]),
    );
  });
});
