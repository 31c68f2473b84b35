import type { Metadata } from "next";
import { LiveCatalogRefresh } from "@/app/_components/live";
import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { pluralise } from "@/lib/words";
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
  const q = readQuery(await searchParams);
  return { title: q ? `Search results for “${q}”` : "Search", robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const q = readQuery(raw);
  const page = readPage(raw);
  const [result, categories, store] = await Promise.all([
    q
      ? api.catalog.search({ q, limit: PAGE_SIZE, page })
      : Promise.resolve({ items: [], total: 0, page: 1, pageCount: 1 }),
    getCategories(),
    getChosenStore(),
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
            <p className="text-sm text-stone-500">Search results</p>
            <h1 className="mt-1 text-3xl font-semibold tracking-tight break-words text-stone-950 sm:text-4xl">“{q}”</h1>
            <p className="mt-2 text-stone-600" aria-live="polite">
              {found
                ? result.pageCount > 1
                  ? `${pluralise(result.total, "product")} found · page ${result.page} of ${result.pageCount}.`
                  : `${pluralise(result.total, "product")} found.`
                : result.total > 0
                  ? `There are only ${result.pageCount} pages of results.`
                  : "We couldn’t find anything matching that."}
            </p>
          </>
        ) : (
          <>
            <h1 className="text-3xl font-semibold tracking-tight text-stone-950 sm:text-4xl">Search</h1>
            <p className="mt-2 text-stone-600">
              Type what you’re looking for in the search box above, or start with a category.
            </p>
          </>
        )}
      </header>

      {found ? (
        <section aria-label="Results" className="mt-10">
          <ProductGrid products={result.items} storeName={store?.name ?? null} />
          <Pagination
            className="mt-12"
            page={result.page}
            pageCount={result.pageCount}
            href={(n) => `/search?${new URLSearchParams({ q, page: String(n) })}`}
          />
        </section>
      ) : null}

      <section
        aria-labelledby="suggestions-heading"
        className={found ? "mt-16 border-t border-stone-200 pt-10" : "mt-10 rounded-3xl bg-stone-50 p-6 sm:p-10"}
      >
        <h2 id="suggestions-heading" className="text-lg font-semibold text-stone-950">
          {found ? "Browse by category" : q ? "Try a category instead" : "Start with a category"}
        </h2>
        {!found && q ? (
          <p className="mt-1 text-sm text-stone-600">Check the spelling, use fewer words, or browse one of these.</p>
        ) : null}
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
            {found ? "You might also like" : "Featured pieces"}
          </h2>
          <ProductGrid products={featured} storeName={store?.name ?? null} priorityCount={0} className="mt-6" />
        </section>
      ) : null}
    </div>
  );
}
