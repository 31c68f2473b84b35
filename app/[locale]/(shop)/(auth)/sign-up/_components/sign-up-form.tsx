"use client";

import { useMutation } from "@tanstack/react-query";
import { MailCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Link } from "@/i18n/navigation";
import { SubmitButton } from "@/ui/button";
import { FormAlert, FormField } from "@/ui/field";
import { NewPasswordField } from "@/app/[locale]/(shop)/(auth)/_components/password-toggle";
import { apiFailure, fieldMessages } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";

type Field = "name" | "email" | "password";
type Errors = Partial<Record<Field, string>> & { form?: string };

/**
 * The answer is the same whether or not the email already has an account ("we've sent a link"):
 * the email itself says which, so the form tells nobody who shops here.
 */
export function SignUpForm({ callbackUrl }: { callbackUrl: string | null }) {
  const t = useTranslations("checkout.auth");
  const trpc = useTRPC();
  const id = useId();
  const [errors, setErrors] = useState<Errors>({});
  const [showPassword, setShowPassword] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const signUp = useMutation(trpc.account.signUp.mutationOptions());
  const pending = signUp.isPending;
  const signInHref = callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in";

  function focusFirst(next: Errors) {
    if (next.name) nameRef.current?.focus();
    else if (next.email) emailRef.current?.focus();
    else if (next.password) passwordRef.current?.focus();
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = {
      name: String(data.get("name") ?? "").trim(),
      email: String(data.get("email") ?? "").trim(),
      password: String(data.get("password") ?? ""),
    };

    const next: Errors = {};
    if (!input.name) next.name = t("signUp.enterName");
    if (!input.email) next.email = t("enterEmail");
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email)) next.email = t("validEmail");
    if (input.password.length < 8) next.password = t("shortPassword");
    setErrors(next);
    if (Object.keys(next).length) return focusFirst(next);

    signUp.mutate(input, {
      onError: (error) => {
        const failure = apiFailure(error);
        const fromServer: Errors = fieldMessages(failure, ["name", "email", "password"]);
        if (!Object.keys(fromServer).length) {
          fromServer.form = failure.message || t("signUp.failed");
        }
        setErrors(fromServer);
        focusFirst(fromServer);
      },
    });
  }

  const signInLink = (chunks: React.ReactNode) => (
    <Link href={signInHref} className="font-medium text-stone-950 underline underline-offset-4 hover:text-accent-700">
      {chunks}
    </Link>
  );

  if (signUp.data) {
    const sent = t.rich("signUp.sent", {
      address: signUp.data.sentTo,
      email: (chunks) => <span className="break-all">{chunks}</span>,
    });
    return (
      <div role="status" className="space-y-4 text-sm leading-relaxed text-stone-700">
        <MailCheck aria-hidden="true" className="size-8 text-accent-700" />
        <p className="text-base font-medium text-stone-950">{sent}</p>
        <p>{t("signUp.sentHint")}</p>
        <p>{signInLink(t("signUp.backToSignIn"))}</p>
      </div>
    );
  }

  const haveAccount = t.rich("signUp.haveAccount", { link: signInLink });
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <div aria-live="assertive">{errors.form ? <FormAlert>{errors.form}</FormAlert> : null}</div>
      <FormField
        ref={nameRef}
        id={`${id}-name`}
        name="name"
        label={t("fullName")}
        autoComplete="name"
        required
        maxLength={120}
        error={errors.name}
      />
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
        maxLength={254}
        error={errors.email}
      />
      <NewPasswordField
        ref={passwordRef}
        id={`${id}-password`}
        name="password"
        label={t("password")}
        error={errors.password}
        shown={showPassword}
        onToggle={() => setShowPassword((s) => !s)}
      />
      <SubmitButton pending={pending} pendingLabel={t("creating")}>
        {t("signUp.submit")}
      </SubmitButton>
      <p className="text-center text-sm text-stone-600">{haveAccount}</p>
    </form>
  );
}
