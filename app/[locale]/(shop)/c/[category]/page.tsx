import type { Metadata } from "next";
import { LiveCatalogRefresh } from "@/app/_components/live";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Breadcrumbs } from "@/app/[locale]/(shop)/_components/breadcrumbs";
import { formatMoneyShort } from "@/lib/money";
import { pluralise, shortStoreName } from "@/lib/words";
import { Pagination } from "@/ui/pagination";
import { ProductGrid } from "@/app/[locale]/(shop)/_components/product-grid";
import { api } from "@/trpc/server";
import { getCategory, getChosenStore } from "../../_lib/data";
import {
  activeFilterCount,
  categoryHref,
  parseCategoryFilters,
  SORT_LABELS,
  type CategoryFilters,
  type RawSearchParams,
} from "../../_lib/search-params";
import { FILTER_FORM_ID, Filters, RESULTS_ID } from "@/app/[locale]/(shop)/c/[category]/_components/filters";
import { X } from "lucide-react";
import { buttonClasses } from "@/ui/button";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ category: string }>;
  searchParams: Promise<RawSearchParams>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await getCategory((await params).category);
  return { title: category.name, description: category.description || undefined };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { category: slug } = await params;
  const [category, facets, store, raw] = await Promise.all([
    getCategory(slug),
    api.catalog.facets({ category: slug }),
    getChosenStore(),
    searchParams,
  ]);

  const filters = parseCategoryFilters(
    raw,
    { sizes: facets.sizes, colours: facets.colours.map((c) => c.name) },
    !!store,
  );
  const result = await api.catalog.browse({
    category: slug,
    sizes: filters.sizes.length ? filters.sizes : undefined,
    colours: filters.colours.length ? filters.colours : undefined,
    minPriceMinor: filters.minMinor,
    maxPriceMinor: filters.maxMinor,
    availableAt: filters.atStore && store ? store.id : undefined,
    sort: filters.sort,
    page: filters.page,
  });

  // Past the last page (an old link, a hand-edited URL): go to the last page that has results.
  if (result.total > 0 && filters.page > result.pageCount)
    redirect(categoryHref(slug, filters, { page: result.pageCount }));

  const active = activeFilterCount(filters);
  const chips = filterChips(slug, filters, store?.name ?? null);

  return (
    <div className="mx-auto max-w-screen-2xl px-4 pt-6 pb-16 sm:px-6 lg:px-10 lg:pt-8 lg:pb-24">
      <LiveCatalogRefresh />
      <Breadcrumbs items={[{ label: "Shop", href: "/" }, { label: category.name }]} />
      <header className="mt-4 max-w-2xl">
        <h1 className="text-3xl font-semibold tracking-tight text-stone-950 sm:text-4xl">{category.name}</h1>
        {category.description ? <p className="mt-2 text-stone-600 sm:text-lg">{category.description}</p> : null}
      </header>

      <div className="mt-8 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-12 xl:grid-cols-[16rem_minmax(0,1fr)]">
        <aside aria-label="Filters">
          <Filters slug={slug} facets={facets} filters={filters} store={store} />
        </aside>

        <section
          id={RESULTS_ID}
          aria-labelledby="results-heading"
          className="mt-6 transition-opacity aria-busy:opacity-60 lg:mt-0"
        >
          <h2 id="results-heading" className="sr-only">
            Products
          </h2>
          <div className="flex flex-wrap items-center justify-between gap-3 border-b border-stone-200 pb-4">
            <p className="text-sm text-stone-600" aria-live="polite">
              <span className="font-semibold text-stone-950">{pluralise(result.total, "product")}</span>
              {result.pageCount > 1 ? (
                <span>
                  {" "}
                  · page {result.page} of {result.pageCount}
                </span>
              ) : null}
            </p>
            <div className="flex items-center gap-2">
              <label htmlFor="sort" className="text-sm text-stone-600">
                Sort by
              </label>
              <select
                id="sort"
                name="sort"
                form={FILTER_FORM_ID}
                defaultValue={filters.sort}
                className="h-11 rounded-full border border-stone-200 bg-white pr-9 pl-4 text-sm text-stone-900 hover:border-stone-400 focus:outline-none focus-visible:ring-2 focus-visible:ring-accent-700/60 lg:h-10"
              >
                {Object.entries(SORT_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          </div>

          {chips.length ? (
            <ul aria-label="Active filters" className="mt-4 flex flex-wrap gap-2">
              {chips.map((chip) => (
                <li key={chip.key}>
                  <Link
                    href={chip.href}
                    scroll={false}
                    className="inline-flex min-h-11 items-center gap-1.5 rounded-full bg-stone-100 py-1 pr-2.5 pl-3.5 text-sm text-stone-800 hover:bg-stone-200 sm:min-h-9"
                  >
                    {chip.label}
                    <X aria-hidden="true" className="size-3.5 text-stone-500" />
                    <span className="sr-only">(remove filter)</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}

          {result.items.length ? (
            <>
              <ProductGrid products={result.items} storeName={store?.name ?? null} withSidebar className="mt-6" />
              <Pagination
                page={result.page}
                pageCount={result.pageCount}
                href={(page) => categoryHref(slug, filters, { page })}
                className="mt-14"
              />
            </>
          ) : (
            <div className="mt-6 rounded-3xl border border-dashed border-stone-300 px-6 py-16 text-center">
              <h3 className="text-lg font-semibold text-stone-950">
                {active ? "Nothing matches these filters" : "Nothing here just yet"}
              </h3>
              <p className="mx-auto mt-2 max-w-sm text-sm text-stone-600">
                {active
                  ? "Try removing a filter or widening the price range."
                  : "New pieces arrive every week. In the meantime, have a look around the rest of the shop."}
              </p>
              {active ? (
                <Link href={`/c/${slug}`} className={buttonClasses({ size: "sm", className: "mt-6 px-6" })}>
                  Clear filters
                </Link>
              ) : (
                <Link href="/" className={buttonClasses({ size: "sm", className: "mt-6 px-6" })}>
                  Back to the shop
                </Link>
              )}
            </div>
          )}
        </section>
      </div>
    </div>
  );
}

function filterChips(slug: string, f: CategoryFilters, storeName: string | null) {
  const reset = { page: 1 };
  const chips: { key: string; label: string; href: string }[] = [];
  if (f.atStore && storeName) {
    chips.push({
      key: "store",
      label: `At ${shortStoreName(storeName)}`,
      href: categoryHref(slug, f, { ...reset, atStore: false }),
    });
  }
  for (const size of f.sizes) {
    chips.push({
      key: `size-${size}`,
      label: `Size ${size}`,
      href: categoryHref(slug, f, { ...reset, sizes: f.sizes.filter((s) => s !== size) }),
    });
  }
  for (const colour of f.colours) {
    chips.push({
      key: `colour-${colour}`,
      label: colour,
      href: categoryHref(slug, f, { ...reset, colours: f.colours.filter((c) => c !== colour) }),
    });
  }
  if (f.minMinor !== undefined) {
    chips.push({
      key: "min",
      label: `From ${formatMoneyShort(f.minMinor)}`,
      href: categoryHref(slug, f, { ...reset, minMinor: undefined }),
    });
  }
  if (f.maxMinor !== undefined) {
    chips.push({
      key: "max",
      label: `Up to ${formatMoneyShort(f.maxMinor)}`,
      href: categoryHref(slug, f, { ...reset, maxMinor: undefined }),
    });
  }
  return chips;
}
