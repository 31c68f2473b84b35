import type { Metadata } from "next";
import { ArrowRight } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { LiveCatalogRefresh } from "@/app/_components/live";
import { alternates } from "@/i18n/alternates";
import { getPathname, Link } from "@/i18n/navigation";
import { Pagination } from "@/ui/pagination";
import { ProductGrid } from "@/app/[locale]/(shop)/_components/product-grid";
import { RecordInteraction } from "@/app/[locale]/(shop)/_components/record-interaction";
import { api } from "@/trpc/server";
import { getCategories, getChosenStore } from "../_lib/data";
import { firstValue, type RawSearchParams } from "../_lib/search-params";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 48;

type Props = { searchParams: Promise<RawSearchParams> };

function readQuery(raw: RawSearchParams): string {
  return (firstValue(raw, "q") ?? "").replace(/\s+/g, " ").trim().slice(0, 100);
}

/** Junk page numbers fall back to the first page rather than failing. */
function readPage(raw: RawSearchParams): number {
  const page = Number(firstValue(raw, "page"));
  return Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [raw, t, locale] = await Promise.all([searchParams, getTranslations("shop.searchPage"), getLocale()]);
  const q = readQuery(raw);
  return {
    title: q ? t("metaTitle", { q }) : t("title"),
    robots: { index: false },
    alternates: alternates("/search", locale),
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const q = readQuery(raw);
  const page = readPage(raw);
  const [result, categories, store, t, locale] = await Promise.all([
    q
      ? api.catalog.search({ q, limit: PAGE_SIZE, page })
      : Promise.resolve({ items: [], total: 0, page: 1, pageCount: 1 }),
    getCategories(),
    getChosenStore(),
    getTranslations("shop.searchPage"),
    getLocale(),
  ]);
  const found = result.items.length > 0;
  // Few or no results: fill the page with featured pieces (ones not already shown).
  const featured =
    result.items.length >= 4
      ? []
      : (await api.catalog.featured({ limit: 8 })).filter((p) => !result.items.some((r) => r.id === p.id)).slice(0, 4);
  const suggestions = categories.filter((c) => c.productCount > 0);

  return (
    <div className="mx-auto max-w-screen-2xl px-4 pt-8 pb-16 sm:px-6 lg:px-10 lg:pt-12 lg:pb-24">
      <LiveCatalogRefresh />
      {q ? <RecordInteraction kind="search" query={q} resultCount={result.total} /> : null}
      <header className="max-w-3xl">
        {q ? (
          <>
            <p className="text-sm text-stone-500">{t("results")}</p>
            <h1 className="mt-1 text-3xl font-semibold tracking-tight break-words text-stone-950 sm:text-4xl">
              {t("quoted", { q })}
            </h1>
            <p className="mt-2 text-stone-600" aria-live="polite">
              {found
                ? result.pageCount > 1
                  ? t("foundPaged", { count: result.total, page: result.page, pageCount: result.pageCount })
                  : t("found", { count: result.total })
                : result.total > 0
                  ? t("onlyPages", { pageCount: result.pageCount })
                  : t("nothing")}
            </p>
          </>
        ) : (
          <>
            <h1 className="text-3xl font-semibold tracking-tight text-stone-950 sm:text-4xl">{t("title")}</h1>
            <p className="mt-2 text-stone-600">{t("emptyText")}</p>
          </>
        )}
      </header>

      {found ? (
        <section aria-label={t("resultsLabel")} className="mt-10">
          <ProductGrid products={result.items} storeName={store?.name ?? null} />
          <Pagination
            className="mt-12"
            page={result.page}
            pageCount={result.pageCount}
            href={(n) => getPathname({ href: `/search?${new URLSearchParams({ q, page: String(n) })}`, locale })}
          />
        </section>
      ) : null}

      <section
        aria-labelledby="suggestions-heading"
        className={found ? "mt-16 border-t border-stone-200 pt-10" : "mt-10 rounded-3xl bg-stone-50 p-6 sm:p-10"}
      >
        <h2 id="suggestions-heading" className="text-lg font-semibold text-stone-950">
          {found ? t("browseCategories") : q ? t("tryCategory") : t("startWithCategory")}
        </h2>
        {!found && q ? <p className="mt-1 text-sm text-stone-600">{t("nothingHint")}</p> : null}
        <ul className="mt-5 flex flex-wrap gap-2">
          {suggestions.map((c) => (
            <li key={c.slug}>
              <Link
                href={`/c/${c.slug}`}
                className="group inline-flex min-h-11 items-center gap-2 rounded-full border border-stone-200 bg-white px-4 text-sm font-medium text-stone-800 transition-colors hover:border-stone-900 hover:text-stone-950"
              >
                {c.name}
                <ArrowRight
                  aria-hidden="true"
                  className="size-3.5 text-stone-400 transition-transform group-hover:translate-x-0.5 group-hover:text-stone-900"
                />
              </Link>
            </li>
          ))}
        </ul>
      </section>

      {featured.length ? (
        <section aria-labelledby="popular-heading" className="mt-16">
          <h2 id="popular-heading" className="text-2xl font-semibold tracking-tight text-stone-950">
            {found ? t("alsoLike") : t("featured")}
          </h2>
          <ProductGrid products={featured} storeName={store?.name ?? null} priorityCount={0} className="mt-6" />
        </section>
      ) : null}
    </div>
  );
}
