import { TRPCError } from "@trpc/server";
import { LiveMyOrders } from "@/app/_components/live";
import { Eye, LogOut, Search } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { firstName, pluralise, shortStoreName } from "@/lib/words";
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

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const ROLE_LABELS: Record<string, string> = {
  customer: "Customer",
  staff: "Store staff",
  marketer: "Marketing",
  admin: "Administrator",
};

const memberSince = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "Europe/Madrid" });
const dayMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "Europe/Madrid" });

export default async function AccountPage() {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in?callbackUrl=/account");

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
  if (!profile) redirect("/sign-in?callbackUrl=/account");

  const stores = locations.filter((l) => l.kind === "store" && l.clickAndCollect);
  const preferred = stores.find((s) => s.id === profile.preferredLocationId) ?? null;
  const staffStore = locations.find((l) => l.id === profile.staffLocationId) ?? null;

  return (
    <div className="mx-auto max-w-5xl px-4 pt-8 pb-16 sm:px-6 lg:px-10 lg:pt-12 lg:pb-24">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm text-stone-500">Your account</p>
          <h1 className="mt-1 text-3xl font-semibold tracking-tight text-stone-950 sm:text-4xl">
            Hello, {firstName(profile.name)}
          </h1>
        </div>
        <form action={signOutAction}>
          <Button type="submit" variant="secondary" size="sm">
            <LogOut aria-hidden="true" className="size-4" />
            Sign out
          </Button>
        </form>
      </header>

      <div className="mt-10 grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="details-heading" className="rounded-3xl border border-stone-200 p-6 sm:p-8">
          <h2 id="details-heading" className="text-lg font-semibold text-stone-950">
            Your details
          </h2>
          <dl className="mt-5 space-y-4 text-sm">
            <div>
              <dt className="text-stone-500">Name</dt>
              <dd className="mt-0.5 font-medium text-stone-950">{profile.name}</dd>
            </div>
            <div>
              <dt className="text-stone-500">Email</dt>
              <dd className="mt-0.5 font-medium break-all text-stone-950">{profile.email}</dd>
            </div>
            {profile.phone ? (
              <div>
                <dt className="text-stone-500">Phone</dt>
                <dd className="mt-0.5 font-medium text-stone-950">{profile.phone}</dd>
              </div>
            ) : null}
            <div>
              <dt className="text-stone-500">Account type</dt>
              <dd className="mt-0.5 font-medium text-stone-950">
                {ROLE_LABELS[profile.role] ?? profile.role}
                {staffStore ? <span className="font-normal text-stone-600"> · {staffStore.name}</span> : null}
              </dd>
            </div>
            <div>
              <dt className="text-stone-500">Member since</dt>
              <dd className="mt-0.5 font-medium text-stone-950">{memberSince.format(profile.createdAt)}</dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="store-heading" className="rounded-3xl border border-stone-200 p-6 sm:p-8">
          <h2 id="store-heading" className="text-lg font-semibold text-stone-950">
            Preferred store
          </h2>
          <p className="mt-1 text-sm text-stone-600">
            {preferred
              ? `You pick up at ${shortStoreName(preferred.name)}. We show its stock first everywhere in the shop.`
              : "Choose the store you usually pick up from, and we’ll show its stock first everywhere in the shop."}
          </p>
          <StorePicker layout="list" stores={stores} chosenId={preferred?.id ?? null} className="mt-5" />
        </section>
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="devices-heading" className="rounded-3xl border border-stone-200 p-6 sm:p-8">
          <h2 id="devices-heading" className="text-lg font-semibold text-stone-950">
            Signed-in devices
          </h2>
          <p className="mt-1 text-sm text-stone-600">
            Left yourself signed in on a shared or lost device? Sign out on every device at once, this one too.
          </p>
          <SignOutEverywhere />
        </section>

        <section aria-labelledby="password-heading" className="rounded-3xl border border-stone-200 p-6 sm:p-8">
          <h2 id="password-heading" className="text-lg font-semibold text-stone-950">
            Change password
          </h2>
          <p className="mt-1 text-sm text-stone-600">You stay signed in here; every other device is signed out.</p>
          <div className="max-w-md">
            <ChangePasswordForm />
          </div>
        </section>
      </div>

      <section aria-labelledby="privacy-heading" className="mt-6 rounded-3xl border border-stone-200 p-6 sm:p-8">
        <h2 id="privacy-heading" className="text-lg font-semibold text-stone-950">
          Privacy
        </h2>
        <p className="mt-1 max-w-2xl text-sm text-stone-600">
          What this account lets the shop note while you browse. Cookie settings at the bottom of every page change the
          same choice.
        </p>
        <div className="max-w-2xl">
          <PrivacySetting allowed={profile.analyticsConsent} chosen={!!profile.analyticsConsentAt} />
        </div>
      </section>

      <section id="orders" aria-labelledby="orders-heading" className="mt-10 scroll-mt-24">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="orders-heading" className="text-xl font-semibold text-stone-950">
            Your orders
          </h2>
          {orders.length ? (
            <p className="text-sm text-stone-500">Online and in store · {pluralise(orders.length, "order")}</p>
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
            Recently viewed
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
                      {dayMonth.format(new Date(item.viewedAt))}
                    </time>
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-3 text-sm text-stone-600">
              {profile.analyticsConsent
                ? "Products you look at will show up here, so you can find them again."
                : "Turn on personalising under Privacy, and the products you look at will show up here."}
            </p>
          )}
        </section>

        <section aria-labelledby="searches-heading" className="rounded-3xl border border-stone-200 p-6 sm:p-8">
          <h2 id="searches-heading" className="flex items-center gap-2 text-lg font-semibold text-stone-950">
            <Search aria-hidden="true" className="size-4 text-stone-500" />
            Recent searches
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
                      {pluralise(s.resultCount, "result")}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-3 text-sm text-stone-600">
              {profile.analyticsConsent
                ? "Your searches will show up here, ready to run again."
                : "With personalising on, your searches will show up here, ready to run again."}
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
