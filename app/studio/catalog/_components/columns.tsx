import { clsx } from "clsx";
import { ExternalLink, Globe, Store } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { createColumnHelper, tableFeatures } from "@tanstack/react-table";
import { formatDate, formatDateWith, formatNumber } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import type { StudioProductRow } from "@/server/domain/studio/products";

export type ProductRow = StudioProductRow;

/** Per column: its width classes (the header and every row share them) and its alignment. */
type ColumnMeta = { width: string; align?: "right" };

// Everything is sorted and filtered by the server: the table only lays rows out.
export const features = tableFeatures({ columnMeta: {} as ColumnMeta });
const column = createColumnHelper<typeof features, ProductRow>();

/** The storefront's page for a product, when the web shows it (drafts have none yet). */
export function shopHref(row: ProductRow): string | null {
  return row.channels.web ? `/p/${row.slug}` : null;
}

/** The product's editor: where Enter, a double click and its name lead. */
export const editorHref = (row: ProductRow) => `/studio/catalog/${row.id}`;

function ProductCell({ row }: { row: ProductRow }) {
  const t = useTranslations("studio.catalog.columns");
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
              title={t("openShop")}
              className="shrink-0 rounded text-stone-400 hover:text-stone-800"
            >
              <ExternalLink aria-hidden="true" className="size-3.5" />
              <span className="sr-only">{t("openInShop", { name: row.name })}</span>
            </a>
          ) : null}
        </span>
      </span>
    </div>
  );
}

const STATUS_LOOK: Record<ProductRow["status"], { badge: string; dot: string }> = {
  published: { badge: "bg-ok-bg text-ok", dot: "bg-ok" },
  scheduled: { badge: "bg-low-bg text-low", dot: "bg-low" },
  draft: { badge: "bg-stone-100 text-stone-600", dot: "ring-1 ring-stone-400" },
};

function StatusBadge({ status }: { status: ProductRow["status"] }) {
  const t = useTranslations("studio.catalog.status");
  const look = STATUS_LOOK[status];
  return (
    <span className={clsx("inline-flex h-6 items-center gap-1.5 rounded-full px-2 text-xs font-medium", look.badge)}>
      <span aria-hidden="true" className={clsx("size-1.5 rounded-full", look.dot)} />
      {t(status)}
    </span>
  );
}

function ChannelPill({ on, channel, Icon }: { on: boolean; channel: "web" | "store"; Icon: typeof Globe }) {
  const t = useTranslations("studio.catalog.channel");
  return (
    <span
      title={on ? t(`on.${channel}`) : t(`off.${channel}`)}
      className={clsx(
        "inline-flex h-6 items-center gap-1 rounded-md border px-1.5 text-xs font-medium",
        on ? "border-stone-200 bg-white text-stone-800" : "border-dashed border-stone-300 text-stone-400",
      )}
    >
      <Icon aria-hidden="true" className="size-3" />
      <span className="max-xl:sr-only">{t(`name.${channel}`)}</span>
      <span className="sr-only">{on ? t("isOn") : t("isOff")}</span>
    </span>
  );
}

function PriceCell({ row }: { row: ProductRow }) {
  const t = useTranslations("studio.catalog.columns");
  if (!row.price) return <span className="text-sm text-stone-400">{t("noVariants")}</span>;
  const { from, to } = row.price;
  const range = to.amountMinor > from.amountMinor;
  return (
    <span className="block leading-tight">
      <span className="block text-sm text-stone-900 tabular-nums">
        {range ? <span className="xl:hidden">{t("from")} </span> : null}
        {formatMoney(from.amountMinor, from.currency)}
        {range ? <span className="max-xl:hidden"> – {formatMoney(to.amountMinor, to.currency)}</span> : null}
      </span>
      <span className="mt-0.5 block text-xs text-stone-500">{t("variants", { count: row.variantCount })}</span>
    </span>
  );
}

function StockCell({ units }: { units: number }) {
  const t = useTranslations("studio.catalog.columns");
  const locale = useLocale();
  return (
    <span className={clsx("text-sm tabular-nums", units === 0 ? "font-medium text-out" : "text-stone-900")}>
      {units === 0 ? t("noStock") : formatNumber(units, locale)}
    </span>
  );
}

/** The full date and time, on hover. */
const MOMENT: Intl.DateTimeFormatOptions = { dateStyle: "long", timeStyle: "short" };

function UpdatedCell({ at }: { at: Date }) {
  const locale = useLocale();
  return (
    <time
      dateTime={at.toISOString()}
      title={formatDateWith(at, locale, MOMENT)}
      className="text-sm text-stone-600 tabular-nums"
    >
      {formatDate(at, locale)}
    </time>
  );
}

type ColumnName = "product" | "status" | "channels" | "category" | "price" | "stock" | "updated";

/** A column's heading, in the reader's language (rendered as a component, so it may use hooks). */
function heading(name: ColumnName) {
  return function ColumnHeading() {
    return useTranslations("studio.catalog.columns.heading")(name);
  };
}

export const columns = column.columns([
  column.display({
    id: "product",
    header: heading("product"),
    meta: { width: "min-w-0 flex-1" },
    cell: ({ row }) => <ProductCell row={row.original} />,
  }),
  column.accessor("status", {
    header: heading("status"),
    meta: { width: "w-24 xl:w-28" },
    cell: ({ getValue }) => <StatusBadge status={getValue()} />,
  }),
  column.accessor("channels", {
    header: heading("channels"),
    meta: { width: "w-20 xl:w-38" },
    cell: ({ getValue }) => (
      <span className="flex gap-1">
        <ChannelPill on={getValue().web} channel="web" Icon={Globe} />
        <ChannelPill on={getValue().store} channel="store" Icon={Store} />
      </span>
    ),
  }),
  column.accessor((r) => r.category.name, {
    id: "category",
    header: heading("category"),
    meta: { width: "w-36 xl:w-44" },
    cell: ({ getValue }) => <span className="block truncate text-sm text-stone-700">{getValue()}</span>,
  }),
  column.display({
    id: "price",
    header: heading("price"),
    meta: { width: "w-32 xl:w-44", align: "right" },
    cell: ({ row }) => <PriceCell row={row.original} />,
  }),
  column.accessor("stock", {
    header: heading("stock"),
    meta: { width: "w-20", align: "right" },
    cell: ({ getValue }) => <StockCell units={getValue()} />,
  }),
  column.accessor("updatedAt", {
    header: heading("updated"),
    meta: { width: "w-32 max-xl:hidden", align: "right" },
    cell: ({ getValue }) => <UpdatedCell at={getValue()} />,
  }),
]);
