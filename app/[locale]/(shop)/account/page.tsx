import { TRPCError } from "@trpc/server";
import { LiveMyOrders } from "@/app/_components/live";
import { Eye, LogOut, Search } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { formatDateWith } from "@/lib/format";
import { firstName, shortStoreName } from "@/lib/words";
import { OrderList } from "@/app/[locale]/(shop)/_components/order-list";
import { StorePicker } from "@/app/[locale]/(shop)/_components/store-picker";
import { auth } from "@/server/auth";
import { signOutAction } from "@/app/_lib/actions";
import { api } from "@/trpc/server";
import { getLocations } from "../_lib/data";
import { ChangePasswordForm } from "@/app/[locale]/(shop)/account/_components/change-password-form";
import { PrivacySetting } from "@/app/[locale]/(shop)/account/_components/privacy-setting";
import { SignOutEverywhere } from "@/app/[locale]/(shop)/account/_components/sign-out-everywhere";
import { Button } from "@/ui/button";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout.account");
  return { title: t("metaTitle"), robots: { index: false } };
}

const ROLES = ["customer", "staff", "marketer", "admin"] as const;
const MONTH_YEAR = { month: "long", year: "numeric" } as const;
const DAY_MONTH = { day: "numeric", month: "short" } as const;
const isRole = (role: string): role is (typeof ROLES)[number] => (ROLES as readonly string[]).includes(role);

export default async function AccountPage() {
  const [session, locale, t] = await Promise.all([auth(), getLocale(), getTranslations("checkout.account")]);
  const toSignIn = () => redirect({ href: "/sign-in?callbackUrl=/account", locale });
  if (!session?.user?.id) toSignIn();

  const [profile, locations, orders, history] = await Promise.all([
    api.account.me().catch((err: unknown) => {
      // The session outlived the account (deleted, or a fresh database): sign in again.
      if (err instanceof TRPCError && (err.code === "NOT_FOUND" || err.code === "UNAUTHORIZED")) return null;
      throw err;
    }),
    getLocations(),
    api.orders.mine(),
    api.history.recent(),
  ]);
  if (!profile) return toSignIn();

  const stores = locations.filter((l) => l.kind === "store" && l.clickAndCollect);
  const preferred = stores.find((s) => s.id === profile.preferredLocationId) ?? null;
  const staffStore = locations.find((l) => l.id === profile.staffLocationId) ?? null;

  return (
    <div className="mx-auto max-w-5xl px-4 pt-8 pb-16 sm:px-6 lg:px-10 lg:pt-12 lg:pb-24">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm text-stone-500">{t("eyebrow")}</p>
          <h1 className="mt-1 text-3xl font-semibold tracking-tight text-stone-950 sm:text-4xl">
            {t("hello", { name: firstName(profile.name) })}
          </h1>
        </div>
        <form action={signOutAction}>
          <Button type="submit" variant="secondary" size="sm">
            <LogOut aria-hidden="true" className="size-4" />
            {t("signOut")}
          </Button>
        </form>
      </header>

      <div className="mt-10 grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="details-heading" className="rounded-3xl border border-stone-200 p-6 sm:p-8">
          <h2 id="details-heading" className="text-lg font-semibold text-stone-950">
            {t("details.heading")}
          </h2>
          <dl className="mt-5 space-y-4 text-sm">
            <div>
              <dt className="text-stone-500">{t("details.name")}</dt>
              <dd className="mt-0.5 font-medium text-stone-950">{profile.name}</dd>
            </div>
            <div>
              <dt className="text-stone-500">{t("details.email")}</dt>
              <dd className="mt-0.5 font-medium break-all text-stone-950">{profile.email}</dd>
            </div>
            {profile.phone ? (
              <div>
                <dt className="text-stone-500">{t("details.phone")}</dt>
                <dd className="mt-0.5 font-medium text-stone-950">{profile.phone}</dd>
              </div>
            ) : null}
            <div>
              <dt className="text-stone-500">{t("details.accountType")}</dt>
              <dd className="mt-0.5 font-medium text-stone-950">
                {isRole(profile.role) ? t(`roles.${profile.role}`) : profile.role}
                {staffStore ? <span className="font-normal text-stone-600"> · {staffStore.name}</span> : null}
              </dd>
            </div>
            <div>
              <dt className="text-stone-500">{t("details.memberSince")}</dt>
              <dd className="mt-0.5 font-medium text-stone-950">
                {formatDateWith(profile.createdAt, locale, MONTH_YEAR)}
              </dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="store-heading" className="rounded-3xl border border-stone-200 p-6 sm:p-8">
          <h2 id="store-heading" className="text-lg font-semibold text-stone-950">
            {t("store.heading")}
          </h2>
          <p className="mt-1 text-sm text-stone-600">
            {preferred ? t("store.chosen", { store: shortStoreName(preferred.name) }) : t("store.none")}
          </p>
          <StorePicker layout="list" stores={stores} chosenId={preferred?.id ?? null} className="mt-5" />
        </section>
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="devices-heading" className="rounded-3xl border border-stone-200 p-6 sm:p-8">
          <h2 id="devices-heading" className="text-lg font-semibold text-stone-950">
            {t("devices.heading")}
          </h2>
          <p className="mt-1 text-sm text-stone-600">{t("devices.body")}</p>
          <SignOutEverywhere />
        </section>

        <section aria-labelledby="password-heading" className="rounded-3xl border border-stone-200 p-6 sm:p-8">
          <h2 id="password-heading" className="text-lg font-semibold text-stone-950">
            {t("password.heading")}
          </h2>
          <p className="mt-1 text-sm text-stone-600">{t("password.body")}</p>
          <div className="max-w-md">
            <ChangePasswordForm />
          </div>
        </section>
      </div>

      <section aria-labelledby="privacy-heading" className="mt-6 rounded-3xl border border-stone-200 p-6 sm:p-8">
        <h2 id="privacy-heading" className="text-lg font-semibold text-stone-950">
          {t("privacy.heading")}
        </h2>
        <p className="mt-1 max-w-2xl text-sm text-stone-600">{t("privacy.body")}</p>
        <div className="max-w-2xl">
          <PrivacySetting allowed={profile.analyticsConsent} chosen={!!profile.analyticsConsentAt} />
        </div>
      </section>

      <section id="orders" aria-labelledby="orders-heading" className="mt-10 scroll-mt-24">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="orders-heading" className="text-xl font-semibold text-stone-950">
            {t("orders.heading")}
          </h2>
          {orders.length ? (
            <p className="text-sm text-stone-500">{t("orders.count", { count: orders.length })}</p>
          ) : null}
        </div>
        <LiveMyOrders />
        <div className="mt-4">
          <OrderList orders={orders} />
        </div>
      </section>

      <div className="mt-10 grid gap-6 md:grid-cols-2">
        <section aria-labelledby="viewed-heading" className="rounded-3xl border border-stone-200 p-6 sm:p-8">
          <h2 id="viewed-heading" className="flex items-center gap-2 text-lg font-semibold text-stone-950">
            <Eye aria-hidden="true" className="size-4 text-stone-500" />
            {t("viewed.heading")}
          </h2>
          {history.viewed.length ? (
            <ul className="mt-4 divide-y divide-stone-100">
              {history.viewed.map((item) => (
                <li key={item.slug}>
                  <Link
                    href={`/p/${item.slug}`}
                    className="flex min-h-11 items-center justify-between gap-3 py-2 text-sm text-stone-900 underline-offset-4 hover:underline"
                  >
                    <span className="min-w-0 truncate font-medium">{item.name}</span>
                    <time dateTime={new Date(item.viewedAt).toISOString()} className="shrink-0 text-xs text-stone-500">
                      {formatDateWith(new Date(item.viewedAt), locale, DAY_MONTH)}
                    </time>
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-3 text-sm text-stone-600">
              {profile.analyticsConsent ? t("viewed.empty") : t("viewed.emptyOff")}
            </p>
          )}
        </section>

        <section aria-labelledby="searches-heading" className="rounded-3xl border border-stone-200 p-6 sm:p-8">
          <h2 id="searches-heading" className="flex items-center gap-2 text-lg font-semibold text-stone-950">
            <Search aria-hidden="true" className="size-4 text-stone-500" />
            {t("searches.heading")}
          </h2>
          {history.searches.length ? (
            <ul className="mt-4 flex flex-wrap gap-2">
              {history.searches.map((s) => (
                <li key={s.query}>
                  <Link
                    href={`/search?q=${encodeURIComponent(s.query)}`}
                    className="inline-flex min-h-11 items-center gap-1.5 rounded-full border border-stone-200 px-4 text-sm text-stone-900 transition-colors hover:border-stone-950"
                  >
                    {s.query}
                    <span className="text-xs text-stone-500">
                      <span className="sr-only">, </span>
                      {t("searches.results", { count: s.resultCount })}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-3 text-sm text-stone-600">
              {profile.analyticsConsent ? t("searches.empty") : t("searches.emptyOff")}
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
