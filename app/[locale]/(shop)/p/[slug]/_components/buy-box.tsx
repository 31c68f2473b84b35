"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { AddToCart } from "@/app/[locale]/(shop)/_components/add-to-cart";
import { isOnSale, Price, SaleBadge } from "@/app/[locale]/(shop)/_components/price";
import type { VariantChoice } from "@/app/[locale]/(shop)/p/[slug]/_lib/use-variant-choice";
import { mostAnywhere, totalStock } from "@/app/[locale]/(shop)/p/[slug]/_lib/stock";
import type { ProductDetailData, VariantData } from "@/app/_lib/types";
import { VariantPicker } from "./variant-picker";

/** Price, the colour and size choice, and the add-to-cart button with what stops it. */
export function BuyBox({ product, choice }: { product: ProductDetailData; choice: VariantChoice }) {
  const t = useTranslations("shop.product");
  const { variants } = product;
  const { selected, inColour, needsSize } = choice;
  const sizeChoices = useRef<HTMLFieldSetElement>(null);

  // Price: the selected variant's, else the range across the colour (or the whole product).
  const pool = selected ? [selected] : inColour.length ? inColour : variants;
  const cheapest = pool.reduce<VariantData | undefined>(
    (min, v) => (!min || v.price.amountMinor < min.price.amountMinor ? v : min),
    undefined,
  );
  const dearest = pool.reduce<VariantData | undefined>(
    (max, v) => (!max || v.price.amountMinor > max.price.amountMinor ? v : max),
    undefined,
  );
  const onSale = pool.some((v) => isOnSale(v.price, v.compareAt));
  const soldOutEverywhere = variants.every((v) => totalStock(v) === 0);

  const blockedReason = !selected
    ? needsSize
      ? t("chooseSize")
      : t("chooseColour")
    : mostAnywhere(selected) === 0
      ? t("soldOut")
      : null;
  const options = selected ? [selected.colour, selected.size].filter(Boolean).join(", ") : "";
  const itemLabel = options ? `${product.name} (${options})` : product.name;

  /** "Choose a size" was pressed: take the shopper to the sizes. */
  function focusSizes() {
    const first = sizeChoices.current?.querySelector<HTMLInputElement>("input:not(:disabled)");
    first?.focus();
  }

  return (
    <>
      <div className="mt-4 flex items-center gap-3">
        {cheapest ? (
          <Price
            price={cheapest.price}
            maxPrice={dearest && dearest !== cheapest ? dearest.price : null}
            compareAt={cheapest.compareAt}
            size="lg"
          />
        ) : null}
        {onSale ? <SaleBadge /> : null}
      </div>
      {soldOutEverywhere ? (
        <p className="mt-3 inline-flex rounded-full bg-out-bg px-3 py-1 text-sm font-medium text-out">
          {t("soldOutEverywhere")}
        </p>
      ) : null}

      <div className="mt-8 space-y-7">
        <VariantPicker choice={choice} sizesRef={sizeChoices} />

        <div>
          <AddToCart
            variantId={selected && blockedReason === null ? selected.id : null}
            itemLabel={itemLabel}
            maxQuantity={selected ? mostAnywhere(selected) : 1}
            blockedReason={blockedReason}
            onBlocked={!selected && needsSize ? focusSizes : undefined}
          />
          {selected ? (
            <p className="mt-3 text-xs text-stone-500">
              {t("sku")} <span className="font-mono tracking-tight text-stone-600">{selected.sku}</span>
            </p>
          ) : null}
        </div>
      </div>
    </>
  );
}
