"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { SubmitButton } from "@/ui/button";
import { FormAlert, FormField } from "@/ui/field";
import { NewPasswordField } from "@/app/[locale]/(shop)/(auth)/_components/password-toggle";
import { apiFailure, fieldMessages } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";

type Field = "currentPassword" | "newPassword";
type Errors = Partial<Record<Field, string>> & { form?: string };

/** Current and new password; the server signs out every other device when it changes. */
export function ChangePasswordForm() {
  const t = useTranslations("checkout");
  const trpc = useTRPC();
  const id = useId();
  const [errors, setErrors] = useState<Errors>({});
  const [shown, setShown] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);
  const newRef = useRef<HTMLInputElement>(null);
  const change = useMutation(trpc.account.changePassword.mutationOptions());

  function focusFirst(next: Errors) {
    if (next.currentPassword) currentRef.current?.focus();
    else if (next.newPassword) newRef.current?.focus();
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = {
      currentPassword: String(data.get("currentPassword") ?? ""),
      newPassword: String(data.get("newPassword") ?? ""),
    };

    const next: Errors = {};
    if (!input.currentPassword) next.currentPassword = t("account.password.enterCurrent");
    if (input.newPassword.length < 8) next.newPassword = t("auth.shortPassword");
    setErrors(next);
    if (Object.keys(next).length) return focusFirst(next);

    change.mutate(input, {
      onError: (error) => {
        const failure = apiFailure(error);
        const fromServer: Errors = fieldMessages(failure, ["currentPassword", "newPassword"]);
        // A wrong current password is named by the domain (details.field), not by zod.
        if (failure.details?.field === "currentPassword") fromServer.currentPassword = failure.message;
        if (!Object.keys(fromServer).length) fromServer.form = failure.message || t("account.password.failed");
        setErrors(fromServer);
        focusFirst(fromServer);
      },
      onSuccess: () => form.reset(),
    });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="mt-5 space-y-5">
      <div aria-live="polite">
        {errors.form ? <FormAlert>{errors.form}</FormAlert> : null}
        {change.isSuccess && !change.isPending ? (
          <p className="flex items-start gap-2 rounded-xl bg-ok-bg px-4 py-3 text-sm text-ok">
            <CircleCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            {t("account.password.done")}
          </p>
        ) : null}
      </div>
      <FormField
        ref={currentRef}
        id={`${id}-current`}
        name="currentPassword"
        type={shown ? "text" : "password"}
        label={t("account.password.current")}
        autoComplete="current-password"
        required
        maxLength={200}
        error={errors.currentPassword}
      />
      <NewPasswordField
        ref={newRef}
        id={`${id}-new`}
        name="newPassword"
        label={t("account.password.new")}
        error={errors.newPassword}
        shown={shown}
        onToggle={() => setShown((s) => !s)}
      />
      <SubmitButton pending={change.isPending} pendingLabel={t("account.password.pending")}>
        {t("account.password.submit")}
      </SubmitButton>
    </form>
  );
}
