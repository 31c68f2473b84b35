import { clsx } from "clsx";
import { Check, ChevronDown, SlidersHorizontal } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { getPathname, Link } from "@/i18n/navigation";
import { AutoSubmit } from "@/app/[locale]/(shop)/c/[category]/_components/auto-submit";
import { shortStoreName } from "@/lib/words";
import type { FacetsData } from "@/app/_lib/types";
import { activeFilterCount, euros, type CategoryFilters } from "@/app/[locale]/(shop)/_lib/search-params";
import { buttonClasses } from "@/ui/button";

export const FILTER_FORM_ID = "filters";
export const RESULTS_ID = "results";
/** Values the URL leaves out because they are the default. */
const SUBMIT_DEFAULTS = { sort: "featured" };

type Props = {
  slug: string;
  facets: FacetsData;
  filters: CategoryFilters;
  store: { name: string } | null;
};

const legend = "text-xs font-semibold tracking-wider text-stone-500 uppercase";

/**
 * The filters are a plain GET form: it works without JavaScript, and with it each change
 * submits at once (AutoSubmit) as a client-side navigation (next/form).
 */
export function Filters({ slug, facets, filters, store }: Props) {
  const t = useTranslations("shop.filters");
  const locale = useLocale();
  const active = activeFilterCount(filters);
  const priceMin = Math.floor(facets.price.min / 100);
  const priceMax = Math.ceil(facets.price.max / 100);
  return (
    <details className="filters-panel group/filters rounded-2xl border border-stone-200 lg:rounded-none lg:border-0">
      <summary className="flex min-h-12 list-none items-center justify-between gap-3 rounded-2xl px-4 text-sm font-medium text-stone-900 lg:hidden">
        <span className="inline-flex items-center gap-2">
          <SlidersHorizontal aria-hidden="true" className="size-4" />
          {t("title")}
          {active ? (
            <span className="grid size-5 place-items-center rounded-full bg-stone-950 text-[0.6875rem] font-semibold text-white">
              {active}
              <span className="sr-only"> {t("active", { count: active })}</span>
            </span>
          ) : null}
        </span>
        <ChevronDown aria-hidden="true" className="filters-chevron size-4 text-stone-500 transition-transform" />
      </summary>
      <form
        method="get"
        action={getPathname({ href: `/c/${slug}`, locale })}
        id={FILTER_FORM_ID}
        aria-label={t("label")}
        className="space-y-7 border-t border-stone-200 px-4 pt-5 pb-5 lg:border-0 lg:p-0"
      >
        <AutoSubmit resultsId={RESULTS_ID} defaults={SUBMIT_DEFAULTS} />

        <fieldset>
          <legend className={legend}>{t("availability")}</legend>
          <label
            className={clsx(
              "mt-3 flex min-h-11 items-center justify-between gap-3 rounded-xl border px-3 py-2 text-sm",
              store
                ? "cursor-pointer border-stone-200 hover:border-stone-400"
                : "cursor-not-allowed border-dashed border-stone-200",
            )}
          >
            <span className={clsx(store ? "text-stone-900" : "text-stone-500")}>
              {store ? t("availableAt", { store: shortStoreName(store.name) }) : t("availableAtMine")}
            </span>
            <input
              type="checkbox"
              role="switch"
              name="store"
              value="1"
              defaultChecked={filters.atStore}
              disabled={!store}
              aria-describedby={store ? undefined : "store-filter-hint"}
              className="peer sr-only"
            />
            <span
              aria-hidden="true"
              className="relative inline-flex h-6 w-10 shrink-0 items-center rounded-full bg-stone-300 transition-colors peer-checked:bg-stone-950 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-700 peer-disabled:bg-stone-200 peer-checked:[&>span]:translate-x-4"
            >
              <span className="ml-1 size-4 rounded-full bg-white shadow-sm transition-transform" />
            </span>
          </label>
          {!store ? (
            <p id="store-filter-hint" className="mt-2 text-xs leading-relaxed text-stone-500">
              {t("chooseStoreHint")}
            </p>
          ) : null}
        </fieldset>

        {facets.sizes.length ? (
          <fieldset>
            <legend className={legend}>{t("size")}</legend>
            <div className="mt-3 flex flex-wrap gap-1.5">
              {facets.sizes.map((size) => (
                <label
                  key={size}
                  className="relative inline-flex h-11 min-w-11 cursor-pointer items-center justify-center rounded-full border border-stone-200 px-3.5 text-sm text-stone-800 transition-colors select-none hover:border-stone-400 has-checked:border-stone-950 has-checked:bg-stone-950 has-checked:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent-700 lg:h-10 lg:min-w-10 lg:px-3"
                >
                  <input
                    type="checkbox"
                    name="size"
                    value={size}
                    defaultChecked={filters.sizes.includes(size)}
                    className="sr-only"
                  />
                  {size}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}

        {facets.colours.length ? (
          <fieldset>
            <legend className={legend}>{t("colour")}</legend>
            <div className="mt-3 grid grid-cols-2 gap-x-2 gap-y-0.5">
              {facets.colours.map((colour) => (
                <label
                  key={colour.name}
                  className="flex min-h-11 cursor-pointer items-center gap-2.5 rounded-lg px-1 text-sm text-stone-700 hover:text-stone-950 has-checked:font-medium has-checked:text-stone-950 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent-700 lg:min-h-9"
                >
                  <input
                    type="checkbox"
                    name="colour"
                    value={colour.name}
                    defaultChecked={filters.colours.includes(colour.name)}
                    className="peer sr-only"
                  />
                  <span
                    aria-hidden="true"
                    className="grid size-6 shrink-0 place-items-center rounded-full ring-1 ring-stone-900/15 ring-inset peer-checked:ring-2 peer-checked:ring-stone-950 peer-checked:ring-offset-2 peer-checked:[&>svg]:opacity-100"
                    style={{ backgroundColor: colour.hex ?? "#d6d3d1" }}
                  >
                    <Check className="size-3.5 text-white opacity-0 mix-blend-difference" strokeWidth={3} />
                  </span>
                  <span className="truncate">{colour.name}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}

        {facets.price.max > 0 ? (
          <fieldset>
            <legend className={legend}>{t("price")}</legend>
            <div className="mt-3 grid grid-cols-[1fr_auto_1fr] items-end gap-2">
              <label className="block">
                <span className="mb-1 block text-xs text-stone-600">{t("min")}</span>
                <input
                  type="number"
                  name="min"
                  inputMode="decimal"
                  min={0}
                  step="any"
                  placeholder={String(priceMin)}
                  defaultValue={filters.minMinor !== undefined ? euros(filters.minMinor) : undefined}
                  className="h-11 w-full rounded-xl border border-stone-200 px-3 text-[16px] tabular-nums placeholder:text-stone-400 hover:border-stone-400 focus:border-stone-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-accent-700/60 sm:text-sm"
                />
              </label>
              <span aria-hidden="true" className="pb-3 text-stone-400">
                –
              </span>
              <label className="block">
                <span className="mb-1 block text-xs text-stone-600">{t("max")}</span>
                <input
                  type="number"
                  name="max"
                  inputMode="decimal"
                  min={0}
                  step="any"
                  placeholder={String(priceMax)}
                  defaultValue={filters.maxMinor !== undefined ? euros(filters.maxMinor) : undefined}
                  className="h-11 w-full rounded-xl border border-stone-200 px-3 text-[16px] tabular-nums placeholder:text-stone-400 hover:border-stone-400 focus:border-stone-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-accent-700/60 sm:text-sm"
                />
              </label>
            </div>
          </fieldset>
        ) : null}

        <div className="flex items-center gap-3">
          <button
            type="submit"
            className={buttonClasses({ size: "sm", className: "flex-1 lg:[form[data-enhanced]_&]:hidden" })}
          >
            {t("apply")}
          </button>
          {active ? (
            <Link
              href={`/c/${slug}${filters.sort !== "featured" ? `?sort=${filters.sort}` : ""}`}
              scroll={false}
              className="inline-flex min-h-11 items-center px-2 text-sm font-medium text-stone-700 underline underline-offset-4 hover:text-stone-950"
            >
              {t("clearAll")}
            </Link>
          ) : null}
        </div>
      </form>
    </details>
  );
}
