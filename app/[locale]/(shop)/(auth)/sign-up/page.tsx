import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/app/[locale]/(shop)/(auth)/_components/auth-card";
import { safeCallbackUrl } from "@/app/[locale]/(shop)/(auth)/_lib/safe-callback";
import { auth } from "@/server/auth/index";
import { firstValue, type RawSearchParams } from "@/app/[locale]/(shop)/_lib/search-params";
import { SignUpForm } from "@/app/[locale]/(shop)/(auth)/sign-up/_components/sign-up-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const callbackUrl = safeCallbackUrl(firstValue(await searchParams, "callbackUrl"));
  const session = await auth();
  if (session?.user?.id) redirect(callbackUrl ?? "/account");

  return (
    <AuthCard title="Create an account" intro="Keep your pick-up store with you on every device.">
      <SignUpForm callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
