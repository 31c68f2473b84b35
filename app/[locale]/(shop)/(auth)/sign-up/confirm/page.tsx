import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { AuthCard } from "@/app/[locale]/(shop)/(auth)/_components/auth-card";
import { firstValue, type RawSearchParams } from "@/app/[locale]/(shop)/_lib/search-params";
import { ConfirmSignUp } from "@/app/[locale]/(shop)/(auth)/sign-up/confirm/_components/confirm-sign-up";

export const dynamic = "force-dynamic";

// The token is in this page's address: no link from here may carry it to another site.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout.auth.confirm");
  return { title: t("title"), robots: { index: false }, referrer: "no-referrer" };
}

/**
 * Where the sign-up email's link lands. Nothing happens on opening it (mail scanners open links
 * too): the person presses the button, which creates the account and signs them in.
 */
export default async function ConfirmSignUpPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const token = firstValue(await searchParams, "token")?.slice(0, 200) ?? null;
  const t = await getTranslations("checkout.auth.confirm");
  const incomplete = t.rich("incomplete", {
    link: (chunks) => (
      <Link href="/sign-up" className="font-medium text-stone-950 underline underline-offset-4">
        {chunks}
      </Link>
    ),
  });
  return (
    <AuthCard title={t("title")} intro={t("intro")}>
      {token ? <ConfirmSignUp token={token} /> : <p className="text-sm text-stone-700">{incomplete}</p>}
    </AuthCard>
  );
}
