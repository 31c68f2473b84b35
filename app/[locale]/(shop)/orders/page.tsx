import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { OrderList } from "@/app/[locale]/(shop)/_components/order-list";
import { auth } from "@/server/auth";
import { api } from "@/trpc/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout.orders");
  return { title: t("heading"), robots: { index: false } };
}

/**
 * A guest's orders from this browser, so a confirmation can be found again after the tab is
 * closed. Signed-in customers see theirs on the account page, with the rest of their history.
 */
export default async function OrdersPage() {
  const [session, locale, t] = await Promise.all([auth(), getLocale(), getTranslations("checkout.orders")]);
  if (session?.user?.id) redirect({ href: "/account#orders", locale });
  const orders = await api.orders.mine();
  const body = t.rich("body", {
    link: (chunks) => (
      <Link
        href="/sign-in?callbackUrl=/account"
        className="font-medium text-stone-950 underline underline-offset-4 hover:text-accent-700"
      >
        {chunks}
      </Link>
    ),
  });

  return (
    <div className="mx-auto max-w-3xl px-4 pt-8 pb-16 sm:px-6 lg:pt-12 lg:pb-24">
      <h1 className="text-3xl font-semibold tracking-tight text-stone-950 sm:text-4xl">{t("heading")}</h1>
      <p className="mt-2 text-sm leading-relaxed text-stone-600">{body}</p>
      <div className="mt-8">
        <OrderList orders={orders} headingLevel="h2" />
      </div>
    </div>
  );
}
