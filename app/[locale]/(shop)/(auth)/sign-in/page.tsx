import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/app/[locale]/(shop)/(auth)/_components/auth-card";
import { landingFor } from "@/app/[locale]/(shop)/(auth)/_lib/landing";
import { safeCallbackUrl } from "@/app/[locale]/(shop)/(auth)/_lib/safe-callback";
import { auth } from "@/server/auth/index";
import { firstValue, type RawSearchParams } from "@/app/[locale]/(shop)/_lib/search-params";
import { SignInForm } from "@/app/[locale]/(shop)/(auth)/sign-in/_components/sign-in-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const raw = await searchParams;
  const callbackUrl = safeCallbackUrl(firstValue(raw, "callbackUrl"));
  const session = await auth();
  if (session?.user?.id) redirect(callbackUrl ?? landingFor(session.user.role));

  // Auth.js sends failed non-JavaScript sign-ins back here with ?error=…&code=….
  const code = firstValue(raw, "code") ?? (firstValue(raw, "error") ? "error" : null);

  return (
    <AuthCard title="Sign in" intro="Welcome back. Sign in to see your account and your pick-up store.">
      <SignInForm callbackUrl={callbackUrl} initialCode={code} />
    </AuthCard>
  );
}
