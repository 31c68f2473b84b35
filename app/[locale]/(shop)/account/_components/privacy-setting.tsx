"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/react";
import { Switch } from "@/ui/switch";

/** The account's privacy setting; this browser's cookie choice follows it. */
export function PrivacySetting({ allowed, chosen }: { allowed: boolean; chosen: boolean }) {
  const t = useTranslations("checkout.account.privacy");
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [on, setOn] = useState(allowed);
  const save = useMutation(trpc.account.setAnalyticsConsent.mutationOptions());
  const status = t(save.isPending ? "saving" : save.isSuccess || chosen ? (on ? "on" : "off") : "never");

  return (
    <div className="mt-5">
      <Switch
        id={id}
        label={t("label")}
        hint={t("hint")}
        checked={on}
        disabled={save.isPending}
        onChange={(event) => {
          const next = event.target.checked;
          setOn(next);
          save.mutate(
            { allowed: next },
            // The shop's cookie settings read the same choice: the layout refreshes with it.
            { onSuccess: () => router.refresh(), onError: () => setOn(!next) },
          );
        }}
      />
      <p aria-live="polite" className="mt-3 text-sm text-stone-500">
        {status}
      </p>
      {save.isError ? (
        <p role="alert" className="mt-2 text-sm text-out">
          {save.error.message}
        </p>
      ) : null}
    </div>
  );
}
