"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { apiFailure } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { shortStoreName } from "@/lib/words";
import type { LocationData } from "@/app/_lib/types";

/**
 * Remembers the shopper's store (cookie, plus profile when signed in), then re-renders the
 * server components so prices, filters and availability reflect it.
 */
export function useChooseStore(onDone?: () => void) {
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
            toast.success(`Picking up at ${shortStoreName(store.name)}`, {
              description: "We’ll show what’s in stock there first.",
            });
          } else {
            toast.success("Store cleared", { description: "Choose a store any time to check pick-up." });
          }
        },
        onError: (error) => {
          toast.error("We couldn’t change your store", { description: apiFailure(error).message });
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
