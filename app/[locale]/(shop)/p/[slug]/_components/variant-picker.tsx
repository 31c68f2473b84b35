"use client";

import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import type { VariantChoice } from "@/app/[locale]/(shop)/p/[slug]/_lib/use-variant-choice";
import { totalStock } from "@/app/[locale]/(shop)/p/[slug]/_lib/stock";

/** Colour swatches then sizes, as radio groups; a size this colour lacks is struck out or dashed. */
export function VariantPicker({
  choice,
  sizesRef,
}: {
  choice: VariantChoice;
  sizesRef: React.Ref<HTMLFieldSetElement>;
}) {
  const t = useTranslations("shop.product");
  const { colours, sizes, colour, size, inColour, needsSize, pickColour, pickSize } = choice;
  const value = (chunks: React.ReactNode) => <span className="font-medium text-stone-950">{chunks}</span>;
  const colourLegend = t.rich("colourChosen", { colour: colour ?? "", value });
  const sizeLegend = size
    ? t.rich("sizeChosen", { size, value })
    : t.rich("sizeNone", { hint: (chunks) => <span className="text-stone-500">{chunks}</span> });
  return (
    <>
      {colours.length > 0 ? (
        <fieldset>
          <legend className="text-sm text-stone-600">{colourLegend}</legend>
          <div className="mt-3 flex flex-wrap gap-2">
            {colours.map((c) => (
              <label
                key={c.name}
                className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full border border-stone-200 py-1.5 pr-4 pl-1.5 text-sm text-stone-800 transition-colors select-none hover:border-stone-400 has-checked:border-stone-950 has-checked:ring-1 has-checked:ring-stone-950 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent-700"
              >
                <input
                  type="radio"
                  name="colour"
                  value={c.name}
                  checked={colour === c.name}
                  onChange={() => pickColour(c.name)}
                  className="sr-only"
                />
                <span
                  aria-hidden="true"
                  className="size-7 rounded-full ring-1 ring-stone-900/15 ring-inset"
                  style={{ backgroundColor: c.hex ?? "#d6d3d1" }}
                />
                {c.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}

      {needsSize ? (
        <fieldset ref={sizesRef}>
          <legend className="text-sm text-stone-600">{sizeLegend}</legend>
          <div className="mt-3 grid grid-cols-[repeat(auto-fill,minmax(3.5rem,1fr))] gap-2">
            {sizes.map((s) => {
              const variant = inColour.find((v) => v.size === s);
              const gone = !variant || totalStock(variant) === 0;
              return (
                <label
                  key={s}
                  className={clsx(
                    "relative inline-flex h-12 items-center justify-center rounded-xl border text-sm font-medium transition-colors select-none",
                    "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent-700",
                    !variant
                      ? "cursor-not-allowed border-dashed border-stone-200 text-stone-300"
                      : "cursor-pointer has-checked:border-stone-950 has-checked:bg-stone-950 has-checked:text-white",
                    variant && gone
                      ? "border-stone-200 bg-stone-50 text-stone-400 line-through decoration-stone-400 hover:border-stone-400"
                      : variant && "border-stone-200 text-stone-900 hover:border-stone-500",
                  )}
                >
                  <input
                    type="radio"
                    name="size"
                    value={s}
                    disabled={!variant}
                    checked={size === s}
                    onChange={() => pickSize(s)}
                    className="sr-only"
                  />
                  {s}
                  {gone ? <span className="sr-only"> ({t("sizeSoldOut")})</span> : null}
                </label>
              );
            })}
          </div>
        </fieldset>
      ) : null}
    </>
  );
}
