import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import { formatMoney, type Money } from "@/lib/money";
import { Badge } from "@/ui/badge";

type Props = {
  price: Money;
  /** The highest price among variants: shows "From" when it differs. */
  maxPrice?: Money | null;
  /** The "was" price (the lowest of the 30 days before a sale, derived): struck through when higher. */
  compareAt?: Money | null;
  size?: "sm" | "lg";
  className?: string;
};

export function isOnSale(price: Money, compareAt: Money | null | undefined): compareAt is Money {
  return !!compareAt && compareAt.amountMinor > price.amountMinor;
}

export function Price({ price, maxPrice, compareAt, size = "sm", className }: Props) {
  const t = useTranslations("shop.price");
  const sale = isOnSale(price, compareAt);
  const from = !!maxPrice && maxPrice.amountMinor > price.amountMinor;
  return (
    <p className={clsx("flex flex-wrap items-baseline gap-x-2 tabular-nums", className)}>
      <span
        className={clsx(
          size === "lg" ? "text-2xl font-semibold tracking-tight" : "text-sm font-medium",
          sale ? "text-accent-700" : "text-stone-950",
        )}
      >
        {from ? (
          <span className={clsx("font-normal", size === "lg" ? "text-base" : "text-xs", "text-stone-600")}>
            {t("from")}{" "}
          </span>
        ) : null}
        {sale ? <span className="sr-only">{t("salePrice")} </span> : null}
        {formatMoney(price.amountMinor, price.currency)}
      </span>
      {sale ? (
        <span className={clsx("text-stone-500", size === "lg" ? "text-base" : "text-xs")} title={t("lowestTitle")}>
          <span className="sr-only">, {t("lowestBefore")}: </span>
          <s>{formatMoney(compareAt.amountMinor, compareAt.currency)}</s>
        </span>
      ) : null}
    </p>
  );
}

export function SaleBadge({ className }: { className?: string }) {
  const t = useTranslations("shop.price");
  return (
    <Badge tone="accent" size="caps" className={className}>
      {t("sale")}
    </Badge>
  );
}
