"use client";

import { clsx } from "clsx";
import { CircleAlert, Trash2, TrendingDown, TrendingUp } from "lucide-react";
import { useTranslations } from "next-intl";
import Image from "next/image";
import { useId } from "react";
import { Link } from "@/i18n/navigation";
import { MAX_PER_LINE } from "@/app/[locale]/(shop)/_components/add-to-cart";
import { formatMoney } from "@/lib/money";
import { Price } from "@/app/[locale]/(shop)/_components/price";
import { QuantityStepper } from "@/ui/stepper";
import { describeLine, type CartLineData } from "@/app/[locale]/(shop)/cart/_lib/use-cart-actions";

type Props = {
  line: CartLineData;
  onQuantity: (line: CartLineData, quantity: number) => void;
  onRemove: (line: CartLineData) => void;
};

/** The product page opened on this line's colour and size. */
function productHref(line: CartLineData): string {
  const params = new URLSearchParams();
  if (line.colour) params.set("colour", line.colour);
  if (line.size) params.set("size", line.size);
  const query = params.toString();
  return `/p/${line.slug}${query ? `?${query}` : ""}`;
}

/** What stops this line being bought as it is (a message key), and what the shopper can do about it. */
function problem(line: CartLineData): { message: "soldOut" | "tooMany" | "notOnline"; fixTo: number | null } | null {
  if (line.purchasable) return null;
  if (line.maxAvailable === 0) return { message: "soldOut", fixTo: null };
  if (line.quantity > line.maxAvailable) return { message: "tooMany", fixTo: line.maxAvailable };
  return { message: "notOnline", fixTo: null };
}

export function CartLine({ line, onQuantity, onRemove }: Props) {
  const t = useTranslations("checkout.cart.line");
  const limitId = useId();
  const href = productHref(line);
  const issue = problem(line);
  const fixTo = issue?.fixTo ?? null;
  const fullName = describeLine(line);
  const atMax = line.purchasable && line.maxAvailable > 0 && line.quantity >= line.maxAvailable;
  const options = [line.colour, line.size ? t("size", { size: line.size }) : null].filter(Boolean).join(" · ");
  const sr = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
  const changeTo = fixTo !== null ? t.rich("changeTo", { quantity: fixTo, item: fullName, sr }) : null;
  const remove = t.rich("remove", { item: fullName, sr });

  return (
    <li className="flex gap-4 py-6 sm:gap-6">
      {/* The image repeats the name's link, so it is kept out of the tab order and from screen readers. */}
      <Link href={href} tabIndex={-1} aria-hidden="true" className="shrink-0">
        <div className="aspect-[4/5] w-24 overflow-hidden rounded-2xl bg-canvas sm:w-32">
          {line.image ? (
            <Image
              src={line.image.url}
              alt=""
              width={256}
              height={320}
              unoptimized
              className="size-full object-cover"
            />
          ) : null}
        </div>
      </Link>

      <div className="flex min-w-0 flex-1 flex-col">
        <div className="flex flex-col gap-x-6 gap-y-1 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0">
            <h3 className="text-base font-medium text-stone-950">
              <Link href={href} className="underline-offset-4 hover:underline">
                {line.name}
              </Link>
            </h3>
            {options ? <p className="mt-0.5 text-sm text-stone-600">{options}</p> : null}
            <div className="mt-1.5 flex items-baseline gap-1.5">
              <Price price={line.unitPrice} compareAt={line.compareAt} />
              {line.quantity > 1 ? <span className="text-xs text-stone-500">{t("each")}</span> : null}
            </div>
          </div>
          <p className="text-sm font-semibold text-stone-950 tabular-nums sm:text-right sm:text-base">
            <span className="sr-only">{t("total")} </span>
            {formatMoney(line.lineTotal.amountMinor, line.lineTotal.currency)}
          </p>
        </div>

        {line.priceChange && line.previousPrice ? (
          <p
            className={clsx(
              "mt-3 inline-flex items-center gap-1.5 self-start rounded-full px-2.5 py-1 text-xs font-medium",
              line.priceChange === "down" ? "bg-ok-bg text-ok" : "bg-low-bg text-low",
            )}
          >
            {line.priceChange === "down" ? (
              <TrendingDown aria-hidden="true" className="size-3.5" />
            ) : (
              <TrendingUp aria-hidden="true" className="size-3.5" />
            )}
            {t(line.priceChange === "down" ? "priceDown" : "priceUp", {
              price: formatMoney(line.previousPrice.amountMinor, line.previousPrice.currency),
            })}
          </p>
        ) : null}

        {issue ? (
          <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-xl border border-out/20 bg-out-bg px-3 py-2 text-sm text-out">
            <p className="flex items-start gap-2">
              <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              {t(`problem.${issue.message}`, { count: line.maxAvailable })}
            </p>
            {fixTo !== null ? (
              <button
                type="button"
                onClick={() => onQuantity(line, fixTo)}
                className="inline-flex min-h-11 items-center font-semibold text-out underline underline-offset-4 hover:text-stone-950 sm:min-h-8"
              >
                {changeTo}
              </button>
            ) : null}
          </div>
        ) : null}

        <div className="mt-auto flex flex-wrap items-center justify-between gap-x-4 gap-y-2 pt-4">
          <QuantityStepper
            size="sm"
            value={line.quantity}
            max={line.maxAvailable}
            onChange={(quantity) => onQuantity(line, quantity)}
            disabled={line.maxAvailable === 0}
            label={t("quantity", { item: fullName })}
            describedBy={atMax ? limitId : undefined}
          />
          <button
            type="button"
            onClick={() => onRemove(line)}
            className="-mr-2 inline-flex min-h-11 items-center gap-1.5 rounded-full px-2 text-sm text-stone-600 underline-offset-4 transition-colors hover:text-stone-950 hover:underline"
          >
            <Trash2 aria-hidden="true" className="size-4" />
            {remove}
          </button>
        </div>
        {atMax ? (
          <p id={limitId} className="mt-2 text-xs font-medium text-low">
            {line.maxAvailable >= MAX_PER_LINE
              ? t("atMost", { count: MAX_PER_LINE })
              : t("onlyAvailable", { count: line.maxAvailable })}
          </p>
        ) : null}
      </div>
    </li>
  );
}
