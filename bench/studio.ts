/**
 * The studio at catalog scale: the product list and its search at 10,000 products (ms, median of
 * BENCH_STUDIO_RUNS runs, beside the same call on the 72-product demo catalog as a ratio), and a
 * 10,000-row CSV import (preview and apply, rows per second; the same file again, which must
 * change nothing). On PGlite, and on PostgreSQL at BENCH_DATABASE_URL / TEST_DATABASE_URL.
 *
 *   npx tsx --conditions=react-server bench/studio.ts
 *   BENCH_STUDIO_PRODUCTS=20000 npx tsx --conditions=react-server bench/studio.ts
 */
import { eq, sql } from "drizzle-orm";
import { openPglite, openPostgres, type Database, type Db } from "@/db/client";
import { product, user } from "@/db/schema";
import { seed } from "@/db/seed/seed";
import { ean13CheckDigit } from "@/lib/ean13";
import { countStudioProducts } from "@/server/domain/studio/bulk";
import { catalogCsv } from "@/server/domain/studio/csv-export";
import { commitImport, previewImport } from "@/server/domain/studio/csv-import";
import { IMPORT_MAX_ROWS, type StudioProductFilter } from "@/server/domain/studio/inputs-csv";
import { studioProductListInput, type StudioProductListInput } from "@/server/domain/studio/inputs";
import { listStudioProducts } from "@/server/domain/studio/products";
import { createTempDatabase } from "./temp-postgres";

const PRODUCTS = Number(process.env.BENCH_STUDIO_PRODUCTS ?? 10_000);
const RUNS = Number(process.env.BENCH_STUDIO_RUNS ?? 15);
const PAGE = 100; // what the studio's list asks for

const ADJECTIVES = ["Classic", "Relaxed", "Slim", "Cropped", "Oversized", "Soft", "Light", "Heavy", "Washed", "Ribbed"];
const MATERIALS = ["Merino", "Cotton", "Linen", "Denim", "Wool", "Cashmere", "Leather", "Silk", "Canvas", "Suede"];
const NOUNS = ["Jumper", "Shirt", "Trousers", "Jacket", "Dress", "Skirt", "Coat", "Tee", "Scarf", "Bag", "Boots"];
const COLOURS = ["Navy", "Black", "Sand", "Olive", "Cream", "Rust"];

/**
 * PRODUCTS more products, two variants each, stocked at every location, a third published on the
 * web, a third in the stores, a third draft: one statement per table, as an import of a real
 * catalog would leave them. Search text is built the way the editor builds it.
 */
async function grow(db: Db) {
  await db.execute(sql`
    with made as (
      select g,
        (array[${sql.raw(ADJECTIVES.map((w) => `'${w}'`).join(","))}])[1 + g % ${ADJECTIVES.length}] || ' ' ||
        (array[${sql.raw(MATERIALS.map((w) => `'${w}'`).join(","))}])[1 + (g / ${ADJECTIVES.length}) % ${MATERIALS.length}] || ' ' ||
        (array[${sql.raw(NOUNS.map((w) => `'${w}'`).join(","))}])[1 + (g / 7) % ${NOUNS.length}] || ' ' || g as name
      from generate_series(1, ${PRODUCTS}) g
    ), cats as (select id, name, row_number() over (order by sort_order) - 1 as n, count(*) over () as total from category)
    insert into product (slug, name, brand, category_id, web_from, store_from, search_text, updated_at)
    select 'bench-' || made.g, made.name, 'Mostrador', cats.id,
      case when made.g % 3 = 0 then now() - interval '1 day' end,
      case when made.g % 3 = 1 then now() - interval '1 day' end,
      lower(made.name || ' mostrador ' || cats.name || ' navy sand'),
      now() - (made.g || ' minutes')::interval
    from made join cats on cats.n = made.g % cats.total`);
  // EAN-13s with their check digit (the import checks them), on a prefix the demo does not use.
  const barcodes = Array.from({ length: PRODUCTS * 2 }, (_, i) => {
    const first12 = `29${String(i).padStart(10, "0")}`;
    return first12 + ean13CheckDigit(first12);
  });
  await db.execute(sql`
    insert into variant (product_id, sku, barcode, colour, size, price_minor, position)
    select p.id, 'BENCH-' || substr(p.slug, 7) || '-' || v.size, (${JSON.stringify(barcodes)}::jsonb ->> ((p.ord - 1) * 2 + v.n)::int),
      (array[${sql.raw(COLOURS.map((w) => `'${w}'`).join(","))}])[1 + p.ord % ${COLOURS.length}], v.size,
      1990 + (p.ord % 50) * 100, v.n
    from (select id, slug, row_number() over (order by slug) as ord from product where slug like 'bench-%') p
    cross join (values (0, 'S'), (1, 'M')) as v(n, size)`);
  await db.execute(sql`
    insert into stock_level (variant_id, location_id, on_hand)
    select v.id, l.id, case when substr(p.slug, 7)::int % 13 = 0 then 0 else 5 end
    from variant v join product p on p.id = v.product_id cross join location l
    where p.slug like 'bench-%'`);
  await db.execute(sql`analyze`);
}

/** Median milliseconds of `runs` calls, after one untimed call (warm caches and plans). */
async function median(work: () => Promise<unknown>, runs = RUNS): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

type Work = (db: Db) => Promise<unknown>;
/** `work`, or `prepare`, which finds what to time on this catalog (null: nothing to time). */
type Case = { label: string; work?: Work; prepare?: (db: Db) => Promise<Work | null> };

const list = (input: StudioProductListInput) => (db: Db) =>
  listStudioProducts(db, studioProductListInput.parse({ limit: PAGE, ...input }));
const count = (filter: StudioProductFilter) => (db: Db) => countStudioProducts(db, filter);

/** The 20th page by name, from its cursor: keyset paging, so as cheap as the first. Null: no such page. */
async function twentiethPage(db: Db): Promise<Work | null> {
  let cursor: string | null = null;
  for (let i = 1; i < 20; i++) {
    cursor = (await listStudioProducts(db, studioProductListInput.parse({ limit: PAGE, cursor }))).nextCursor;
    if (!cursor) return null;
  }
  return (db) => listStudioProducts(db, studioProductListInput.parse({ limit: PAGE, cursor }));
}

const CASES: Case[] = [
  { label: "first page, by name", work: list({}) },
  { label: "first page, last updated", work: list({ sort: "updated" }) },
  { label: "20th page, by name", prepare: twentiethPage },
  { label: "search “mer” (as typed)", work: list({ query: "mer" }) },
  { label: "search “merino”", work: list({ query: "merino" }) },
  { label: "search “merino jumper navy”", work: list({ query: "merino jumper navy" }) },
  { label: "search with no match", work: list({ query: "zzqxw" }) },
  { label: "draft, out of stock", work: list({ status: "draft", stock: "out" }) },
  { label: "on the web, a category", work: list({ channel: "web" }) },
  { label: "count all that match “merino”", work: count({ query: "merino" }) },
];

async function timeCases(db: Db): Promise<number[]> {
  const out: number[] = [];
  for (const c of CASES) {
    const work = c.prepare ? await c.prepare(db) : c.work!;
    out.push(work ? await median(() => work(db)) : NaN);
  }
  return out;
}

/** The export's rows for the bench products, IMPORT_MAX_ROWS of them, every price up 1 €. */
async function importFile(db: Db): Promise<{ csv: string; rows: number }> {
  let text = "";
  for await (const chunk of catalogCsv(db, "excel")) text += chunk;
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = lines[0]!;
  const rows = lines.filter((l) => l.startsWith("bench-")).slice(0, IMPORT_MAX_ROWS);
  const raised = rows.map((line) =>
    line.replace(/;(\d+),(\d\d)$/, (_, euros: string, cents: string) => `;${Number(euros) + 1},${cents}`),
  );
  return { csv: [header, ...raised].join("\r\n") + "\r\n", rows: raised.length };
}

type Report = {
  driver: string;
  small: number[];
  large: number[];
  importRows: number;
  preview: number;
  apply: number;
  again: number;
  againChanges: number;
};

async function run(driver: string, database: Database): Promise<Report> {
  const { db } = database;
  await seed(db);
  const demo = await db.$count(product);
  process.stdout.write(`${driver}: ${demo} demo products… `);
  const small = await timeCases(db);
  const growStart = performance.now();
  await grow(db);
  process.stdout.write(`grown to ${demo + PRODUCTS} in ${((performance.now() - growStart) / 1000).toFixed(1)} s… `);
  const large = await timeCases(db);

  const { csv, rows } = await importFile(db);
  let start = performance.now();
  const preview = await previewImport(db, csv);
  const previewMs = performance.now() - start;
  if (preview.errorCount) throw new Error(`the bench file has problems: ${JSON.stringify(preview.errors.slice(0, 3))}`);
  start = performance.now();
  const [marketer] = await db.select({ id: user.id }).from(user).where(eq(user.role, "marketer")).limit(1);
  const actor = { id: marketer!.id, name: "Bench marketer" };
  const applied = await commitImport(db, actor, { csv, expected: preview.fingerprint });
  const applyMs = performance.now() - start;
  if (applied.changes !== rows) throw new Error(`expected ${rows} price changes, applied ${applied.changes}`);
  start = performance.now();
  const again = await previewImport(db, csv);
  const againMs = performance.now() - start;
  console.log("done");
  return {
    driver,
    small,
    large,
    importRows: rows,
    preview: previewMs,
    apply: applyMs,
    again: againMs,
    againChanges: again.changeCount,
  };
}

const ms = (n: number) => (Number.isNaN(n) ? "—" : `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`);
const perSecond = (rows: number, millis: number) =>
  `${Math.round(rows / (millis / 1000)).toLocaleString("en-GB")} rows/s`;

function print(reports: Report[]) {
  for (const r of reports) {
    console.log(`\n${r.driver}: the studio's list (${PAGE} rows a page), median of ${RUNS}`);
    console.log(
      `  ${"".padEnd(34)} ${"demo (72)".padStart(10)} ${`${(PRODUCTS / 1000).toFixed(0)}k more`.padStart(10)}  ratio`,
    );
    CASES.forEach((c, i) => {
      console.log(
        `  ${c.label.padEnd(34)} ${ms(r.small[i]!).padStart(10)} ${ms(r.large[i]!).padStart(10)}  ${Number.isNaN(r.small[i]) ? "" : `${(r.large[i]! / r.small[i]!).toFixed(1)}×`}`,
      );
    });
    console.log(`  import of ${r.importRows.toLocaleString("en-GB")} rows, every price changed:`);
    console.log(
      `    preview ${ms(r.preview)} (${perSecond(r.importRows, r.preview)}), apply ${ms(r.apply)} (${perSecond(r.importRows, r.apply)})`,
    );
    console.log(
      `    the same file again: ${r.againChanges} changes, preview ${ms(r.again)} (${perSecond(r.importRows, r.again)})`,
    );
  }
}

async function main() {
  const reports: Report[] = [];
  const pglite = await openPglite("memory://");
  try {
    reports.push(await run("pglite", pglite));
  } finally {
    await pglite.close();
  }
  const temp = await createTempDatabase();
  if (temp) {
    const pg = await openPostgres(temp.url);
    try {
      reports.push(await run("postgres", pg));
    } finally {
      await pg.close();
      await temp.drop();
    }
  }
  print(reports);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
