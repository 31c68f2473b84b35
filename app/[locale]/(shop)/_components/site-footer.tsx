import { useLocale, useTranslations } from "next-intl";
import { intlLocale } from "@/lib/format";
import { LanguageSwitch } from "@/app/_components/language-switch";
import { Logo } from "@/app/_components/logo";
import { CookieSettingsLink } from "@/app/[locale]/(shop)/_components/cookie-consent";
import { useOpeningHours } from "@/app/[locale]/(shop)/_lib/opening-hours";
import type { CategoryData, LocationData } from "@/app/_lib/types";
import { Link } from "@/i18n/navigation";

export function SiteFooter({ categories, stores }: { categories: CategoryData[]; stores: LocationData[] }) {
  const t = useTranslations("shop.footer");
  const locale = useLocale();
  const openingHours = useOpeningHours();
  const cities = new Intl.ListFormat(intlLocale(locale), { style: "long", type: "conjunction" }).format(
    stores.map((s) => s.city),
  );
  return (
    <footer className="mt-auto border-t border-stone-200 bg-stone-50">
      <div className="mx-auto max-w-screen-2xl px-4 py-12 sm:px-6 lg:px-10 lg:py-16">
        <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_minmax(0,3fr)] lg:gap-16">
          <div className="max-w-xs">
            <Logo />
            <p className="mt-3 text-sm leading-relaxed text-stone-600">{t("tagline")}</p>
            <nav aria-label={t("label")} className="mt-8">
              <h2 className="text-xs font-semibold tracking-wider text-stone-500 uppercase">{t("shop")}</h2>
              <ul className="mt-3 grid grid-cols-2 gap-x-4 text-sm lg:grid-cols-1">
                {categories.map((c) => (
                  <li key={c.slug}>
                    <Link
                      href={`/c/${c.slug}`}
                      className="inline-flex min-h-11 items-center text-stone-700 underline-offset-4 hover:text-stone-950 hover:underline sm:min-h-9"
                    >
                      {c.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <section aria-labelledby="footer-stores">
            <h2 id="footer-stores" className="text-xs font-semibold tracking-wider text-stone-500 uppercase">
              {t("stores")}
            </h2>
            <ul className="mt-4 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
              {stores.map((store) => (
                <li key={store.id} className="rounded-2xl border border-stone-200 bg-white p-5">
                  <h3 className="font-semibold text-stone-950">{store.name}</h3>
                  <address className="mt-2 text-sm leading-relaxed text-stone-600 not-italic">
                    {store.addressLine}
                    <br />
                    {store.postalCode} {store.city}
                    {store.phone ? (
                      <>
                        <br />
                        <a
                          href={`tel:${store.phone.replace(/\s+/g, "")}`}
                          className="inline-flex min-h-11 items-center underline-offset-4 hover:text-stone-950 hover:underline sm:min-h-9"
                        >
                          {store.phone}
                        </a>
                      </>
                    ) : null}
                  </address>
                  <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 border-t border-stone-100 pt-3 text-sm">
                    {openingHours(store.openingHours).map((g) => (
                      <div key={g.days} className="contents">
                        <dt className="text-stone-500">{g.days}</dt>
                        <dd className="text-stone-800 tabular-nums">{g.hours}</dd>
                      </div>
                    ))}
                  </dl>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <div className="mt-12 flex flex-col gap-2 border-t border-stone-200 pt-6 text-xs text-stone-500 sm:flex-row sm:items-center sm:justify-between">
          <div className="flex flex-wrap items-center gap-x-4">
            <span>{t("copyright", { year: new Date().getFullYear() })}</span>
            <CookieSettingsLink className="inline-flex min-h-11 items-center underline underline-offset-4 hover:text-stone-950 sm:min-h-9" />
            <LanguageSwitch surface="storefront" />
          </div>
          <p>
            {stores.length ? t("collectIn", { count: stores.length, cities }) : t("collect", { count: stores.length })}
          </p>
        </div>
      </div>
    </footer>
  );
}
