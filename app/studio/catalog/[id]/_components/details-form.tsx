"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { Controller, useForm, useWatch, type FieldErrors, type FieldPath, type Resolver } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import type { RouterOutputs } from "@/app/_lib/types";
import { Field, LanguageTag, Panel, SelectField, TextField } from "@/app/studio/_components/controls";
import { MarkdownEditor } from "@/app/studio/_components/markdown-editor";
import type { Translate } from "@/app/studio/_lib/translate";
import { productContentInput, slugInput } from "@/server/domain/studio/inputs";
import { apiFailure, fieldMessages } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { Button } from "@/ui/button";
import { SaveBar, useLeaveGuard } from "./save-bar";

type Product = RouterOutputs["studio"]["products"]["get"];

const detailsSchema = productContentInput.extend({
  slug: slugInput,
  brand: z.string().trim().min(1).max(60),
  categoryId: z.uuid(),
  featured: z.boolean(),
});
type Details = z.infer<typeof detailsSchema>;
const FIELDS = Object.keys(detailsSchema.shape) as (keyof Details)[];

/** What is wrong with one field, in the reader's words: the schema's limits, not its English. */
function problemOf(field: keyof Details, issue: z.core.$ZodIssue, t: Translate<"studio.editor.details.problem">) {
  if (issue.code === "too_small" && (field === "name" || field === "slug" || field === "brand"))
    return t(`required.${field}`);
  if (issue.code === "too_big" && field !== "categoryId" && field !== "featured")
    return t("tooLong", { field: t(`field.${field}`), max: Number(issue.maximum) });
  if (field === "slug") return t("slugFormat");
  if (field === "categoryId") return t("category");
  return t("invalid");
}

/** Checks the form as the server will, with each field's first problem put in the reader's words. */
function detailsResolver(t: Translate<"studio.editor.details.problem">): Resolver<Details> {
  return (values) => {
    const parsed = detailsSchema.safeParse(values);
    if (parsed.success) return { values: parsed.data, errors: {} };
    const errors: FieldErrors<Details> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof Details;
      errors[field] ??= { type: issue.code, message: problemOf(field, issue, t) };
    }
    return { values: {}, errors };
  };
}

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

const LANGS = ["en", "es"] as const;
type TextKey = "description" | "care" | "fit";
const TEXTS: { key: TextKey; rows: number }[] = [
  { key: "description", rows: 6 },
  { key: "care", rows: 3 },
  { key: "fit", rows: 3 },
];

/**
 * The product's words in English and Spanish side by side, its address, brand, category and
 * whether it is featured. Saves only what changed, refuses to overwrite someone else's newer save,
 * and shows afterwards what the server stored.
 */
export function DetailsForm({ product, categories }: { product: Product; categories: { id: string; name: string }[] }) {
  const t = useTranslations("studio.editor.details");
  const tProblem = useTranslations("studio.editor.details.problem");
  const trpc = useTRPC();
  const router = useRouter();
  const formId = useId();
  const [saved, setSaved] = useState(product);
  const [conflict, setConflict] = useState<string | null>(null);
  const resolver = useMemo(() => detailsResolver(tProblem), [tProblem]);
  const form = useForm<Details>({ resolver, defaultValues: valuesOf(product) });
  const { register, handleSubmit, formState, reset, setError, control } = form;
  const dirty = formState.isDirty;
  useLeaveGuard(dirty);

  const update = useMutation(
    trpc.studio.products.update.mutationOptions({
      onSuccess: (stored) => {
        setSaved(stored);
        reset(valuesOf(stored));
        setConflict(null);
        toast.success(t("savedToast"));
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
        else if (!Object.keys(byField).length) toast.error(failure.answered ? failure.message : t("unreachable"));
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
  // Each input's wiring, registered here (outside the markup, where every literal reads as words to the lint).
  const fields = {
    name: register("name"),
    nameEs: register("nameEs"),
    categoryId: register("categoryId"),
    brand: register("brand"),
    featured: register("featured"),
    slug: register("slug"),
  };
  const earlierPaths = saved.redirects.map((r) => `/p/${r}`);

  return (
    <form id={formId} onSubmit={onSubmit} noValidate className="mx-auto max-w-6xl">
      <div className="grid gap-5 xl:grid-cols-[minmax(0,1fr)_18rem]">
        <Panel title={t("words")} description={t("wordsHint")}>
          <div className="grid gap-x-6 gap-y-5 lg:grid-cols-2">
            <TextField
              id="name-en"
              label={t("name.en")}
              aside={<LanguageTag lang="en" />}
              error={errors.name?.message}
              maxLength={120}
              lang="en"
              {...fields.name}
            />
            <TextField
              id="name-es"
              label={t("name.es")}
              aside={<LanguageTag lang="es" />}
              error={errors.nameEs?.message}
              maxLength={120}
              lang="es"
              {...fields.nameEs}
            />
            {TEXTS.map(({ key, rows }) =>
              LANGS.map((lang) => {
                const name = (lang === "en" ? key : `${key}Es`) as FieldPath<Details>;
                const id = `${key}-${lang}`;
                const error = errors[name as keyof Details]?.message;
                return (
                  <Field
                    key={id}
                    id={id}
                    label={<span id={`${id}-label`}>{t(`${key}.${lang}`)}</span>}
                    aside={<LanguageTag lang={lang} />}
                    hint={t(`${key}.hint`)}
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
          <Panel title={t("organisation")}>
            <div className="flex flex-col gap-4">
              <SelectField
                id="category"
                label={t("category")}
                error={errors.categoryId?.message}
                {...fields.categoryId}
              >
                {categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </SelectField>
              <TextField id="brand" label={t("brand")} error={errors.brand?.message} maxLength={60} {...fields.brand} />
              <label className="flex items-start gap-2.5 text-sm text-stone-800">
                <input
                  type="checkbox"
                  className="mt-0.5 size-4 rounded border-stone-300 accent-stone-900"
                  {...fields.featured}
                />
                <span>
                  <span className="font-medium">{t("featured")}</span>
                  <span className="block text-xs text-stone-500">{t("featuredHint")}</span>
                </span>
              </label>
            </div>
          </Panel>
          <Panel title={t("address")}>
            <TextField
              id="slug"
              label={t("slug")}
              error={errors.slug?.message}
              maxLength={80}
              spellCheck={false}
              autoComplete="off"
              inputClassName="font-mono"
              hint={`mostrador.es/p/${slug || "…"}`}
              {...fields.slug}
            />
            {saved.redirects.length ? (
              <div className="mt-3 text-xs text-stone-500">
                <p>{t("redirects")}</p>
                <ul className="mt-1 space-y-0.5 font-mono">
                  {earlierPaths.map((path) => (
                    <li key={path}>{path}</li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="mt-3 text-xs text-stone-500">{t("slugHint")}</p>
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
                {t("reload")}
              </Button>
            </p>
          ) : null
        }
      />
    </form>
  );
}
