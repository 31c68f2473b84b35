import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { auth } from "@/server/auth";
import { api } from "@/trpc/server";
import { CheckoutEmpty } from "@/app/[locale]/(shop)/checkout/_components/checkout-empty";
import { CheckoutForm } from "@/app/[locale]/(shop)/checkout/_components/checkout-form";

// A cart and its stock holds are one shopper's, and change by the minute: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout.page");
  return { title: t("title"), robots: { index: false } };
}

export default async function CheckoutPage() {
  const [session, options, cart, t] = await Promise.all([
    auth(),
    api.checkout.options(),
    api.cart.get(),
    getTranslations("checkout.page"),
  ]);
  const account = session?.user?.id ? { name: session.user.name ?? "", email: session.user.email ?? "" } : null;
  const empty = !options.hasItems || !cart.lines.length;

  return (
    <div className="mx-auto max-w-6xl px-4 pt-6 pb-16 sm:px-6 lg:px-10 lg:pt-8 lg:pb-24">
      <Link
        href="/cart"
        className="inline-flex min-h-11 items-center gap-1.5 text-sm text-stone-600 underline-offset-4 hover:text-stone-950 hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("back")}
      </Link>
      <h1 className="mt-2 mb-6 text-3xl font-semibold tracking-tight text-stone-950 sm:mb-8 sm:text-4xl">
        {t("title")}
      </h1>
      {empty ? <CheckoutEmpty /> : <CheckoutForm initialOptions={options} initialCart={cart} account={account} />}
    </div>
  );
}
