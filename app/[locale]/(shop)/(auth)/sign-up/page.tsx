import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AuthCard } from "@/app/[locale]/(shop)/(auth)/_components/auth-card";
import { redirectBack } from "@/app/[locale]/(shop)/(auth)/_lib/redirect-back";
import { safeCallbackUrl } from "@/app/[locale]/(shop)/(auth)/_lib/safe-callback";
import { auth } from "@/server/auth/index";
import { firstValue, type RawSearchParams } from "@/app/[locale]/(shop)/_lib/search-params";
import { SignUpForm } from "@/app/[locale]/(shop)/(auth)/sign-up/_components/sign-up-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout.auth.signUp");
  return { title: t("title"), robots: { index: false } };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const callbackUrl = safeCallbackUrl(firstValue(await searchParams, "callbackUrl"));
  const [session, locale, t] = await Promise.all([auth(), getLocale(), getTranslations("checkout.auth.signUp")]);
  if (session?.user?.id) redirectBack(callbackUrl ?? "/account", locale);

  return (
    <AuthCard title={t("title")} intro={t("intro")}>
      <SignUpForm callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
