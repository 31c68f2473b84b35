"use client";

import { useMutation } from "@tanstack/react-query";
import { clsx } from "clsx";
import { Plus, RotateCcw, Trash2, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { toast } from "sonner";
import type { RouterOutputs } from "@/app/_lib/types";
import { controlClasses, Panel } from "@/app/studio/_components/controls";
import type { Translate } from "@/app/studio/_lib/translate";
import { isEan13 } from "@/lib/ean13";
import { eurosForInput, formatMoney, parseEuros } from "@/lib/money";
import { shortStoreName } from "@/lib/words";
import { apiFailure } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { Button } from "@/ui/button";
import { FormAlert } from "@/ui/field";
import { SaveBar, useLeaveGuard } from "../../_components/save-bar";
import { coloursOf, generateMatrix, sizesOf, type Colour, type Row } from "./matrix";

type Product = RouterOutputs["studio"]["products"]["get"];
type Variant = Product["variants"][number];

const toRow = (v: Variant): Row => ({
  key: v.id,
  id: v.id,
  colour: v.colour,
  colourHex: v.colourHex,
  size: v.size,
  price: eurosForInput(v.priceMinor),
  sku: v.sku,
  barcode: v.barcode,
  everOrdered: v.everOrdered,
});

const SKU = /^[A-Z0-9][A-Z0-9-]{1,39}$/;

type T = Translate<"studio.editor.variants">;

/** Why a typed barcode is refused (lib/ean13's rules), or null for a valid EAN-13. */
function barcodeProblem(code: string, t: T): string | null {
  if (!/^\d+$/.test(code)) return t("problem.barcodeDigits");
  if (code.length !== 13) return t("problem.barcodeLength", { count: code.length });
  if (!isEan13(code)) return t("problem.barcodeCheck");
  return null;
}

/** What is wrong with a row before it is sent, per column. */
function problems(r: Row, t: T) {
  return {
    price: parseEuros(r.price) === null || parseEuros(r.price)! < 1 ? t("problem.price") : null,
    sku: r.sku && !SKU.test(r.sku.toUpperCase()) ? t("problem.sku") : null,
    barcode: r.barcode ? barcodeProblem(r.barcode, t) : null,
  };
}

/** "Navy / M", or the one-size word for a variant with neither option. */
const variantLabel = (v: { colour: string | null; size: string | null }, t: T) =>
  [v.colour, v.size].filter(Boolean).join(" / ") || t("oneSize");

/**
 * Colours (with swatches) and sizes, the variant matrix they make, and each variant's price, SKU
 * and barcode in one grid; stock per location is shown read-only. Removing a variant that was
 * ever ordered archives it; one never sold is deleted. One save, one transaction.
 */
export function VariantsEditor({ product }: { product: Product }) {
  const t = useTranslations("studio.editor.variants");
  const trpc = useTRPC();
  const router = useRouter();
  const formId = useId();
  const [saved, setSaved] = useState(product);
  const initial = useMemo(() => saved.variants.filter((v) => !v.archived).map(toRow), [saved]);
  const [rows, setRows] = useState<Row[]>(initial);
  const [restored, setRestored] = useState<string[]>([]);
  const [colours, setColours] = useState<Colour[]>(() => coloursOf(initial));
  const [sizes, setSizes] = useState<string[]>(() => sizesOf(initial));
  const [newPrice, setNewPrice] = useState(() => initial[0]?.price ?? "");
  const [failure, setFailure] = useState<string | null>(null);
  const [showErrors, setShowErrors] = useState(false);

  const dirty = JSON.stringify(rows) !== JSON.stringify(initial) || restored.length > 0;
  useLeaveGuard(dirty);
  const archived = saved.variants.filter((v) => v.archived && !restored.includes(v.id));
  const stockOf = new Map(saved.variants.map((v) => [v.id, v.stock]));

  const update = useMutation(
    trpc.studio.products.update.mutationOptions({
      onSuccess: (stored) => {
        setSaved(stored);
        const fresh = stored.variants.filter((v) => !v.archived).map(toRow);
        setRows(fresh);
        setRestored([]);
        setColours(coloursOf(fresh));
        setSizes(sizesOf(fresh));
        setFailure(null);
        setShowErrors(false);
        toast.success(t("savedToast"));
        router.refresh();
      },
      onError: (err) => {
        const f = apiFailure(err);
        const row = f.details?.row;
        setFailure(
          !f.answered
            ? t("unreachable")
            : typeof row === "number"
              ? t("failedRow", { message: f.message, row: row + 1 })
              : f.message,
        );
      },
    }),
  );

  function edit(key: string, change: Partial<Row>) {
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...change } : r)));
  }

  function save(e: React.FormEvent) {
    e.preventDefault();
    const wrong = rows.some((r) => Object.values(problems(r, t)).some(Boolean));
    if (wrong || !rows.length) {
      setShowErrors(true);
      setFailure(rows.length ? t("fixCells") : t("needOne"));
      return;
    }
    const restoredRows = saved.variants.filter((v) => restored.includes(v.id)).map(toRow);
    update.mutate({
      id: saved.id,
      expectedUpdatedAt: saved.updatedAt,
      variants: [...rows, ...restoredRows].map((r) => ({
        id: r.id,
        colour: r.colour,
        colourHex: r.colour
          ? (colours.find((c) => c.name.toLowerCase() === r.colour!.toLowerCase())?.hex ?? r.colourHex)
          : null,
        size: r.size,
        priceMinor: parseEuros(r.price)!,
        sku: r.sku ? r.sku.toUpperCase() : undefined,
        barcode: r.barcode || undefined,
      })),
    });
  }

  const missing = generateMatrix(rows, colours, sizes, newPrice).length - rows.length;

  return (
    <form id={formId} onSubmit={save} noValidate className="mx-auto max-w-6xl space-y-5">
      <Panel title={t("options")} description={t("optionsHint")}>
        <div className="grid gap-6 lg:grid-cols-2">
          <ColourOptions colours={colours} onChange={setColours} />
          <SizeOptions sizes={sizes} onChange={setSizes} />
        </div>
        <div className="mt-5 flex flex-wrap items-end gap-3 border-t border-stone-100 pt-4">
          <label className="text-sm">
            <span className="block font-medium text-stone-800">{t("newPrice")}</span>
            <span className="mt-1 flex items-center gap-1.5">
              <input
                inputMode="decimal"
                value={newPrice}
                onChange={(e) => setNewPrice(e.target.value)}
                className={clsx(controlClasses(!!newPrice && parseEuros(newPrice) === null), "h-9 w-28 text-right")}
                aria-describedby={`${formId}-new-price-unit`}
              />
              <span id={`${formId}-new-price-unit`} className="text-stone-500">
                €
              </span>
            </span>
          </label>
          <Button
            variant="secondary"
            size="sm"
            className="min-h-9 rounded-lg px-3"
            disabled={missing === 0 || parseEuros(newPrice) === null}
            onClick={() => setRows((rs) => generateMatrix(rs, colours, sizes, newPrice))}
          >
            <Plus aria-hidden="true" className="size-4" />
            {missing === 0 ? t("allThere") : t("addMissing", { count: missing })}
          </Button>
        </div>
      </Panel>

      <Panel title={t("title", { count: rows.length })} description={t("hint")}>
        {rows.length === 0 ? (
          <p className="py-6 text-center text-sm text-stone-500">{t("none")}</p>
        ) : (
          <div className="-mx-5 overflow-x-auto">
            <table className="w-full min-w-[56rem] text-sm">
              <thead>
                <tr className="border-b border-stone-200 text-left text-xs font-medium text-stone-500">
                  <th scope="col" className="py-2 pr-3 pl-5 font-medium">
                    {t("column.variant")}
                  </th>
                  <th scope="col" className="px-2 py-2 text-right font-medium">
                    {t("column.price")}
                  </th>
                  <th scope="col" className="px-2 py-2 font-medium">
                    {t("column.sku")}
                  </th>
                  <th scope="col" className="px-2 py-2 font-medium">
                    {t("column.barcode")}
                  </th>
                  <th scope="col" className="px-2 py-2 font-medium">
                    {t("column.stock")}
                  </th>
                  <th scope="col" className="py-2 pr-5 pl-2">
                    <span className="sr-only">{t("remove")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const p = showErrors ? problems(r, t) : { price: null, sku: null, barcode: null };
                  const label = variantLabel(r, t);
                  const hex =
                    colours.find((c) => c.name.toLowerCase() === (r.colour ?? "").toLowerCase())?.hex ?? r.colourHex;
                  const stock = r.id ? (stockOf.get(r.id) ?? []) : [];
                  return (
                    <tr key={r.key} className="border-b border-stone-100 align-top last:border-0">
                      <th scope="row" className="py-2 pr-3 pl-5 text-left font-medium text-stone-900">
                        <span className="flex h-9 items-center gap-2">
                          {r.colour ? (
                            <span
                              aria-hidden="true"
                              className="size-4 shrink-0 rounded-full ring-1 ring-black/10"
                              style={{ background: hex ?? undefined }}
                            />
                          ) : null}
                          {label}
                          {r.id ? null : (
                            <span className="rounded bg-accent-50 px-1.5 py-0.5 text-[11px] font-semibold text-accent-700">
                              {t("new")}
                            </span>
                          )}
                        </span>
                      </th>
                      <td className="px-2 py-2">
                        <Cell error={p.price}>
                          <input
                            aria-label={t("priceOf", { label })}
                            inputMode="decimal"
                            value={r.price}
                            onChange={(e) => edit(r.key, { price: e.target.value })}
                            aria-invalid={p.price ? true : undefined}
                            className={clsx(controlClasses(!!p.price), "h-9 w-24 text-right tabular-nums")}
                          />
                        </Cell>
                      </td>
                      <td className="px-2 py-2">
                        <Cell error={p.sku}>
                          <input
                            aria-label={t("skuOf", { label })}
                            value={r.sku}
                            placeholder={t("generated")}
                            onChange={(e) => edit(r.key, { sku: e.target.value.toUpperCase() })}
                            aria-invalid={p.sku ? true : undefined}
                            spellCheck={false}
                            className={clsx(controlClasses(!!p.sku), "h-9 w-52 font-mono text-xs")}
                          />
                        </Cell>
                      </td>
                      <td className="px-2 py-2">
                        <Cell error={p.barcode}>
                          <input
                            aria-label={t("barcodeOf", { label })}
                            value={r.barcode}
                            placeholder={t("generated")}
                            inputMode="numeric"
                            maxLength={13}
                            onChange={(e) => edit(r.key, { barcode: e.target.value.replace(/\D/g, "") })}
                            aria-invalid={p.barcode ? true : undefined}
                            className={clsx(controlClasses(!!p.barcode), "h-9 w-36 font-mono text-xs tabular-nums")}
                          />
                        </Cell>
                      </td>
                      <td className="px-2 py-2 text-xs text-stone-600">
                        <StockCell stock={stock} />
                      </td>
                      <td className="py-2 pr-5 pl-2 text-right">
                        <Button
                          variant="ghost"
                          size="sm"
                          className="min-h-9 rounded-lg px-2"
                          title={r.everOrdered ? t("archiveTitle") : t("remove")}
                          aria-label={r.everOrdered ? t("archiveLabel", { label }) : t("removeLabel", { label })}
                          onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                        >
                          <Trash2 aria-hidden="true" className="size-4" />
                        </Button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Panel>

      {archived.length ? (
        <Panel title={t("archived", { count: archived.length })} description={t("archivedHint")}>
          <ul className="divide-y divide-stone-100 text-sm">
            {archived.map((v) => (
              <li key={v.id} className="flex items-center justify-between gap-3 py-2">
                <span>
                  <span className="font-medium text-stone-900">{variantLabel(v, t)}</span>
                  <span className="ml-2 font-mono text-xs text-stone-500">{v.sku}</span>
                  <span className="ml-2 text-stone-500">{formatMoney(v.priceMinor)}</span>
                </span>
                <Button
                  variant="ghost"
                  size="sm"
                  className="min-h-8 rounded-lg px-2.5"
                  onClick={() => setRestored((r) => [...r, v.id])}
                >
                  <RotateCcw aria-hidden="true" className="size-4" />
                  {t("restore")}
                </Button>
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}

      {failure ? <FormAlert>{failure}</FormAlert> : null}

      <SaveBar
        form={formId}
        dirty={dirty}
        saving={update.isPending}
        onDiscard={() => {
          setRows(initial);
          setRestored([]);
          setColours(coloursOf(initial));
          setSizes(sizesOf(initial));
          setFailure(null);
          setShowErrors(false);
        }}
      />
    </form>
  );
}

function Cell({ error, children }: { error: string | null; children: React.ReactNode }) {
  return (
    <div>
      {children}
      {error ? <p className="mt-1 max-w-52 text-xs text-out">{error}</p> : null}
    </div>
  );
}

function StockCell({ stock }: { stock: Variant["stock"] }) {
  const t = useTranslations("studio.editor.variants");
  if (!stock.length) return <span className="flex h-9 items-center text-stone-400">{t("noStock")}</span>;
  const total = stock.reduce((n, s) => n + s.available, 0);
  return (
    <div className="flex min-h-9 flex-col justify-center">
      <span className="font-medium text-stone-800 tabular-nums">{t("available", { count: total })}</span>
      <span className="tabular-nums">
        {stock.map((s) => `${shortStoreName(s.locationName)} ${s.available}`).join(" · ")}
      </span>
    </div>
  );
}

export function ColourOptions({ colours, onChange }: { colours: Colour[]; onChange: (c: Colour[]) => void }) {
  const t = useTranslations("studio.editor.variants.colours");
  const [name, setName] = useState("");
  const [hex, setHex] = useState("#1f2a44");
  const id = useId();
  const add = () => {
    const n = name.trim();
    if (!n || colours.some((c) => c.name.toLowerCase() === n.toLowerCase())) return;
    onChange([...colours, { name: n, hex }]);
    setName("");
  };
  // A fieldset is as wide as its content by default: min-w-0 lets its grid column hold it.
  return (
    <fieldset className="min-w-0">
      <legend className="text-sm font-medium text-stone-800">{t("legend")}</legend>
      <ul className="mt-2 flex flex-wrap gap-2">
        {colours.map((c, i) => (
          <li
            key={c.name}
            className="inline-flex h-8 items-center gap-1.5 rounded-lg border border-stone-200 bg-white pr-1 pl-1.5 text-sm"
          >
            <input
              type="color"
              value={c.hex}
              aria-label={t("swatchOf", { name: c.name })}
              onChange={(e) => onChange(colours.map((x, j) => (j === i ? { ...x, hex: e.target.value } : x)))}
              className="size-5 cursor-pointer rounded border-0 bg-transparent p-0"
            />
            {c.name}
            <button
              type="button"
              aria-label={t("remove", { name: c.name })}
              onClick={() => onChange(colours.filter((_, j) => j !== i))}
              className="grid size-6 place-items-center rounded text-stone-500 hover:bg-stone-100 hover:text-stone-900"
            >
              <X aria-hidden="true" className="size-3.5" />
            </button>
          </li>
        ))}
        {colours.length === 0 ? <li className="text-sm text-stone-500">{t("none")}</li> : null}
      </ul>
      <div className="mt-3 flex items-center gap-2">
        <input
          type="color"
          value={hex}
          onChange={(e) => setHex(e.target.value)}
          aria-label={t("newSwatch")}
          className="h-9 w-10 cursor-pointer rounded-lg border border-stone-300 bg-white p-1"
        />
        <label htmlFor={`${id}-colour`} className="sr-only">
          {t("newName")}
        </label>
        <input
          id={`${id}-colour`}
          value={name}
          maxLength={40}
          placeholder={t("placeholder")}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
          className={clsx(controlClasses(), "h-9 w-56 min-w-0 shrink")}
        />
        <Button
          variant="soft"
          size="sm"
          className="min-h-9 shrink-0 rounded-lg px-3 whitespace-nowrap"
          onClick={add}
          disabled={!name.trim()}
        >
          {t("add")}
        </Button>
      </div>
    </fieldset>
  );
}

export function SizeOptions({ sizes, onChange }: { sizes: string[]; onChange: (s: string[]) => void }) {
  const t = useTranslations("studio.editor.variants.sizes");
  const [text, setText] = useState("");
  const id = useId();
  const add = () => {
    // "S, M, L" adds three at once.
    const fresh = text
      .split(/[,;\s]+/)
      .map((s) => s.trim())
      .filter((s) => s && s.length <= 20 && !sizes.some((x) => x.toLowerCase() === s.toLowerCase()));
    if (!fresh.length) return;
    onChange([...sizes, ...new Set(fresh)]);
    setText("");
  };
  return (
    <fieldset className="min-w-0">
      <legend className="text-sm font-medium text-stone-800">{t("legend")}</legend>
      <ul className="mt-2 flex flex-wrap gap-2">
        {sizes.map((s, i) => (
          <li
            key={s}
            className="inline-flex h-8 items-center gap-1 rounded-lg border border-stone-200 bg-white pr-1 pl-2.5 text-sm"
          >
            {s}
            <button
              type="button"
              aria-label={t("remove", { size: s })}
              onClick={() => onChange(sizes.filter((_, j) => j !== i))}
              className="grid size-6 place-items-center rounded text-stone-500 hover:bg-stone-100 hover:text-stone-900"
            >
              <X aria-hidden="true" className="size-3.5" />
            </button>
          </li>
        ))}
        {sizes.length === 0 ? <li className="text-sm text-stone-500">{t("none")}</li> : null}
      </ul>
      <div className="mt-3 flex items-center gap-2">
        <label htmlFor={`${id}-size`} className="sr-only">
          {t("newSizes")}
        </label>
        <input
          id={`${id}-size`}
          value={text}
          placeholder={t("placeholder")}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
          className={clsx(controlClasses(), "h-9 w-56 min-w-0 shrink")}
        />
        <Button
          variant="soft"
          size="sm"
          className="min-h-9 shrink-0 rounded-lg px-3 whitespace-nowrap"
          onClick={add}
          disabled={!text.trim()}
        >
          {t("add")}
        </Button>
      </div>
    </fieldset>
  );
}
