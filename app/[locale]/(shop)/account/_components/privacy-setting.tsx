"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTRPC } from "@/trpc/react";
import { Switch } from "@/ui/switch";

const WORDS = {
  label: "Use my browsing to personalise the shop",
  hint: "Keeps the products you view, your searches and what you add to your cart, so you see your recent history here and we can improve the shop. Orders are kept either way.",
  saving: "Saving…",
  on: "On: your browsing is noted from now on.",
  off: "Off: nothing you browse is noted from now on.",
  never: "Off until you turn it on.",
} as const;

/** The account's privacy setting; this browser's cookie choice follows it. */
export function PrivacySetting({ allowed, chosen }: { allowed: boolean; chosen: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [on, setOn] = useState(allowed);
  const save = useMutation(trpc.account.setAnalyticsConsent.mutationOptions());
  const status = save.isPending ? WORDS.saving : save.isSuccess || chosen ? (on ? WORDS.on : WORDS.off) : WORDS.never;

  return (
    <div className="mt-5">
      <Switch
        id={id}
        label={WORDS.label}
        hint={WORDS.hint}
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
