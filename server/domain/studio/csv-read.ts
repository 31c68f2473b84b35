import "server-only";
import Papa from "papaparse";
import { ean13Fault } from "@/lib/ean13";
import { parseEuros } from "@/lib/money";
import { MAX_PRICE_MINOR } from "@/lib/price-change";
import type { Locale } from "@/i18n/locales";
import { DomainError, say, type Said } from "@/server/errors";
import { CSV_COLUMNS, IMPORT_MAX_ROWS, type CsvColumn } from "./inputs-csv";

/**
 * Reading an import file: the separator and decimal mark detected, every row kept with the
 * number a spreadsheet shows beside it (the header is row 1), and each value checked into what
 * the catalog stores, with a problem in words where it cannot be (said in the reader's language
 * when the preview answers).
 */

export type ImportProblem = { row: number; column: CsvColumn | null; said: Said };

/** A problem as the preview lists it, in the reader's language. */
export function problemIn(problem: ImportProblem, locale: Locale) {
  return { row: problem.row, column: problem.column, message: say(problem.said, locale) };
}

/** What Papa Parse says of a row it could not read, in the shop's words where it has them. */
function unreadable(error: { code: string; message: string }): Said {
  return error.code === "MissingQuotes" || error.code === "InvalidQuotes"
    ? { key: `errors.studioImport.${error.code}` }
    : { key: "errors.studioImport.unreadable", values: { reason: error.message } };
}

export type CsvRow = { row: number; values: Partial<Record<CsvColumn, string>> };

export type ReadFile = {
  separator: ";" | ",";
  rows: CsvRow[];
  columns: CsvColumn[];
  problems: ImportProblem[];
  notes: Said[];
};

/** The separator the header line uses: a Spanish Excel writes `;`, everything else `,`. */
function detectSeparator(text: string): ";" | "," {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ";" : ",";
}

export function readCsv(csv: string): ReadFile {
  const text = csv.replace(/^\uFEFF/, "");
  const separator = detectSeparator(text);
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, header: false });
  const problems: ImportProblem[] = parsed.errors
    // A last line without a line break is not a problem worth naming.
    .filter((e) => e.code !== "UndetectableDelimiter")
    .map((e) => ({ row: (e.row ?? 0) + 1, column: null, said: unreadable(e) }));
  const [header = [], ...lines] = parsed.data;
  const names = header.map((h) => h.trim().toLowerCase());
  const notes: Said[] = [];
  const columns: CsvColumn[] = [];
  const index = new Map<CsvColumn, number>();
  names.forEach((name, i) => {
    if ((CSV_COLUMNS as readonly string[]).includes(name)) {
      columns.push(name as CsvColumn);
      index.set(name as CsvColumn, i);
    } else if (name) notes.push({ key: "errors.studioImport.columnIgnored", values: { name: header[i] ?? name } });
  });
  for (const required of ["slug", "sku"] as const)
    if (!index.has(required))
      problems.push({
        row: 1,
        column: required,
        said: { key: "errors.studioImport.columnRequired", values: { column: required } },
      });
  if (index.has("web") || index.has("store")) notes.push({ key: "errors.studioImport.publicationColumns" });

  const rows: CsvRow[] = [];
  lines.forEach((cells, i) => {
    if (cells.every((c) => !c.trim())) return;
    const values: Partial<Record<CsvColumn, string>> = {};
    for (const [column, at] of index) values[column] = (cells[at] ?? "").trim();
    rows.push({ row: i + 2, values });
  });
  if (rows.length > IMPORT_MAX_ROWS)
    throw new DomainError("INVALID_INPUT", {
      key: "errors.studioImport.tooManyRows",
      values: { rows: rows.length, max: IMPORT_MAX_ROWS },
    });
  return { separator, rows, columns, problems, notes };
}

type Checked<T> = { value: T } | { problem: Said };

/** Cents from "59,90" or "59.90" (either mark, whatever the separator), at least 1 cent. */
export function checkPrice(text: string): Checked<number> & { mark?: "," | "." } {
  const cents = parseEuros(text);
  if (cents === null) return { problem: { key: "errors.studioImport.priceFormat", values: { text } } };
  if (cents < 1) return { problem: { key: "errors.studioImport.priceMin" } };
  if (cents > MAX_PRICE_MINOR) return { problem: { key: "errors.studioImport.priceMax" } };
  const mark = /[.,]\d{1,2}$/.exec(text.replace(/[€\s\u00a0]/g, ""))?.[0][0] as "," | "." | undefined;
  return { value: cents, mark };
}

export function checkBarcode(text: string): Checked<string> {
  // The Excel export writes ="2000000000011" so Excel keeps the digits; a saved sheet may keep it.
  const code = text.replace(/^="(.*)"$/, "$1").trim();
  if (/^\d+([.,]\d+)?E\+\d+$/i.test(code)) return { problem: { key: "errors.studioImport.barcodeRounded" } };
  const problem = barcodeProblem(code);
  return problem ? { problem } : { value: code };
}

/** Why a barcode is not a valid EAN-13, or null. */
export function barcodeProblem(code: string): Said | null {
  const fault = ean13Fault(code);
  return fault && { key: `errors.studio.barcode.${fault}`, values: { count: code.length } };
}

/** A text column of the file, named in the problem's words. */
export type TextField = "name" | "nameEs" | "brand" | "colour" | "size";

export function checkText(text: string, field: TextField, max: number, required: boolean): Checked<string> {
  if (required && !text) return { problem: { key: "errors.studioImport.fieldEmpty", values: { field } } };
  if (text.length > max)
    return {
      problem: { key: "errors.studioImport.fieldTooLong", values: { field, max, length: text.length } },
    };
  return { value: text };
}

export function checkSwatch(text: string): Checked<string | null> {
  if (!text) return { value: null };
  return /^#[0-9a-fA-F]{6}$/.test(text)
    ? { value: text }
    : { problem: { key: "errors.studioImport.swatchFormat", values: { text } } };
}

export function normaliseSku(text: string): string {
  return text.trim().toUpperCase();
}
