"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { clsx } from "clsx";
import { X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useState } from "react";
import { toast } from "sonner";
import { controlClasses, Field, Panel, SelectField, TextField } from "@/app/studio/_components/controls";
import { madridTime } from "@/app/studio/_lib/when";
import { parseEuros } from "@/lib/money";
import { fromMadridWallClock, madridZoneName, toMadridInput } from "@/lib/shop-time";
import { PRICE_CHANNELS, type PriceChannel } from "@/server/domain/studio/inputs-prices";
import { apiFailure } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { Button } from "@/ui/button";
import { FormAlert } from "@/ui/field";
import { useDebounced } from "@/ui/use-debounced";
import { PreviewTable, type PricePreview } from "./preview-table";

type Category = { id: string; name: string };
type Chosen = { id: string; name: string };

const HOUR = 3_600_000;
/** What the list reduces: every product of a category, or chosen products. */
const TARGETS = ["category", "products"] as const;

/**
 * A new price list: name, from–until in Madrid time, channels, the items (a category or chosen
 * products) and the reduction (percent or amount off). The preview below shows, before saving,
 * each new price, the "was" price shoppers would see and every warning.
 */
export function PriceListForm({ categories }: { categories: Category[] }) {
  const t = useTranslations("studio.prices.form");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [name, setName] = useState("");
  const [from, setFrom] = useState(() => toMadridInput(new Date(Math.ceil(Date.now() / HOUR) * HOUR)));
  const [until, setUntil] = useState(() =>
    toMadridInput(new Date(Math.ceil(Date.now() / HOUR) * HOUR + 14 * 24 * HOUR)),
  );
  const [channels, setChannels] = useState<PriceChannel[]>(["web"]);
  const [target, setTarget] = useState<"category" | "products">("category");
  const [categoryId, setCategoryId] = useState(categories[0]?.id ?? "");
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [query, setQuery] = useState("");
  const [by, setBy] = useState<"percent" | "amount">("percent");
  const [off, setOff] = useState("20");
  const [error, setError] = useState<string | null>(null);

  const startsAt = fromMadridWallClock(from);
  const endsAt = fromMadridWallClock(until);
  const offValue = by === "percent" ? (/^\d{1,2}$/.test(off.trim()) ? Number(off) : null) : parseEuros(off);
  const rule =
    offValue === null || offValue <= 0
      ? null
      : {
          ...(by === "percent" ? { percentOff: offValue } : { amountOffMinor: offValue }),
          ...(target === "category" ? { categoryId } : { productIds: chosen.map((c) => c.id) }),
        };
  const ready =
    !!startsAt &&
    !!endsAt &&
    channels.length > 0 &&
    !!rule &&
    (target === "category" ? !!categoryId : chosen.length > 0);
  const draft = ready ? { startsAt: startsAt!, endsAt: endsAt!, channels, rule: rule! } : null;
  const key = useDebounced(draft ? JSON.stringify(draft) : "", 400);

  const [preview, setPreview] = useState<PricePreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const previewing = useMutation(
    trpc.studio.prices.preview.mutationOptions({
      onSuccess: (p) => {
        setPreview(p);
        setPreviewError(null);
      },
      onError: (err) => {
        setPreview(null);
        const f = apiFailure(err);
        setPreviewError(f.answered ? f.message : t("unreachablePreview"));
      },
    }),
  );
  const { mutate: runPreview } = previewing;
  useEffect(() => {
    if (!key) return;
    const d = JSON.parse(key) as NonNullable<typeof draft>;
    runPreview({ ...d, startsAt: new Date(d.startsAt), endsAt: new Date(d.endsAt) });
  }, [key, runPreview]);

  const schedule = useMutation(
    trpc.studio.prices.schedule.mutationOptions({
      onSuccess: ({ id }) => {
        toast.success(t("scheduledToast", { name: name.trim() }));
        router.push(`/studio/prices/${id}`);
      },
      onError: (err) => {
        const f = apiFailure(err);
        setError(f.answered ? f.message : t("unreachable"));
      },
    }),
  );

  function save(e: React.FormEvent) {
    e.preventDefault();
    if (!name.trim()) return setError(t("needName"));
    if (!startsAt || !endsAt) return setError(t("needWindow"));
    if (!draft) return setError(t("needRule"));
    setError(null);
    schedule.mutate({ name: name.trim(), ...draft });
  }

  const debouncedQuery = useDebounced(query.trim(), 250);
  const found = useQuery(
    trpc.studio.products.list.queryOptions(
      { query: debouncedQuery, limit: 8 },
      { enabled: debouncedQuery.length >= 2 },
    ),
  );
  const chosenIds = useMemo(() => new Set(chosen.map((c) => c.id)), [chosen]);
  const toggleChannel = (c: PriceChannel) =>
    setChannels((cs) => (cs.includes(c) ? cs.filter((x) => x !== c) : [...cs, c].sort()));

  return (
    <div className="grid gap-5 xl:grid-cols-[400px_minmax(0,1fr)]">
      <form onSubmit={save} className="space-y-4" aria-label={t("title")}>
        <Panel title={t("list")}>
          <div className="space-y-3">
            <TextField
              id={`${id}-name`}
              label={t("name")}
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder={t("namePlaceholder")}
              maxLength={120}
            />
            <div className="grid grid-cols-2 gap-3">
              <Field
                id={`${id}-from`}
                label={t("from")}
                hint={t("madridTime", { zone: madridZoneName(startsAt ?? new Date()) })}
              >
                <input
                  id={`${id}-from`}
                  type="datetime-local"
                  step={1}
                  value={from}
                  onChange={(e) => setFrom(e.target.value)}
                  className={clsx(controlClasses(!startsAt), "h-9 w-full")}
                />
              </Field>
              <Field
                id={`${id}-until`}
                label={t("until")}
                hint={t("madridTime", { zone: madridZoneName(endsAt ?? new Date()) })}
              >
                <input
                  id={`${id}-until`}
                  type="datetime-local"
                  step={1}
                  value={until}
                  onChange={(e) => setUntil(e.target.value)}
                  className={clsx(controlClasses(!endsAt), "h-9 w-full")}
                />
              </Field>
            </div>
            {startsAt && endsAt ? (
              <p className="text-xs text-stone-500">
                {t("inForce", {
                  from: madridTime(startsAt, locale, { seconds: true }),
                  until: madridTime(endsAt, locale, { seconds: true }),
                })}
              </p>
            ) : null}
            <fieldset>
              <legend className="text-sm font-medium text-stone-800">{t("channels")}</legend>
              <div className="mt-1.5 flex gap-5">
                {PRICE_CHANNELS.map((c) => (
                  <label key={c} className="flex items-center gap-2 text-sm text-stone-800">
                    <input
                      type="checkbox"
                      checked={channels.includes(c)}
                      onChange={() => toggleChannel(c)}
                      className="size-4 accent-stone-900"
                    />
                    {t(`channel.${c}`)}
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
        </Panel>
        <Panel title={t("itemsAndReduction")}>
          <div className="space-y-3">
            <fieldset className="flex gap-5 text-sm">
              <legend className="sr-only">{t("whichItems")}</legend>
              {TARGETS.map((value) => (
                <label key={value} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name={`${id}-target`}
                    checked={target === value}
                    onChange={() => setTarget(value)}
                    className="size-4 accent-stone-900"
                  />
                  {t(`target.${value}`)}
                </label>
              ))}
            </fieldset>
            {target === "category" ? (
              <SelectField
                id={`${id}-category`}
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
            ) : (
              <div>
                <TextField
                  id={`${id}-search`}
                  label={t("find")}
                  value={query}
                  onChange={(e) => setQuery(e.target.value)}
                  placeholder={t("findPlaceholder")}
                  maxLength={100}
                />
                {debouncedQuery.length >= 2 && found.data ? (
                  <ul className="mt-1 divide-y divide-stone-100 rounded-lg border border-stone-200">
                    {found.data.items.length === 0 ? (
                      <li className="px-3 py-2 text-sm text-stone-500">{t("noMatch")}</li>
                    ) : null}
                    {found.data.items.map((p) => (
                      <li key={p.id}>
                        <button
                          type="button"
                          disabled={chosenIds.has(p.id)}
                          onClick={() => setChosen((cs) => [...cs, { id: p.id, name: p.name }])}
                          className="flex w-full items-center justify-between px-3 py-1.5 text-left text-sm hover:bg-stone-50 disabled:text-stone-400"
                        >
                          {p.name}
                          <span className="text-xs text-stone-500">{chosenIds.has(p.id) ? t("added") : t("add")}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {chosen.length ? (
                  <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={t("target.products")}>
                    {chosen.map((c) => (
                      <li
                        key={c.id}
                        className="inline-flex items-center gap-1 rounded-full bg-stone-100 py-0.5 pr-1 pl-2.5 text-xs text-stone-800"
                      >
                        {c.name}
                        <button
                          type="button"
                          aria-label={t("remove", { name: c.name })}
                          onClick={() => setChosen((cs) => cs.filter((x) => x.id !== c.id))}
                          className="rounded-full p-0.5 hover:bg-stone-200"
                        >
                          <X aria-hidden="true" className="size-3" />
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            )}
            <div className="grid grid-cols-2 gap-3">
              <SelectField
                id={`${id}-by`}
                label={t("reduction")}
                value={by}
                onChange={(e) => setBy(e.target.value as "percent" | "amount")}
              >
                <option value="percent">{t("by.percent")}</option>
                <option value="amount">{t("by.amount")}</option>
              </SelectField>
              <TextField
                id={`${id}-off`}
                label={by === "percent" ? t("percent") : t("euros")}
                value={off}
                onChange={(e) => setOff(e.target.value)}
                inputMode="decimal"
                error={off && offValue === null ? t("notNumber") : null}
              />
            </div>
          </div>
        </Panel>
        {error ? <FormAlert>{error}</FormAlert> : null}
        <div className="flex justify-end">
          <Button
            type="submit"
            size="sm"
            className="min-h-9 rounded-lg px-4"
            pending={schedule.isPending}
            disabled={schedule.isPending}
          >
            {schedule.isPending ? t("scheduling") : t("schedule")}
          </Button>
        </div>
      </form>
      <Panel title={t("preview")} description={t("previewHint")}>
        {previewError ? (
          <FormAlert>{previewError}</FormAlert>
        ) : preview ? (
          <div className={clsx(previewing.isPending && "opacity-60")}>
            <PreviewTable preview={preview} />
          </div>
        ) : (
          <p className="py-6 text-center text-sm text-stone-500">{t("previewEmpty")}</p>
        )}
      </Panel>
    </div>
  );
}
