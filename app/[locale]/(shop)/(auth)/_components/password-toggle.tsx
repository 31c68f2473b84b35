"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/ui/field";

export function PasswordToggle({ shown, onToggle }: { shown: boolean; onToggle: () => void }) {
  const t = useTranslations("checkout.auth");
  const label = t.rich(shown ? "hide" : "show", { sr: (chunks) => <span className="sr-only">{chunks}</span> });
  return (
    <button
      type="button"
      onClick={onToggle}
      aria-pressed={shown}
      className="inline-flex h-10 items-center rounded-lg px-3 text-sm font-medium text-stone-600 hover:bg-stone-100 hover:text-stone-950"
    >
      {label}
    </button>
  );
}

/**
 * The field where someone chooses a password (sign-up, change password): the same rule and hint
 * everywhere (8 to 200 characters, as the server's zod input says), with its show/hide toggle.
 */
export function NewPasswordField({
  shown,
  onToggle,
  ...field
}: Omit<
  React.ComponentProps<typeof FormField>,
  "type" | "autoComplete" | "minLength" | "maxLength" | "hint" | "trailing" | "required"
> & {
  shown: boolean;
  onToggle: () => void;
}) {
  const t = useTranslations("checkout.auth");
  return (
    <FormField
      {...field}
      type={shown ? "text" : "password"}
      autoComplete="new-password"
      required
      minLength={8}
      maxLength={200}
      hint={t("newPasswordHint")}
      trailing={<PasswordToggle shown={shown} onToggle={onToggle} />}
    />
  );
}
