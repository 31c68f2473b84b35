"use client";

import { getSession, signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { SubmitButton } from "@/ui/button";
import { FormAlert, FormField } from "@/ui/field";
import { PasswordToggle } from "@/app/[locale]/(shop)/(auth)/_components/password-toggle";
import { landingFor } from "@/app/[locale]/(shop)/(auth)/_lib/landing";
import { safeCallbackUrl } from "@/app/[locale]/(shop)/(auth)/_lib/safe-callback";

/** "40 seconds", "15 minutes", "3 hours": sign-in waits run from seconds to a day. */
function waitWords(seconds: number): string {
  const [amount, unit] =
    seconds < 90
      ? [seconds, "second"]
      : seconds < 90 * 60
        ? [Math.ceil(seconds / 60), "minute"]
        : [Math.ceil(seconds / 3600), "hour"];
  return `${amount} ${unit}${amount === 1 ? "" : "s"}`;
}

/** The message for a sign-in failure code from the server ("invalid", "throttled-<seconds>"). */
export function signInMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  const throttled = /^throttled-(\d+)$/.exec(code);
  if (throttled) {
    // One message for every limit: a guesser learns nothing about which one it hit.
    return `Too many failed attempts. Try again in ${waitWords(Number(throttled[1]))}.`;
  }
  if (code === "invalid" || code === "credentials") return "That email and password do not match an account.";
  return "We couldn’t sign you in. Please try again.";
}

type Errors = { email?: string; password?: string; form?: string };

export function SignInForm({ callbackUrl, initialCode }: { callbackUrl: string | null; initialCode: string | null }) {
  const router = useRouter();
  const id = useId();
  const [errors, setErrors] = useState<Errors>(() => {
    const message = signInMessage(initialCode);
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
    if (!email) next.email = "Enter your email address.";
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      next.email = "Enter a valid email address, like name@example.com.";
    if (!password) next.password = "Enter your password.";
    setErrors(next);
    if (next.email) return emailRef.current?.focus();
    if (next.password) return passwordRef.current?.focus();

    setPending(true);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (!result || result.error) {
        setErrors({ form: signInMessage(result?.code ?? "invalid") ?? undefined });
        setPending(false);
        passwordRef.current?.select();
        return;
      }
      // Checked again here: this push is the redirect, and a prop is only as safe as every caller.
      router.push(safeCallbackUrl(callbackUrl) ?? landingFor((await getSession())?.user?.role));
      router.refresh();
    } catch {
      setErrors({ form: "We couldn’t reach the server. Check your connection and try again." });
      setPending(false);
    }
  }

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <div aria-live="assertive">{errors.form ? <FormAlert>{errors.form}</FormAlert> : null}</div>
      <FormField
        ref={emailRef}
        id={`${id}-email`}
        name="email"
        type="email"
        label="Email"
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
        label="Password"
        autoComplete="current-password"
        required
        error={errors.password}
        trailing={<PasswordToggle shown={showPassword} onToggle={() => setShowPassword((s) => !s)} />}
      />
      <SubmitButton pending={pending} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
      <p className="text-center text-sm text-stone-600">
        New to Mostrador?{" "}
        <Link
          href={callbackUrl ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-up"}
          className="font-medium text-stone-950 underline underline-offset-4 hover:text-accent-700"
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}
