"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useRouter } from "@/i18n/navigation";
import { apiFailure } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { shortStoreName } from "@/lib/words";
import type { LocationData } from "@/app/_lib/types";

/**
 * Remembers the shopper's store (cookie, plus profile when signed in), then re-renders the
 * server components so prices, filters and availability reflect it.
 */
export function useChooseStore(onDone?: () => void) {
  const t = useTranslations("shop.chooseStore");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const mutation = useMutation(trpc.locations.choose.mutationOptions());

  function choose(store: Pick<LocationData, "id" | "name"> | null) {
    mutation.mutate(
      { locationId: store?.id ?? null },
      {
        onSuccess: () => {
          router.refresh();
          void queryClient.invalidateQueries();
          onDone?.();
          if (store) {
            toast.success(t("chosen", { store: shortStoreName(store.name) }), { description: t("chosenText") });
          } else {
            toast.success(t("cleared"), { description: t("clearedText") });
          }
        },
        onError: (error) => {
          toast.error(t("failed"), { description: apiFailure(error).message });
        },
      },
    );
  }

  return {
    choose,
    pending: mutation.isPending,
    pendingId: mutation.isPending ? (mutation.variables?.locationId ?? null) : undefined,
  };
}
