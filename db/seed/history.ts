import { sql } from "drizzle-orm";
import { isEmpty, queryRows, type Db } from "../client";
import { refreshSales } from "../../server/domain/insights/rollup";
import { insightsRefresh } from "../schema";
import { createCatalogTickets } from "./history-catalog";
import { drawInteractions } from "./history-interactions";
import { drawOrders, writeOrders } from "./history-orders";
import { createPeople } from "./history-people";
import { HISTORY_STAFF, planYear, sizesFor } from "./history-plan";
import { searchVocabulary } from "./history-search";
import { createHelpers } from "./history-sql";

/**
 * `npm run db:seed:history`: a realistic past year on top of the demo data, so the insights have
 * something to show on a fresh clone. About 100,000 orders (HISTORY_SCALE=1) over the 365 days
 * before now: web deliveries from the warehouse, click-and-collect at the three stores, counter
 * sales by each store's staff, endless-aisle orders; their lines, their order events up to now,
 * and about a million interactions (views, searches, adds to cart, collections), with the week's
 * and the year's rhythm (the sales, Black Friday, Christmas, summer) and customers who cross
 * channels. Drawn by the database in a few set-based statements per table (history-*.ts), seeded
 * (setseed), in one transaction: a failure leaves nothing. Stock levels and the catalog are not
 * touched: the past is sold, today's shelves stay as they are. Once per database.
 */
export type HistoryOptions = {
  /** 1 = the full year (about 100,000 orders); 0.1 for tests and quick benches. */
  scale?: number;
  /** For random(): the same seed and day give the same figures. */
  seed?: number;
  /** Fill the insights rollups afterwards (default); a benchmark times that itself. */
  refresh?: boolean;
};

export type HistorySummary = {
  scale: number;
  staff: number;
  customers: number;
  orders: number;
  ordersByKind: Record<string, number>;
  orderLines: number;
  orderEvents: number;
  interactions: number;
  interactionsByKind: Record<string, number>;
  /** Writing the history, in seconds; then the first insights refresh over it. */
  seconds: number;
  refresh: { days: number; seconds: number };
};

export class HistoryRefused extends Error {}

export const HISTORY_MARKER_EMAIL = HISTORY_STAFF[0]!.email;

const byKind = async (db: Db) =>
  new Map(
    (
      await queryRows<{ kind: string; n: number }>(
        db,
        sql`select kind::text as kind, count(*)::int as n from interaction group by 1 order by 1`,
      )
    ).map((r) => [r.kind, r.n]),
  );

const count = async (db: Db, table: string) =>
  (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;

export async function seedHistory(db: Db, opts: HistoryOptions = {}): Promise<HistorySummary> {
  const scale = opts.scale ?? 1;
  if (!(scale > 0 && scale <= 5))
    throw new HistoryRefused(`HISTORY_SCALE must be above 0 and at most 5 (got ${scale}).`);
  if (await isEmpty(db)) throw new HistoryRefused("The database has no demo data: run `npm run db:seed` first.");
  const [marked] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from "user" where email = ${HISTORY_MARKER_EMAIL}`,
  );
  if (marked!.n > 0)
    throw new HistoryRefused(
      `This database already has the demo history (${HISTORY_MARKER_EMAIL} is one of its staff): it is added once. ` +
        "To make it again, start from a fresh database (delete the PGlite folder, or use a new DATABASE_URL database), then `npm run db:seed` and `npm run db:seed:history`.",
    );

  const started = performance.now();
  const sizes = sizesFor(scale);
  const vocabulary = await searchVocabulary(db);
  const [{ today }] = (await queryRows<{ today: string }>(
    db,
    sql`select to_char((now() at time zone 'Europe/Madrid')::date, 'YYYY-MM-DD') as today`,
  )) as [{ today: string }];
  const plan = planYear(today, sizes);
  const before = {
    orders: await count(db, "order"),
    orderLines: await count(db, "order_line"),
    orderEvents: await count(db, "order_event"),
    interactions: await count(db, "interaction"),
    byKind: await byKind(db),
  };

  const drawn = await db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(${((opts.seed ?? 14) % 1000) / 1000})`);
    // Room for the drawn year in memory: temporary tables spill to disk past temp_buffers (8 MB by
    // default; settable before the session's first temporary table), sorts and hashes past work_mem.
    // A connection that has had one already keeps its size: the savepoint lets that refusal pass.
    await tx.transaction((sp) => sp.execute(sql`set local temp_buffers = '128MB'`)).catch(() => undefined);
    await tx.execute(sql`set local work_mem = '64MB'`);
    await tx.execute(sql`set local maintenance_work_mem = '128MB'`);
    await createHelpers(tx);
    await createPeople(tx, sizes);
    await createCatalogTickets(tx, plan.days);
    await drawOrders(tx, plan.slots, sizes.guests);
    await writeOrders(tx);
    await drawInteractions(tx, plan.slots, vocabulary);
    const kinds = await queryRows<{ kind: string; n: number }>(
      tx,
      sql`select case when attach then 'pickup_attach' else kind end as kind, count(*)::int as n from h_o group by 1 order by 1`,
    );
    const staff = (await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from h_staff`))[0]!.n;
    return { kinds, staff };
  });
  await db.execute(sql`analyze`);
  const written = (performance.now() - started) / 1000;

  const refreshStart = performance.now();
  // The history's orders were last changed in the past, before any refresh the app already made:
  // forget its watermark so the refresh goes over every day.
  if (opts.refresh !== false) await db.delete(insightsRefresh);
  const refreshed = opts.refresh === false ? { days: 0 } : await refreshSales(db);
  const after = {
    orders: await count(db, "order"),
    orderLines: await count(db, "order_line"),
    orderEvents: await count(db, "order_event"),
    interactions: await count(db, "interaction"),
  };
  return {
    scale,
    staff: drawn.staff,
    customers: sizes.customers,
    orders: after.orders - before.orders,
    ordersByKind: Object.fromEntries(drawn.kinds.map((k) => [k.kind, k.n])),
    orderLines: after.orderLines - before.orderLines,
    orderEvents: after.orderEvents - before.orderEvents,
    interactions: after.interactions - before.interactions,
    interactionsByKind: Object.fromEntries(
      [...(await byKind(db))].map(([kind, n]) => [kind, n - (before.byKind.get(kind) ?? 0)]),
    ),
    seconds: written,
    refresh: { days: refreshed.days, seconds: (performance.now() - refreshStart) / 1000 },
  };
}
