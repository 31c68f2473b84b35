"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { clsx } from "clsx";
import { ShoppingBag } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { useRouter } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/react";
import { QuantityStepper } from "@/ui/stepper";
import { buttonClasses } from "@/ui/button";
import { Spinner } from "@/ui/spinner";
import { useHydrated } from "@/ui/use-hydrated";

/** The most of one item a cart line may hold; the server enforces the same limit. */
export const MAX_PER_LINE = 20;

type Props = {
  /** The chosen variant, or null while the choice is incomplete. */
  variantId: string | null;
  /** What the shopper is adding, for messages: "Merino Wool Jumper (Navy, M)". */
  itemLabel: string;
  /** The most any one place can supply: the stepper's cap. */
  maxQuantity: number;
  /** Why it cannot be added right now ("Choose a size", "Sold out"), or null when it can. */
  blockedReason: string | null;
  /** Called when the blocked button is pressed, e.g. to move focus to the size choice. */
  onBlocked?: () => void;
  className?: string;
};

/**
 * Quantity and the primary "Add to cart" button. When it cannot be used the button says why
 * ("Choose a size") and stays focusable (aria-disabled), so keyboard and screen-reader users hear
 * the reason too; pressing it then calls onBlocked.
 */
export function AddToCart({ variantId, itemLabel, maxQuantity, blockedReason, onBlocked, className }: Props) {
  const t = useTranslations("shop.addToCart");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [quantity, setQuantity] = useState(1);
  const hydrated = useHydrated();
  const add = useMutation(
    trpc.cart.addItem.mutationOptions({
      onSuccess: (cart) => {
        queryClient.setQueryData(trpc.cart.get.queryKey(), cart);
        setQuantity(1);
      },
    }),
  );

  const cap = Math.max(1, Math.min(maxQuantity, MAX_PER_LINE));
  // A quantity chosen for another size may be more than this one has.
  const wanted = Math.min(quantity, cap);
  const blocked = blockedReason !== null || variantId === null;

  function submit() {
    if (add.isPending) return;
    if (blocked || !variantId) {
      onBlocked?.();
      return;
    }
    add.mutate(
      { variantId, quantity: wanted },
      {
        onSuccess: () => {
          toast.success(t("added"), {
            description: wanted > 1 ? `${wanted} × ${itemLabel}` : itemLabel,
            action: { label: t("viewCart"), onClick: () => router.push("/cart") },
          });
        },
        onError: (error) => {
          // The server's own words (being given codes elsewhere) stay as they come.
          toast.error(t("failed"), { description: error.message });
        },
      },
    );
  }

  return (
    <div className={clsx("flex items-stretch gap-3", className)}>
      <QuantityStepper
        value={wanted}
        onChange={setQuantity}
        max={cap}
        label={t("quantity")}
        disabled={blocked}
        className="shrink-0"
      />
      <button
        type="button"
        onClick={submit}
        aria-disabled={blocked || add.isPending || !hydrated}
        aria-busy={add.isPending || !hydrated}
        className={buttonClasses({
          variant: blocked ? null : "primary",
          pending: add.isPending,
          className: clsx("flex-1", blocked && "cursor-not-allowed bg-stone-100 text-stone-600"),
        })}
      >
        {add.isPending ? (
          <>
            <Spinner />
            {t("adding")}
          </>
        ) : blocked ? (
          (blockedReason ?? t("chooseOption"))
        ) : (
          <>
            <ShoppingBag aria-hidden="true" className="size-4" />
            {t("add")}
          </>
        )}
      </button>
    </div>
  );
}
