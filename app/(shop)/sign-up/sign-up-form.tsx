"use client";

import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { FormAlert, FormField, SubmitButton } from "@/app/_components/form-field";
import { PasswordToggle } from "@/app/_components/password-toggle";
import { safeCallbackUrl } from "@/app/_components/safe-callback";
import { useTRPC } from "@/trpc/react";

type Field = "name" | "email" | "password";
type Errors = Partial<Record<Field, string>> & { form?: string; conflict?: boolean };

export function SignUpForm({ callbackUrl }: { callbackUrl: string | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [errors, setErrors] = useState<Errors>({});
  const [signingIn, setSigningIn] = useState(false);
  const [showPassword, setShowPassword] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const signUp = useMutation(trpc.account.signUp.mutationOptions());
  const pending = signUp.isPending || signingIn;
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
    if (!input.name) next.name = "Enter your name.";
    if (!input.email) next.email = "Enter your email address.";
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email)) next.email = "Enter a valid email address, like name@example.com.";
    if (input.password.length < 8) next.password = "Use at least 8 characters.";
    setErrors(next);
    if (Object.keys(next).length) return focusFirst(next);

    signUp.mutate(input, {
      onError: (error) => {
        const fieldErrors = (error.data?.fieldErrors ?? null) as Record<string, string[] | undefined> | null;
        const fromServer: Errors = {};
        for (const field of ["name", "email", "password"] as const) {
          const message = fieldErrors?.[field]?.[0];
          if (message) fromServer[field] = message;
        }
        if (error.data?.code === "CONFLICT") {
          fromServer.form = error.message;
          fromServer.conflict = true;
        } else if (!Object.keys(fromServer).length) {
          fromServer.form = error.message || "We couldn’t create your account. Please try again.";
        }
        setErrors(fromServer);
        focusFirst(fromServer);
      },
      onSuccess: async () => {
        setSigningIn(true);
        const result = await signIn("credentials", { email: input.email, password: input.password, redirect: false }).catch(() => null);
        if (!result || result.error) {
          // The account exists; only the automatic sign-in failed.
          router.push(signInHref);
          return;
        }
        router.push(safeCallbackUrl(callbackUrl) ?? "/account");
        router.refresh();
      },
    });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <div aria-live="assertive">
        {errors.form ? (
          <FormAlert>
            {errors.form}
            {errors.conflict ? (
              <>
                {" "}
                <Link href={signInHref} className="font-semibold underline underline-offset-4">
                  Go to sign in
                </Link>
              </>
            ) : null}
          </FormAlert>
        ) : null}
      </div>
      <FormField
        ref={nameRef}
        id={`${id}-name`}
        name="name"
        label="Full name"
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
        label="Email"
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        maxLength={254}
        error={errors.email}
      />
      <FormField
        ref={passwordRef}
        id={`${id}-password`}
        name="password"
        type={showPassword ? "text" : "password"}
        label="Password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={200}
        hint="At least 8 characters."
        error={errors.password}
        trailing={<PasswordToggle shown={showPassword} onToggle={() => setShowPassword((s) => !s)} />}
      />
      <SubmitButton pending={pending} pendingLabel={signingIn ? "Signing you in…" : "Creating your account…"}>
        Create account
      </SubmitButton>
      <p className="text-center text-sm text-stone-600">
        Already have an account?{" "}
        <Link href={signInHref} className="font-medium text-stone-950 underline underline-offset-4 hover:text-accent-700">
          Sign in
        </Link>
      </p>
    </form>
  );
}
