import { clsx } from "clsx";
import { ExternalLink, Globe, Store } from "lucide-react";
import Link from "next/link";
import { createColumnHelper, tableFeatures } from "@tanstack/react-table";
import { formatMoney } from "@/lib/money";
import type { StudioProductRow } from "@/server/domain/studio/products";

export type ProductRow = StudioProductRow;

/** Per column: its width classes (the header and every row share them) and its alignment. */
type ColumnMeta = { width: string; align?: "right"; label: string };

// Everything is sorted and filtered by the server: the table only lays rows out.
export const features = tableFeatures({ columnMeta: {} as ColumnMeta });
const column = createColumnHelper<typeof features, ProductRow>();

const count = new Intl.NumberFormat("en-GB");
const day = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "Europe/Madrid",
});
const moment = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Madrid" });

/** The storefront's page for a product, when the web shows it (drafts have none yet). */
export function shopHref(row: ProductRow): string | null {
  return row.channels.web ? `/p/${row.slug}` : null;
}

/** The product's editor: where Enter, a double click and its name lead. */
export const editorHref = (row: ProductRow) => `/studio/catalog/${row.id}`;

function ProductCell({ row }: { row: ProductRow }) {
  const shop = shopHref(row);
  return (
    <div className="flex min-w-0 items-center gap-3">
      <span className="size-10 shrink-0 overflow-hidden rounded-md bg-canvas ring-1 ring-stone-200/70">
        {row.image ? (
          // Catalog images are already sized for a tile; next/image adds nothing at 40px.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={row.image.url} alt="" width={40} height={40} loading="lazy" className="size-full object-cover" />
        ) : null}
      </span>
      <span className="min-w-0 leading-tight">
        {/* One tab stop for the whole grid: rows are reached with the arrow keys, so links are not in the tab order. */}
        <Link
          href={editorHref(row)}
          tabIndex={-1}
          className="block truncate text-sm font-medium text-stone-950 hover:underline hover:underline-offset-4"
        >
          {row.name}
        </Link>
        <span className="mt-0.5 flex min-w-0 items-center gap-1 font-mono text-xs text-stone-500">
          <span className="truncate">{row.slug}</span>
          {shop ? (
            <a
              href={shop}
              target="_blank"
              rel="noopener"
              tabIndex={-1}
              title="Open the shop page in a new tab"
              className="shrink-0 rounded text-stone-400 hover:text-stone-800"
            >
              <ExternalLink aria-hidden="true" className="size-3.5" />
              <span className="sr-only">Open {row.name} in the shop (new tab)</span>
            </a>
          ) : null}
        </span>
      </span>
    </div>
  );
}

const STATUS_LOOK: Record<ProductRow["status"], { label: string; badge: string; dot: string }> = {
  published: { label: "Published", badge: "bg-ok-bg text-ok", dot: "bg-ok" },
  scheduled: { label: "Scheduled", badge: "bg-low-bg text-low", dot: "bg-low" },
  draft: { label: "Draft", badge: "bg-stone-100 text-stone-600", dot: "ring-1 ring-stone-400" },
};

function StatusBadge({ status }: { status: ProductRow["status"] }) {
  const look = STATUS_LOOK[status];
  return (
    <span className={clsx("inline-flex h-6 items-center gap-1.5 rounded-full px-2 text-xs font-medium", look.badge)}>
      <span aria-hidden="true" className={clsx("size-1.5 rounded-full", look.dot)} />
      {look.label}
    </span>
  );
}

function ChannelPill({ on, label, Icon }: { on: boolean; label: string; Icon: typeof Globe }) {
  return (
    <span
      title={on ? `On the ${label.toLowerCase()}` : `Not on the ${label.toLowerCase()}`}
      className={clsx(
        "inline-flex h-6 items-center gap-1 rounded-md border px-1.5 text-xs font-medium",
        on ? "border-stone-200 bg-white text-stone-800" : "border-dashed border-stone-300 text-stone-400",
      )}
    >
      <Icon aria-hidden="true" className="size-3" />
      <span className="max-xl:sr-only">{label}</span>
      <span className="sr-only">{on ? ": on" : ": off"}</span>
    </span>
  );
}

function PriceCell({ row }: { row: ProductRow }) {
  if (!row.price) return <span className="text-sm text-stone-400">No variants</span>;
  const { from, to } = row.price;
  const range = to.amountMinor > from.amountMinor;
  return (
    <span className="block leading-tight">
      <span className="block text-sm text-stone-900 tabular-nums">
        {range ? <span className="xl:hidden">from </span> : null}
        {formatMoney(from.amountMinor, from.currency)}
        {range ? <span className="max-xl:hidden"> – {formatMoney(to.amountMinor, to.currency)}</span> : null}
      </span>
      <span className="mt-0.5 block text-xs text-stone-500">
        {count.format(row.variantCount)} {row.variantCount === 1 ? "variant" : "variants"}
      </span>
    </span>
  );
}

function StockCell({ units }: { units: number }) {
  return (
    <span className={clsx("text-sm tabular-nums", units === 0 ? "font-medium text-out" : "text-stone-900")}>
      {units === 0 ? "None" : count.format(units)}
    </span>
  );
}

export const columns = column.columns([
  column.display({
    id: "product",
    header: "Product",
    meta: { width: "min-w-0 flex-1", label: "Product" },
    cell: ({ row }) => <ProductCell row={row.original} />,
  }),
  column.accessor("status", {
    header: "Status",
    meta: { width: "w-24 xl:w-28", label: "Status" },
    cell: ({ getValue }) => <StatusBadge status={getValue()} />,
  }),
  column.accessor("channels", {
    header: "Channels",
    meta: { width: "w-20 xl:w-32", label: "Channels" },
    cell: ({ getValue }) => (
      <span className="flex gap-1">
        <ChannelPill on={getValue().web} label="Web" Icon={Globe} />
        <ChannelPill on={getValue().store} label="Store" Icon={Store} />
      </span>
    ),
  }),
  column.accessor((r) => r.category.name, {
    id: "category",
    header: "Category",
    meta: { width: "w-36 xl:w-44", label: "Category" },
    cell: ({ getValue }) => <span className="block truncate text-sm text-stone-700">{getValue()}</span>,
  }),
  column.display({
    id: "price",
    header: "Price",
    meta: { width: "w-32 xl:w-44", align: "right", label: "Price" },
    cell: ({ row }) => <PriceCell row={row.original} />,
  }),
  column.accessor("stock", {
    header: "Stock",
    meta: { width: "w-20", align: "right", label: "Stock" },
    cell: ({ getValue }) => <StockCell units={getValue()} />,
  }),
  column.accessor("updatedAt", {
    header: "Updated",
    meta: { width: "w-32 max-xl:hidden", align: "right", label: "Updated" },
    cell: ({ getValue }) => (
      <time
        dateTime={getValue().toISOString()}
        title={moment.format(getValue())}
        className="text-sm text-stone-600 tabular-nums"
      >
        {day.format(getValue())}
      </time>
    ),
  }),
]);
