import "server-only";
import Papa from "papaparse";
import { ean13Problem } from "@/lib/ean13";
import { parseEuros } from "@/lib/money";
import { MAX_PRICE_MINOR } from "@/lib/price-change";
import { DomainError } from "@/server/errors";
import { CSV_COLUMNS, IMPORT_MAX_ROWS, type CsvColumn } from "./inputs-csv";

/**
 * Reading an import file: the separator and decimal mark detected, every row kept with the
 * number a spreadsheet shows beside it (the header is row 1), and each value checked into what
 * the catalog stores, with a problem in words where it cannot be.
 */

export type ImportProblem = { row: number; column: CsvColumn | null; message: string };

export type CsvRow = { row: number; values: Partial<Record<CsvColumn, string>> };

export type ReadFile = {
  separator: ";" | ",";
  rows: CsvRow[];
  columns: CsvColumn[];
  problems: ImportProblem[];
  notes: string[];
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
    .map((e) => ({ row: (e.row ?? 0) + 1, column: null, message: `This row could not be read: ${e.message}.` }));
  const [header = [], ...lines] = parsed.data;
  const names = header.map((h) => h.trim().toLowerCase());
  const notes: string[] = [];
  const columns: CsvColumn[] = [];
  const index = new Map<CsvColumn, number>();
  names.forEach((name, i) => {
    if ((CSV_COLUMNS as readonly string[]).includes(name)) {
      columns.push(name as CsvColumn);
      index.set(name as CsvColumn, i);
    } else if (name) notes.push(`The column “${header[i]}” is not one the import reads; it was left out.`);
  });
  for (const required of ["slug", "sku"] as const)
    if (!index.has(required))
      problems.push({ row: 1, column: required, message: `The file needs a “${required}” column (see the export).` });
  if (index.has("web") || index.has("store"))
    notes.push("The web and store columns are for reading: publication is changed in the studio, not by import.");

  const rows: CsvRow[] = [];
  lines.forEach((cells, i) => {
    if (cells.every((c) => !c.trim())) return;
    const values: Partial<Record<CsvColumn, string>> = {};
    for (const [column, at] of index) values[column] = (cells[at] ?? "").trim();
    rows.push({ row: i + 2, values });
  });
  if (rows.length > IMPORT_MAX_ROWS)
    throw new DomainError(
      "INVALID_INPUT",
      `The file has ${rows.length.toLocaleString("en")} rows; an import reads at most ${IMPORT_MAX_ROWS.toLocaleString("en")}. Split it in parts.`,
    );
  return { separator, rows, columns, problems, notes };
}

type Checked<T> = { value: T } | { problem: string };

/** Cents from "59,90" or "59.90" (either mark, whatever the separator), at least 1 cent. */
export function checkPrice(text: string): Checked<number> & { mark?: "," | "." } {
  const cents = parseEuros(text);
  if (cents === null)
    return { problem: `“${text}” is not a price: write it like 59,90 or 59.90, with at most two decimals.` };
  if (cents < 1) return { problem: "A price must be at least 0,01 €." };
  if (cents > MAX_PRICE_MINOR) return { problem: "That price is too high." };
  const mark = /[.,]\d{1,2}$/.exec(text.replace(/[€\s\u00a0]/g, ""))?.[0][0] as "," | "." | undefined;
  return { value: cents, mark };
}

export function checkBarcode(text: string): Checked<string> {
  // The Excel export writes ="2000000000011" so Excel keeps the digits; a saved sheet may keep it.
  const code = text.replace(/^="(.*)"$/, "$1").trim();
  if (/^\d+([.,]\d+)?E\+\d+$/i.test(code))
    return {
      problem:
        "The spreadsheet turned this barcode into a rounded number (like 4,00638E+12): export again with the Excel option, which keeps its digits.",
    };
  const problem = ean13Problem(code);
  return problem ? { problem } : { value: code };
}

export function checkText(text: string, label: string, max: number, required: boolean): Checked<string> {
  if (required && !text) return { problem: `${label} cannot be empty.` };
  if (text.length > max) return { problem: `${label}: at most ${max} characters (this has ${text.length}).` };
  return { value: text };
}

export function checkSwatch(text: string): Checked<string | null> {
  if (!text) return { value: null };
  return /^#[0-9a-fA-F]{6}$/.test(text)
    ? { value: text }
    : { problem: `“${text}” is not a swatch: write a colour like #1F2A44.` };
}

export function normaliseSku(text: string): string {
  return text.trim().toUpperCase();
}
