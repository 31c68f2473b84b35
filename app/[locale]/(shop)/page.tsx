import type { Metadata } from "next";
import { ArrowRight, Clock, MapPin } from "lucide-react";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { ChooseStoreButton } from "@/app/[locale]/(shop)/_components/choose-store-button";
import { alternates } from "@/i18n/alternates";
import { Link } from "@/i18n/navigation";
import { ProductGrid } from "@/app/[locale]/(shop)/_components/product-grid";
import { TodaysHours } from "@/app/[locale]/(shop)/_components/todays-hours";
import { api } from "@/trpc/server";
import { getCategories, getChosenStore, getLocations } from "./_lib/data";
import { buttonClasses } from "@/ui/button";
import { Picture } from "@/ui/picture";

export const dynamic = "force-dynamic";

/** Muted backdrops for category tiles, cycled in menu order. */
const TILE_TONES = ["#ece7df", "#e4e7e1", "#efe4dc", "#e3e6ec", "#efe8e1", "#e8e4dd", "#e9e3e6", "#e6e9e4"];

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations("common.site"), getLocale()]);
  return { title: { absolute: t("title") }, description: t("description"), alternates: alternates("/", locale) };
}

export default async function HomePage() {
  const [categories, featured, locations, chosen, t, locale] = await Promise.all([
    getCategories(),
    api.catalog.featured({ limit: 8 }),
    getLocations(),
    getChosenStore(),
    getTranslations("shop"),
    getLocale(),
  ]);
  const stores = locations.filter((l) => l.kind === "store" && l.clickAndCollect);
  const shown = categories.filter((c) => c.productCount > 0);
  const firstCategory = shown[0];

  return (
    <>
      <Hero
        firstCategory={
          firstCategory ? { slug: firstCategory.slug, name: firstCategory.name.toLocaleLowerCase(locale) } : null
        }
      />

      {shown.length ? (
        <section
          aria-labelledby="categories-heading"
          className="mx-auto max-w-screen-2xl px-4 pt-14 sm:px-6 lg:px-10 lg:pt-20"
        >
          <div className="flex items-end justify-between gap-4">
            <h2 id="categories-heading" className="text-2xl font-semibold tracking-tight text-stone-950 sm:text-3xl">
              {t("home.byCategory")}
            </h2>
          </div>
          <ul className="no-scrollbar -mx-4 mt-6 flex snap-x snap-mandatory gap-3 overflow-x-auto px-4 pb-2 sm:-mx-6 sm:px-6 md:mx-0 md:grid md:grid-cols-4 md:gap-5 md:overflow-visible md:px-0 md:pb-0">
            {shown.map((c, i) => {
              const cover = c.coverImage;
              return (
                <li key={c.slug} className="w-[42%] shrink-0 snap-start sm:w-[30%] md:w-auto">
                  <Link href={`/c/${c.slug}`} className="group block rounded-2xl focus-visible:outline-offset-4">
                    <div
                      className="relative aspect-[4/5] overflow-hidden rounded-2xl"
                      style={{ backgroundColor: TILE_TONES[i % TILE_TONES.length] }}
                    >
                      {cover ? (
                        <Picture
                          src={cover.url}
                          alt=""
                          media={cover.media}
                          sizes="(min-width: 768px) 25vw, 42vw"
                          width={600}
                          height={750}
                          className="size-full object-cover transition-transform duration-500 ease-out group-hover:scale-[1.04]"
                        />
                      ) : null}
                    </div>
                    <div className="mt-3 flex items-start justify-between gap-2 px-0.5">
                      <div>
                        <p className="text-sm font-semibold text-stone-950 sm:text-base">{c.name}</p>
                        <p className="text-xs text-stone-500 sm:text-sm">
                          {t("productCount", { count: c.productCount })}
                        </p>
                      </div>
                      <ArrowRight
                        aria-hidden="true"
                        className="mt-1 hidden size-4 text-stone-400 transition-transform group-hover:translate-x-0.5 group-hover:text-stone-900 sm:block"
                      />
                    </div>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {featured.length ? (
        <section
          aria-labelledby="featured-heading"
          className="mx-auto max-w-screen-2xl px-4 pt-16 sm:px-6 lg:px-10 lg:pt-24"
        >
          <div className="flex items-end justify-between gap-4">
            <div>
              <h2 id="featured-heading" className="text-2xl font-semibold tracking-tight text-stone-950 sm:text-3xl">
                {t("home.featured")}
              </h2>
              <p className="mt-1 text-sm text-stone-600 sm:text-base">{t("home.featuredText")}</p>
            </div>
          </div>
          <ProductGrid products={featured} storeName={chosen?.name ?? null} priorityCount={0} className="mt-8" />
        </section>
      ) : null}

      {stores.length ? (
        <section
          aria-labelledby="stores-heading"
          id="stores"
          className="mx-auto max-w-screen-2xl px-4 pt-16 pb-16 sm:px-6 lg:px-10 lg:pt-24 lg:pb-24"
        >
          <div className="overflow-hidden rounded-3xl bg-stone-900 text-white">
            <div className="grid gap-10 p-6 sm:p-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] lg:gap-16 lg:p-14">
              <div>
                <p className="inline-flex items-center gap-2 rounded-full bg-white/10 px-3 py-1 text-xs font-medium text-stone-200">
                  <Clock aria-hidden="true" className="size-3.5" />
                  {t("home.readyIn2Hours")}
                </p>
                <h2 id="stores-heading" className="mt-4 text-2xl font-semibold tracking-tight sm:text-3xl lg:text-4xl">
                  {t("home.storesTitle")}
                </h2>
                <p className="mt-3 max-w-md text-stone-300">{t("home.storesText")}</p>
              </div>
              <ul className="grid gap-3 sm:grid-cols-3">
                {stores.map((store) => {
                  const isChosen = store.id === chosen?.id;
                  return (
                    <li
                      key={store.id}
                      className={
                        isChosen
                          ? "flex flex-col rounded-2xl bg-white/10 p-5 ring-1 ring-accent-300/60"
                          : "flex flex-col rounded-2xl bg-white/5 p-5 ring-1 ring-white/10"
                      }
                    >
                      <MapPin aria-hidden="true" className="size-5 text-accent-300" />
                      <h3 className="mt-3 font-semibold">{store.city}</h3>
                      <p className="mt-1 text-sm text-stone-300">{store.addressLine}</p>
                      <p className="mt-1 text-sm text-stone-400">
                        <TodaysHours store={store} />
                      </p>
                      <div className="mt-auto pt-4">
                        <ChooseStoreButton store={store} chosen={isChosen} tone="dark" />
                      </div>
                    </li>
                  );
                })}
              </ul>
            </div>
          </div>
        </section>
      ) : null}
    </>
  );
}

function Hero({ firstCategory }: { firstCategory: { slug: string; name: string } | null }) {
  const t = useTranslations("shop.home.hero");
  return (
    <section
      aria-labelledby="hero-heading"
      className="relative overflow-hidden border-b border-stone-200/70 bg-[#f5f2ed]"
    >
      <div className="mx-auto grid max-w-screen-2xl items-center gap-10 px-4 py-12 sm:px-6 sm:py-16 lg:grid-cols-2 lg:gap-16 lg:px-10 lg:py-24">
        <div className="relative z-10 max-w-xl">
          <p className="text-xs font-semibold tracking-[0.2em] text-accent-700 uppercase">{t("cities")}</p>
          <h1
            id="hero-heading"
            className="mt-4 font-serif text-[2.6rem] leading-[1.04] tracking-tight text-stone-950 sm:text-6xl lg:text-7xl"
          >
            {t("title")}
            <br />
            <span className="text-stone-500">{t("subtitle")}</span>
          </h1>
          <p className="mt-5 max-w-md text-base leading-relaxed text-stone-700 sm:text-lg">{t("text")}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            {firstCategory ? (
              <Link href={`/c/${firstCategory.slug}`} className={buttonClasses()}>
                {t("shopCategory", { category: firstCategory.name })}
                <ArrowRight aria-hidden="true" className="size-4" />
              </Link>
            ) : null}
            {/* A jump down this page: a plain anchor, no navigation. */}
            <a
              href="#stores"
              className={buttonClasses({
                variant: "secondary",
                className: "bg-white/60 hover:border-stone-900 hover:bg-white",
              })}
            >
              {t("findStore")}
            </a>
          </div>
        </div>
        <HeroArt />
      </div>
    </section>
  );
}

/** A CSS-only composition of fabric swatches: knit ribs, stripes and a linen weave. */
function HeroArt() {
  const t = useTranslations("shop.home.hero");
  return (
    <div aria-hidden="true" className="relative mx-auto hidden aspect-[5/4] w-full max-w-xl sm:block lg:max-w-none">
      {/* Knit: vertical ribs */}
      <div
        className="absolute top-[4%] left-[6%] h-[70%] w-[44%] -rotate-6 rounded-[1.75rem] shadow-xl shadow-stone-900/10"
        style={{
          backgroundColor: "#1f2a44",
          backgroundImage:
            "repeating-linear-gradient(90deg, rgba(255,255,255,0.07) 0 6px, rgba(0,0,0,0.12) 6px 12px), radial-gradient(120% 80% at 20% 0%, rgba(255,255,255,0.18), transparent 60%)",
        }}
      />
      {/* Breton stripe */}
      <div
        className="absolute top-[18%] left-[36%] h-[64%] w-[38%] rotate-3 rounded-[1.75rem] shadow-xl shadow-stone-900/10"
        style={{
          backgroundColor: "#f4eedf",
          backgroundImage: "repeating-linear-gradient(180deg, #f4eedf 0 14px, #b3282d 14px 20px)",
        }}
      />
      {/* Linen weave */}
      <div
        className="absolute top-[2%] right-[4%] h-[46%] w-[30%] rotate-6 rounded-[1.5rem] shadow-xl shadow-stone-900/10"
        style={{
          backgroundColor: "#d8cbb3",
          backgroundImage:
            "repeating-linear-gradient(0deg, rgba(255,255,255,0.18) 0 2px, transparent 2px 5px), repeating-linear-gradient(90deg, rgba(120,90,50,0.12) 0 2px, transparent 2px 6px)",
        }}
      />
      {/* Terracotta stoneware */}
      <div
        className="absolute right-[8%] bottom-[4%] size-[30%] rounded-full shadow-xl shadow-stone-900/15"
        style={{
          background: "radial-gradient(circle at 35% 30%, #d98a68 0%, #c0603f 45%, #8c3d23 100%)",
        }}
      />
      {/* Sage cord */}
      <div
        className="absolute bottom-[2%] left-[14%] h-[22%] w-[34%] -rotate-3 rounded-[1.25rem] shadow-lg shadow-stone-900/10"
        style={{
          backgroundColor: "#a3b18a",
          backgroundImage: "repeating-linear-gradient(90deg, rgba(0,0,0,0.08) 0 3px, transparent 3px 9px)",
        }}
      />
      {/* A swing tag */}
      <div className="absolute top-[58%] left-[58%] rotate-[-4deg] rounded-xl bg-white px-4 py-3 shadow-lg ring-1 shadow-stone-900/10 ring-stone-900/5">
        <p className="text-[0.65rem] font-semibold tracking-[0.18em] text-stone-500 uppercase">{t("tagTitle")}</p>
        <p className="mt-0.5 font-serif text-lg text-stone-950">{t("tagText")}</p>
      </div>
    </div>
  );
}
