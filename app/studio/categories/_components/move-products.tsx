"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { toast } from "sonner";
import { SelectField } from "@/app/studio/_components/controls";
import { apiFailure } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { Button } from "@/ui/button";
import { Dialog } from "@/ui/dialog";
import { FormAlert } from "@/ui/field";
import type { StudioCategory } from "./category-manager";

const productsWord = (n: number) => (n === 1 ? "1 product" : `${n.toLocaleString("en")} products`);

/** Every product of one category into another, in one change each product's history names. Keyed by
 * the category it moves from, so its choice starts afresh for each. */
export function MoveProductsDialog({
  from,
  categories,
  onClose,
  onMoved,
}: {
  from: StudioCategory | null;
  categories: StudioCategory[];
  onClose: () => void;
  onMoved: () => void;
}) {
  const trpc = useTRPC();
  const id = useId();
  const [to, setTo] = useState("");
  const [error, setError] = useState<string | null>(null);
  const move = useMutation(
    trpc.studio.categories.moveProducts.mutationOptions({
      onSuccess: ({ moved }) => {
        const target = categories.find((c) => c.id === to);
        toast.success(`${productsWord(moved)} moved to ${target?.name ?? "the category"}`);
        onMoved();
      },
      onError: (err) => {
        const f = apiFailure(err);
        setError(f.answered ? f.message : "The studio could not be reached. Nothing was moved.");
      },
    }),
  );
  return (
    <Dialog
      open={!!from}
      onClose={onClose}
      title={from ? `Move the products of ${from.name}` : "Move products"}
      description={
        from
          ? `${productsWord(from.productCount)} will move, with a history entry on each. ${from.name} stays in the menu, empty.`
          : undefined
      }
    >
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (!from) return;
          if (!to) return setError("Choose the category to move them to.");
          move.mutate({ from: from.id, to });
        }}
      >
        {error ? <FormAlert>{error}</FormAlert> : null}
        <SelectField
          id={`${id}-to`}
          label="Move them to"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          data-autofocus
        >
          <option value="">Choose a category…</option>
          {categories
            .filter((c) => c.id !== from?.id)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({productsWord(c.productCount)})
              </option>
            ))}
        </SelectField>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" size="sm" className="min-h-9" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" size="sm" className="min-h-9" pending={move.isPending}>
            Move {from ? productsWord(from.productCount) : "products"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
