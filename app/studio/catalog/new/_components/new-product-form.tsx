"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Panel, SelectField, TextField } from "@/app/studio/_components/controls";
import { ColourOptions, SizeOptions } from "@/app/studio/catalog/[id]/variants/_components/variants-editor";
import { generateMatrix, type Colour } from "@/app/studio/catalog/[id]/variants/_components/matrix";
import { parseEuros } from "@/lib/money";
import { apiFailure, fieldMessages } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { Button } from "@/ui/button";
import { FormAlert } from "@/ui/field";

/**
 * The few things a product needs to exist: a name, a category, its colours and sizes and one
 * price. The matrix is generated from them; the editor opens on the new draft.
 */
export function NewProductForm({ categories }: { categories: { id: string; name: string }[] }) {
  const t = useTranslations("studio.newProduct");
  const tVariants = useTranslations("studio.editor.variants");
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState("");
  const [nameEs, setNameEs] = useState("");
  const [categoryId, setCategoryId] = useState(categories[0]?.id ?? "");
  const [colours, setColours] = useState<Colour[]>([]);
  const [sizes, setSizes] = useState<string[]>([]);
  const [price, setPrice] = useState("");
  const [errors, setErrors] = useState<{ name?: string; price?: string; form?: string }>({});

  const create = useMutation(
    trpc.studio.products.create.mutationOptions({
      onSuccess: (made) => {
        toast.success(t("createdToast", { count: made.variants.length }));
        router.push(`/studio/catalog/${made.id}`);
      },
      onError: (err) => {
        const f = apiFailure(err);
        const byField = fieldMessages(f, ["name"]);
        setErrors({
          name: byField.name,
          form: byField.name ? undefined : f.answered ? f.message : t("unreachable"),
        });
      },
    }),
  );

  const rows = generateMatrix([], colours, sizes, price);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const priceMinor = parseEuros(price);
    const next = {
      name: name.trim() ? undefined : t("needName"),
      price: priceMinor && priceMinor > 0 ? undefined : tVariants("problem.price"),
    };
    setErrors(next);
    if (next.name || next.price) return;
    create.mutate({
      name: name.trim(),
      nameEs: nameEs.trim() || undefined,
      categoryId,
      variants: rows.map((r) => ({ colour: r.colour, colourHex: r.colourHex, size: r.size, priceMinor: priceMinor! })),
    });
  }

  return (
    <form onSubmit={submit} noValidate className="mx-auto max-w-4xl space-y-5">
      <Panel title={t("product")}>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            id="new-name"
            label={t("nameEn")}
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={120}
            error={errors.name}
            autoFocus
            lang="en"
          />
          <TextField
            id="new-name-es"
            label={t("nameEs")}
            value={nameEs}
            onChange={(e) => setNameEs(e.target.value)}
            maxLength={120}
            lang="es"
          />
          <SelectField
            id="new-category"
            label={t("category")}
            value={categoryId}
            onChange={(e) => setCategoryId(e.target.value)}
          >
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <TextField
            id="new-price"
            label={t("price")}
            inputMode="decimal"
            placeholder="49,90"
            value={price}
            onChange={(e) => setPrice(e.target.value)}
            error={errors.price}
            hint={t("priceHint")}
            inputClassName="w-32 text-right tabular-nums"
          />
        </div>
      </Panel>
      <Panel title={t("options")} description={t("optionsHint")}>
        <div className="grid gap-6 md:grid-cols-2">
          <ColourOptions colours={colours} onChange={setColours} />
          <SizeOptions sizes={sizes} onChange={setSizes} />
        </div>
        <p className="mt-4 border-t border-stone-100 pt-3 text-sm text-stone-600" role="status">
          {t("variants", { count: rows.length })}{" "}
          {rows.map((r) => [r.colour, r.size].filter(Boolean).join(" / ") || t("oneSize")).join(", ")}
        </p>
      </Panel>
      {errors.form ? <FormAlert>{errors.form}</FormAlert> : null}
      <div className="flex justify-end gap-2">
        <Button
          type="submit"
          size="sm"
          className="min-h-9 rounded-lg px-4"
          pending={create.isPending}
          disabled={create.isPending}
        >
          {create.isPending ? t("creating") : t("create")}
        </Button>
      </div>
    </form>
  );
}
