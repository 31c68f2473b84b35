"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import type { RouterOutputs } from "@/app/_lib/types";
import { apiFailure } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";

export type CartData = RouterOutputs["cart"]["addItem"];
export type CartLineData = CartData["lines"][number];

/** "Merino Wool Jumper (Navy, M)": tells apart two sizes of one product in messages. */
export function describeLine(line: Pick<CartLineData, "name" | "colour" | "size">): string {
  const options = [line.colour, line.size].filter(Boolean).join(", ");
  return options ? `${line.name} (${options})` : line.name;
}

/** Changes to one cart run one after another, in the order they were made. */
const CART_SCOPE = "cart";

/** The cart as it will be once a line has `quantity` (0 removes it), for showing at once. */
function withQuantity(cart: CartData, variantId: string, quantity: number): CartData {
  const lines =
    quantity === 0
      ? cart.lines.filter((l) => l.variantId !== variantId)
      : cart.lines.map((l) =>
          l.variantId === variantId
            ? { ...l, quantity, lineTotal: { ...l.lineTotal, amountMinor: l.unitPrice.amountMinor * quantity } }
            : l,
        );
  return {
    ...cart,
    lines,
    count: lines.reduce((n, l) => n + l.quantity, 0),
    subtotal: { ...cart.subtotal, amountMinor: lines.reduce((n, l) => n + l.lineTotal.amountMinor, 0) },
  };
}

/**
 * Quantity changes, removals and dismissing notices, shown at once and confirmed by the server.
 * `announce` tells screen readers what happened; errors go to a toast with the server's message.
 */
export function useCartActions(announce: (message: string) => void) {
  const t = useTranslations("checkout.cart.actions");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const cartKey = trpc.cart.get.queryKey();
  const scope = { id: CART_SCOPE };

  async function showNow(variantId: string, quantity: number) {
    // A fetch already on its way would overwrite the change with the cart as it was.
    await queryClient.cancelQueries({ queryKey: cartKey });
    queryClient.setQueryData(cartKey, (old) => (old ? withQuantity(old, variantId, quantity) : old));
  }

  function confirm(cart: CartData) {
    // While later changes are still queued, keep showing them; the last answer carries them all.
    const stillRunning = queryClient.isMutating({ predicate: (m) => m.options.scope?.id === CART_SCOPE });
    if (stillRunning <= 1) queryClient.setQueryData(cartKey, cart);
  }

  function recover(title: string, error: unknown) {
    const { message } = apiFailure(error);
    toast.error(title, { description: message });
    announce(`${title}. ${message}`);
    void queryClient.invalidateQueries({ queryKey: cartKey });
  }

  const setQuantity = useMutation(
    trpc.cart.setQuantity.mutationOptions({
      scope,
      onMutate: ({ variantId, quantity }) => showNow(variantId, quantity),
      onSuccess: confirm,
      onError: (error) => recover(t("quantityFailed"), error),
    }),
  );

  const removeItem = useMutation(
    trpc.cart.removeItem.mutationOptions({
      scope,
      onMutate: ({ variantId }) => showNow(variantId, 0),
      onSuccess: confirm,
      onError: (error) => recover(t("removeFailed"), error),
    }),
  );

  const addItem = useMutation(
    trpc.cart.addItem.mutationOptions({
      scope,
      onSuccess: confirm,
      onError: (error) => recover(t("undoFailed"), error),
    }),
  );

  const dismissNotices = useMutation(
    trpc.cart.dismissNotices.mutationOptions({
      onMutate: async () => {
        await queryClient.cancelQueries({ queryKey: cartKey });
        queryClient.setQueryData(cartKey, (old) => (old ? { ...old, notices: [] } : old));
      },
      onError: (error) => recover(t("dismissFailed"), error),
    }),
  );

  return {
    changeQuantity(line: CartLineData, quantity: number) {
      setQuantity.mutate(
        { variantId: line.variantId, quantity },
        { onSuccess: () => announce(t("quantityChanged", { item: describeLine(line), quantity })) },
      );
    },
    remove(line: CartLineData) {
      const what = describeLine(line);
      removeItem.mutate(
        { variantId: line.variantId },
        {
          onSuccess: () => {
            announce(t("removedAnnounced", { item: what }));
            toast(t("removed", { item: what }), {
              action: {
                label: t("undo"),
                onClick: () =>
                  addItem.mutate(
                    { variantId: line.variantId, quantity: line.quantity },
                    { onSuccess: () => announce(t("back", { item: what })) },
                  ),
              },
            });
          },
        },
      );
    },
    dismissNotices() {
      dismissNotices.mutate();
    },
  };
}
