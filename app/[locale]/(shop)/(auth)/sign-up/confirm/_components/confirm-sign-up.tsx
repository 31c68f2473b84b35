"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Link, useRouter } from "@/i18n/navigation";
import { SubmitButton } from "@/ui/button";
import { FormAlert } from "@/ui/field";

/** Why a link was refused, with the page that helps and the words of its link. */
const REFUSALS = {
  "link-used": { href: "/sign-in", text: "linkUsed", action: "goToSignIn" },
  "link-expired": { href: "/sign-up", text: "linkExpired", action: "signUpAgain" },
} as const;
type Refusal = keyof typeof REFUSALS;

const isRefusal = (code: string | undefined): code is Refusal => !!code && code in REFUSALS;

export function ConfirmSignUp({ token }: { token: string }) {
  const t = useTranslations("checkout.auth");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [refused, setRefused] = useState<Refusal | "offline" | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    try {
      const result = await signIn("sign-up-link", { token, redirect: false });
      if (!result || result.error) {
        setRefused(isRefusal(result?.code) ? result.code : "link-expired");
        setPending(false);
        return;
      }
      router.push("/account");
      router.refresh();
    } catch {
      setRefused("offline");
      setPending(false);
    }
  }

  const refusal = refused && refused !== "offline" ? REFUSALS[refused] : null;
  return (
    <form onSubmit={onSubmit} className="space-y-5">
      <div aria-live="assertive">
        {refused === "offline" ? <FormAlert>{t("offline")}</FormAlert> : null}
        {refusal ? (
          <FormAlert>
            {t(`confirm.${refusal.text}`)}{" "}
            <Link href={refusal.href} className="font-semibold underline underline-offset-4">
              {t(`confirm.${refusal.action}`)}
            </Link>
          </FormAlert>
        ) : null}
      </div>
      {refusal ? null : (
        <SubmitButton pending={pending} pendingLabel={t("creating")}>
          {t("confirm.submit")}
        </SubmitButton>
      )}
    </form>
  );
}
