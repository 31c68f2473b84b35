"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";
import { SelectField } from "@/app/studio/_components/controls";
import { apiFailure } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { Button } from "@/ui/button";
import { Dialog } from "@/ui/dialog";
import { FormAlert } from "@/ui/field";
import type { StudioCategory } from "./category-manager";

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
  const t = useTranslations("studio.categories.move");
  const trpc = useTRPC();
  const id = useId();
  const [to, setTo] = useState("");
  const [error, setError] = useState<string | null>(null);
  const move = useMutation(
    trpc.studio.categories.moveProducts.mutationOptions({
      onSuccess: ({ moved }) => {
        const target = categories.find((c) => c.id === to);
        toast.success(
          target ? t("movedToast", { count: moved, name: target.name }) : t("movedToastSomewhere", { count: moved }),
        );
        onMoved();
      },
      onError: (err) => {
        const f = apiFailure(err);
        setError(f.answered ? f.message : t("unreachable"));
      },
    }),
  );
  return (
    <Dialog
      open={!!from}
      onClose={onClose}
      title={from ? t("title", { name: from.name }) : t("titleNone")}
      description={from ? t("description", { count: from.productCount, name: from.name }) : undefined}
    >
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (!from) return;
          if (!to) return setError(t("needTarget"));
          move.mutate({ from: from.id, to });
        }}
      >
        {error ? <FormAlert>{error}</FormAlert> : null}
        <SelectField id={`${id}-to`} label={t("to")} value={to} onChange={(e) => setTo(e.target.value)} data-autofocus>
          <option value="">{t("choose")}</option>
          {categories
            .filter((c) => c.id !== from?.id)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {t("option", { name: c.name, count: c.productCount })}
              </option>
            ))}
        </SelectField>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" size="sm" className="min-h-9" onClick={onClose}>
            {t("cancel")}
          </Button>
          <Button type="submit" size="sm" className="min-h-9" pending={move.isPending}>
            {from ? t("submit", { count: from.productCount }) : t("submitNone")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
