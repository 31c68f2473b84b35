"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { apiFailure } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { Button } from "@/ui/button";

/** Cancels a list after one confirmation: from that second its prices are in force nowhere. */
export function CancelPriceList({ id, name, active }: { id: string; name: string; active: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const cancel = useMutation(
    trpc.studio.prices.cancel.mutationOptions({
      onSuccess: () => {
        toast.success(`${name}: cancelled`);
        setConfirming(false);
        router.refresh();
      },
      onError: (err) => {
        const f = apiFailure(err);
        toast.error(f.answered ? f.message : "The studio could not be reached. Nothing was cancelled.");
      },
    }),
  );
  if (!confirming)
    return (
      <Button variant="secondary" size="sm" className="min-h-9 rounded-lg px-3" onClick={() => setConfirming(true)}>
        Cancel price list
      </Button>
    );
  return (
    <div className="flex items-center gap-2" role="group" aria-label="Confirm cancelling">
      <span className="text-sm text-stone-700">
        {active ? "Shoppers see the base prices again at once." : "It will never start."}
      </span>
      <Button variant="ghost" size="sm" className="min-h-9 rounded-lg px-3" onClick={() => setConfirming(false)}>
        Keep it
      </Button>
      <Button
        variant="danger"
        size="sm"
        className="min-h-9 rounded-lg px-3"
        pending={cancel.isPending}
        disabled={cancel.isPending}
        onClick={() => cancel.mutate({ id })}
      >
        Yes, cancel it
      </Button>
    </div>
  );
}
