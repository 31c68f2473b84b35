"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Controller, useForm, useWatch, type FieldPath } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import type { RouterOutputs } from "@/app/_lib/types";
import { Field, LanguageTag, Panel, SelectField, TextField } from "@/app/studio/_components/controls";
import { MarkdownEditor } from "@/app/studio/_components/markdown-editor";
import { productContentInput, slugInput } from "@/server/domain/studio/inputs";
import { apiFailure, fieldMessages } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { Button } from "@/ui/button";
import { SaveBar, useLeaveGuard } from "./save-bar";

type Product = RouterOutputs["studio"]["products"]["get"];

const detailsSchema = productContentInput.extend({
  slug: slugInput,
  brand: z.string().trim().min(1, "Give the product a brand.").max(60, "The brand: at most 60 characters."),
  categoryId: z.uuid("Choose a category."),
  featured: z.boolean(),
});
type Details = z.infer<typeof detailsSchema>;
const FIELDS = Object.keys(detailsSchema.shape) as (keyof Details)[];

function valuesOf(p: Product): Details {
  return {
    name: p.content.en.name,
    nameEs: p.content.es.name,
    description: p.content.en.description,
    descriptionEs: p.content.es.description,
    care: p.content.en.care,
    careEs: p.content.es.care,
    fit: p.content.en.fit,
    fitEs: p.content.es.fit,
    slug: p.slug,
    brand: p.brand,
    categoryId: p.category.id,
    featured: p.featured,
  };
}

type TextKey = "description" | "care" | "fit";
const TEXTS: { key: TextKey; title: string; hint: string; rows: number }[] = [
  { key: "description", title: "Description", hint: "What the piece is and why it is worth having.", rows: 6 },
  { key: "care", title: "Composition and care", hint: "Materials in %, washing and ironing.", rows: 3 },
  { key: "fit", title: "Fit and size guide", hint: "How it fits and which size to take.", rows: 3 },
];

/**
 * The product's words in English and Spanish side by side, its address, brand, category and
 * whether it is featured. Saves only what changed, refuses to overwrite someone else's newer save,
 * and shows afterwards what the server stored.
 */
export function DetailsForm({ product, categories }: { product: Product; categories: { id: string; name: string }[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const formId = useId();
  const [saved, setSaved] = useState(product);
  const [conflict, setConflict] = useState<string | null>(null);
  const form = useForm<Details>({ resolver: zodResolver(detailsSchema), defaultValues: valuesOf(product) });
  const { register, handleSubmit, formState, reset, setError, control } = form;
  const dirty = formState.isDirty;
  useLeaveGuard(dirty);

  const update = useMutation(
    trpc.studio.products.update.mutationOptions({
      onSuccess: (stored) => {
        setSaved(stored);
        reset(valuesOf(stored));
        setConflict(null);
        toast.success("Saved");
        router.refresh();
      },
      onError: (err) => {
        const failure = apiFailure(err);
        if (failure.domainCode === "EDIT_CONFLICT") return setConflict(failure.message);
        const byField = fieldMessages(failure, FIELDS);
        for (const [field, message] of Object.entries(byField))
          setError(field as FieldPath<Details>, { message: message as string });
        const field = failure.details?.field;
        if (typeof field === "string" && FIELDS.includes(field as keyof Details))
          setError(field as FieldPath<Details>, { message: failure.message });
        else if (!Object.keys(byField).length)
          toast.error(failure.answered ? failure.message : "The studio could not be reached. Nothing was saved.");
      },
    }),
  );

  const onSubmit = handleSubmit((values) => {
    const changed = Object.fromEntries(
      FIELDS.filter((f) => formState.dirtyFields[f]).map((f) => [f, values[f]]),
    ) as Partial<Details>;
    update.mutate({ id: saved.id, expectedUpdatedAt: saved.updatedAt, ...changed });
  });

  const errors = formState.errors;
  const slug = useWatch({ control, name: "slug" });

  return (
    <form id={formId} onSubmit={onSubmit} noValidate className="mx-auto max-w-6xl">
      <div className="grid gap-5 xl:grid-cols-[minmax(0,1fr)_18rem]">
        <Panel
          title="Words"
          description="English is what the storefront shows today; Spanish goes live with the language update."
        >
          <div className="grid gap-x-6 gap-y-5 lg:grid-cols-2">
            <TextField
              id="name-en"
              label="Name"
              aside={<LanguageTag lang="en" />}
              error={errors.name?.message}
              maxLength={120}
              lang="en"
              {...register("name")}
            />
            <TextField
              id="name-es"
              label="Nombre"
              aside={<LanguageTag lang="es" />}
              error={errors.nameEs?.message}
              maxLength={120}
              lang="es"
              {...register("nameEs")}
            />
            {TEXTS.map(({ key, title, hint, rows }) =>
              (["en", "es"] as const).map((lang) => {
                const name = (lang === "en" ? key : `${key}Es`) as FieldPath<Details>;
                const id = `${key}-${lang}`;
                const error = errors[name as keyof Details]?.message;
                return (
                  <Field
                    key={id}
                    id={id}
                    label={<span id={`${id}-label`}>{lang === "en" ? title : spanishTitle[key]}</span>}
                    aside={<LanguageTag lang={lang} />}
                    hint={hint}
                    error={error}
                  >
                    <Controller
                      control={control}
                      name={name}
                      render={({ field }) => (
                        <MarkdownEditor
                          id={id}
                          labelledBy={`${id}-label`}
                          lang={lang}
                          value={String(field.value ?? "")}
                          onChange={field.onChange}
                          onBlur={field.onBlur}
                          invalid={!!error}
                          describedBy={error ? `${id}-error` : `${id}-hint`}
                          minRows={rows}
                        />
                      )}
                    />
                  </Field>
                );
              }),
            )}
          </div>
        </Panel>

        <div className="flex flex-col gap-5">
          <Panel title="Organisation">
            <div className="flex flex-col gap-4">
              <SelectField
                id="category"
                label="Category"
                error={errors.categoryId?.message}
                {...register("categoryId")}
              >
                {categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </SelectField>
              <TextField id="brand" label="Brand" error={errors.brand?.message} maxLength={60} {...register("brand")} />
              <label className="flex items-start gap-2.5 text-sm text-stone-800">
                <input
                  type="checkbox"
                  className="mt-0.5 size-4 rounded border-stone-300 accent-stone-900"
                  {...register("featured")}
                />
                <span>
                  <span className="font-medium">Featured</span>
                  <span className="block text-xs text-stone-500">Shown on the storefront&apos;s home page.</span>
                </span>
              </label>
            </div>
          </Panel>
          <Panel title="Address">
            <TextField
              id="slug"
              label="Product page address"
              error={errors.slug?.message}
              maxLength={80}
              spellCheck={false}
              autoComplete="off"
              inputClassName="font-mono"
              hint={`mostrador.es/p/${slug || "…"}`}
              {...register("slug")}
            />
            {saved.redirects.length ? (
              <div className="mt-3 text-xs text-stone-500">
                <p>Earlier addresses, still redirecting here:</p>
                <ul className="mt-1 space-y-0.5 font-mono">
                  {saved.redirects.map((r) => (
                    <li key={r}>/p/{r}</li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="mt-3 text-xs text-stone-500">Change it and the old address keeps redirecting here.</p>
            )}
          </Panel>
        </div>
      </div>

      <SaveBar
        form={formId}
        dirty={dirty}
        saving={update.isPending}
        onDiscard={() => reset(valuesOf(saved))}
        problem={
          conflict ? (
            <p role="alert" className="flex flex-wrap items-center gap-2 text-sm text-out">
              {conflict}
              <Button
                variant="secondary"
                size="sm"
                className="min-h-8 rounded-lg px-3"
                onClick={() => location.reload()}
              >
                Reload
              </Button>
            </p>
          ) : null
        }
      />
    </form>
  );
}

const spanishTitle: Record<TextKey, string> = {
  description: "Descripción",
  care: "Composición y cuidados",
  fit: "Ajuste y guía de tallas",
};
