"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { apiFailure } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { Button } from "@/ui/button";

/** Cancels a list after one confirmation: from that second its prices are in force nowhere. */
export function CancelPriceList({ id, name, active }: { id: string; name: string; active: boolean }) {
  const t = useTranslations("studio.prices.cancel");
  const trpc = useTRPC();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const cancel = useMutation(
    trpc.studio.prices.cancel.mutationOptions({
      onSuccess: () => {
        toast.success(t("cancelledToast", { name }));
        setConfirming(false);
        router.refresh();
      },
      onError: (err) => {
        const f = apiFailure(err);
        toast.error(f.answered ? f.message : t("unreachable"));
      },
    }),
  );
  if (!confirming)
    return (
      <Button variant="secondary" size="sm" className="min-h-9 rounded-lg px-3" onClick={() => setConfirming(true)}>
        {t("start")}
      </Button>
    );
  return (
    <div className="flex items-center gap-2" role="group" aria-label={t("confirm")}>
      <span className="text-sm text-stone-700">{active ? t("activeHint") : t("scheduledHint")}</span>
      <Button variant="ghost" size="sm" className="min-h-9 rounded-lg px-3" onClick={() => setConfirming(false)}>
        {t("keep")}
      </Button>
      <Button
        variant="danger"
        size="sm"
        className="min-h-9 rounded-lg px-3"
        pending={cancel.isPending}
        disabled={cancel.isPending}
        onClick={() => cancel.mutate({ id })}
      >
        {t("yes")}
      </Button>
    </div>
  );
}
