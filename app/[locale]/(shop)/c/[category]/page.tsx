import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LiveCatalogRefresh } from "@/app/_components/live";
import { Breadcrumbs } from "@/app/[locale]/(shop)/_components/breadcrumbs";
import { alternates } from "@/i18n/alternates";
import { getPathname, Link, redirect } from "@/i18n/navigation";
import { SORTS } from "@/server/domain/catalog/inputs";
import { formatMoneyShort } from "@/lib/money";
import { shortStoreName } from "@/lib/words";
import { Pagination } from "@/ui/pagination";
import { ProductGrid } from "@/app/[locale]/(shop)/_components/product-grid";
import { api } from "@/trpc/server";
import { getCategory, getChosenStore } from "../../_lib/data";
import {
  activeFilterCount,
  categoryHref,
  parseCategoryFilters,
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
  const { category: slug } = await params;
  const [category, locale] = await Promise.all([getCategory(slug), getLocale()]);
  return {
    title: category.name,
    description: category.description || undefined,
    alternates: alternates(`/c/${slug}`, locale),
  };
}

type Translate = Awaited<ReturnType<typeof getTranslations<"shop">>>;

export default async function CategoryPage({ params, searchParams }: Props) {
  const { category: slug } = await params;
  const [category, facets, store, raw, t, locale] = await Promise.all([
    getCategory(slug),
    api.catalog.facets({ category: slug }),
    getChosenStore(),
    searchParams,
    getTranslations("shop"),
    getLocale(),
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
    redirect({ href: categoryHref(slug, filters, { page: result.pageCount }), locale });

  const active = activeFilterCount(filters);
  const chips = filterChips(slug, filters, store?.name ?? null, t);

  return (
    <div className="mx-auto max-w-screen-2xl px-4 pt-6 pb-16 sm:px-6 lg:px-10 lg:pt-8 lg:pb-24">
      <LiveCatalogRefresh />
      <Breadcrumbs items={[{ label: t("breadcrumbs.home"), href: "/" }, { label: category.name }]} />
      <header className="mt-4 max-w-2xl">
        <h1 className="text-3xl font-semibold tracking-tight text-stone-950 sm:text-4xl">{category.name}</h1>
        {category.description ? <p className="mt-2 text-stone-600 sm:text-lg">{category.description}</p> : null}
      </header>

      <div className="mt-8 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-12 xl:grid-cols-[16rem_minmax(0,1fr)]">
        <aside aria-label={t("filters.title")}>
          <Filters slug={slug} facets={facets} filters={filters} store={store} />
        </aside>

        <section
          id={RESULTS_ID}
          aria-labelledby="results-heading"
          className="mt-6 transition-opacity aria-busy:opacity-60 lg:mt-0"
        >
          <h2 id="results-heading" className="sr-only">
            {t("category.products")}
          </h2>
          <div className="flex flex-wrap items-center justify-between gap-3 border-b border-stone-200 pb-4">
            <p className="text-sm text-stone-600" aria-live="polite">
              <span className="font-semibold text-stone-950">{t("productCount", { count: result.total })}</span>
              {result.pageCount > 1 ? (
                <span> · {t("category.pageOf", { page: result.page, pageCount: result.pageCount })}</span>
              ) : null}
            </p>
            <div className="flex items-center gap-2">
              <label htmlFor="sort" className="text-sm text-stone-600">
                {t("category.sortBy")}
              </label>
              <select
                id="sort"
                name="sort"
                form={FILTER_FORM_ID}
                defaultValue={filters.sort}
                className="h-11 rounded-full border border-stone-200 bg-white pr-9 pl-4 text-sm text-stone-900 hover:border-stone-400 focus:outline-none focus-visible:ring-2 focus-visible:ring-accent-700/60 lg:h-10"
              >
                {SORTS.map((value) => (
                  <option key={value} value={value}>
                    {t(`category.sort.${value}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>

          {chips.length ? (
            <ul aria-label={t("category.activeFilters")} className="mt-4 flex flex-wrap gap-2">
              {chips.map((chip) => (
                <li key={chip.key}>
                  <Link
                    href={chip.href}
                    scroll={false}
                    className="inline-flex min-h-11 items-center gap-1.5 rounded-full bg-stone-100 py-1 pr-2.5 pl-3.5 text-sm text-stone-800 hover:bg-stone-200 sm:min-h-9"
                  >
                    {chip.label}
                    <X aria-hidden="true" className="size-3.5 text-stone-500" />
                    <span className="sr-only">({t("category.removeFilter")})</span>
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
                // The kit's pagination takes finished addresses: with the language.
                href={(page) => getPathname({ href: categoryHref(slug, filters, { page }), locale })}
                className="mt-14"
              />
            </>
          ) : (
            <div className="mt-6 rounded-3xl border border-dashed border-stone-300 px-6 py-16 text-center">
              <h3 className="text-lg font-semibold text-stone-950">
                {active ? t("category.noMatch") : t("category.empty")}
              </h3>
              <p className="mx-auto mt-2 max-w-sm text-sm text-stone-600">
                {active ? t("category.noMatchText") : t("category.emptyText")}
              </p>
              {active ? (
                <Link href={`/c/${slug}`} className={buttonClasses({ size: "sm", className: "mt-6 px-6" })}>
                  {t("category.clearFilters")}
                </Link>
              ) : (
                <Link href="/" className={buttonClasses({ size: "sm", className: "mt-6 px-6" })}>
                  {t("category.backToShop")}
                </Link>
              )}
            </div>
          )}
        </section>
      </div>
    </div>
  );
}

function filterChips(slug: string, f: CategoryFilters, storeName: string | null, t: Translate) {
  const reset = { page: 1 };
  const chips: { key: string; label: string; href: string }[] = [];
  if (f.atStore && storeName) {
    chips.push({
      key: "store",
      label: t("category.chip.atStore", { store: shortStoreName(storeName) }),
      href: categoryHref(slug, f, { ...reset, atStore: false }),
    });
  }
  for (const size of f.sizes) {
    chips.push({
      key: `size-${size}`,
      label: t("category.chip.size", { size }),
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
      label: t("category.chip.from", { price: formatMoneyShort(f.minMinor) }),
      href: categoryHref(slug, f, { ...reset, minMinor: undefined }),
    });
  }
  if (f.maxMinor !== undefined) {
    chips.push({
      key: "max",
      label: t("category.chip.upTo", { price: formatMoneyShort(f.maxMinor) }),
      href: categoryHref(slug, f, { ...reset, maxMinor: undefined }),
    });
  }
  return chips;
}
