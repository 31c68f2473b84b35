import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AuthCard } from "@/app/[locale]/(shop)/(auth)/_components/auth-card";
import { landingFor } from "@/app/[locale]/(shop)/(auth)/_lib/landing";
import { redirectBack } from "@/app/[locale]/(shop)/(auth)/_lib/redirect-back";
import { safeCallbackUrl } from "@/app/[locale]/(shop)/(auth)/_lib/safe-callback";
import { auth } from "@/server/auth/index";
import { firstValue, type RawSearchParams } from "@/app/[locale]/(shop)/_lib/search-params";
import { SignInForm } from "@/app/[locale]/(shop)/(auth)/sign-in/_components/sign-in-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout.auth.signIn");
  return { title: t("title"), robots: { index: false } };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const raw = await searchParams;
  const callbackUrl = safeCallbackUrl(firstValue(raw, "callbackUrl"));
  const [session, locale, t] = await Promise.all([auth(), getLocale(), getTranslations("checkout.auth.signIn")]);
  if (session?.user?.id) redirectBack(callbackUrl ?? landingFor(session.user.role), locale);

  // Auth.js sends failed non-JavaScript sign-ins back here with ?error=…&code=….
  const code = firstValue(raw, "code") ?? (firstValue(raw, "error") ? "error" : null);

  return (
    <AuthCard title={t("title")} intro={t("intro")}>
      <SignInForm callbackUrl={callbackUrl} initialCode={code} />
    </AuthCard>
  );
}
