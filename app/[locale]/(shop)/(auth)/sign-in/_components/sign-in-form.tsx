"use client";

import { getSession, signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter as useAppRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { Link, useRouter } from "@/i18n/navigation";
import { SubmitButton } from "@/ui/button";
import { FormAlert, FormField } from "@/ui/field";
import { PasswordToggle } from "@/app/[locale]/(shop)/(auth)/_components/password-toggle";
import { landingFor } from "@/app/[locale]/(shop)/(auth)/_lib/landing";
import { safeCallbackUrl, shopPath } from "@/app/[locale]/(shop)/(auth)/_lib/safe-callback";

type Words = ReturnType<typeof useTranslations<"checkout.auth">>;

/** "40 seconds", "15 minutes", "3 hours": sign-in waits run from seconds to a day. */
function waitWords(seconds: number, t: Words): string {
  if (seconds < 90) return t("signIn.wait.seconds", { count: seconds });
  if (seconds < 90 * 60) return t("signIn.wait.minutes", { count: Math.ceil(seconds / 60) });
  return t("signIn.wait.hours", { count: Math.ceil(seconds / 3600) });
}

/** The message for a sign-in failure code from the server ("invalid", "throttled-<seconds>"). */
function signInMessage(code: string | null | undefined, t: Words): string | null {
  if (!code) return null;
  const throttled = /^throttled-(\d+)$/.exec(code);
  if (throttled) {
    // One message for every limit: a guesser learns nothing about which one it hit.
    return t("signIn.throttled", { wait: waitWords(Number(throttled[1]), t) });
  }
  if (code === "invalid" || code === "credentials") return t("signIn.invalid");
  return t("signIn.failed");
}

type Errors = { email?: string; password?: string; form?: string };

export function SignInForm({ callbackUrl, initialCode }: { callbackUrl: string | null; initialCode: string | null }) {
  const t = useTranslations("checkout.auth");
  const router = useRouter();
  const appRouter = useAppRouter();
  const id = useId();
  const [errors, setErrors] = useState<Errors>(() => {
    const message = signInMessage(initialCode, t);
    return message ? { form: message } : {};
  });
  const [pending, setPending] = useState(false);
  const [showPassword, setShowPassword] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");

    const next: Errors = {};
    if (!email) next.email = t("enterEmail");
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) next.email = t("validEmail");
    if (!password) next.password = t("signIn.enterPassword");
    setErrors(next);
    if (next.email) return emailRef.current?.focus();
    if (next.password) return passwordRef.current?.focus();

    setPending(true);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (!result || result.error) {
        setErrors({ form: signInMessage(result?.code ?? "invalid", t) ?? undefined });
        setPending(false);
        passwordRef.current?.select();
        return;
      }
      // Checked again here: this push is the redirect, and a prop is only as safe as every caller.
      const to = safeCallbackUrl(callbackUrl) ?? landingFor((await getSession())?.user?.role);
      // A shop page opens in this page's language; the console and studio have none in their address.
      const shop = shopPath(to);
      if (shop === null) appRouter.push(to);
      else router.push(shop);
      router.refresh();
    } catch {
      setErrors({ form: t("offline") });
      setPending(false);
    }
  }

  const newHere = t.rich("signIn.newHere", {
    link: (chunks) => (
      <Link
        href={callbackUrl ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-up"}
        className="font-medium text-stone-950 underline underline-offset-4 hover:text-accent-700"
      >
        {chunks}
      </Link>
    ),
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <div aria-live="assertive">{errors.form ? <FormAlert>{errors.form}</FormAlert> : null}</div>
      <FormField
        ref={emailRef}
        id={`${id}-email`}
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        error={errors.email}
      />
      <FormField
        ref={passwordRef}
        id={`${id}-password`}
        name="password"
        type={showPassword ? "text" : "password"}
        label={t("password")}
        autoComplete="current-password"
        required
        error={errors.password}
        trailing={<PasswordToggle shown={showPassword} onToggle={() => setShowPassword((s) => !s)} />}
      />
      <SubmitButton pending={pending} pendingLabel={t("signIn.pending")}>
        {t("signIn.submit")}
      </SubmitButton>
      <p className="text-center text-sm text-stone-600">{newHere}</p>
    </form>
  );
}
