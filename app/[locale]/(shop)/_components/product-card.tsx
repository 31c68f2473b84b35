import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { ColourDots } from "./colour-dots";
import { shortStoreName } from "@/lib/words";
import { isOnSale, Price, SaleBadge } from "./price";
import type { ProductCardData } from "@/app/_lib/types";
import { Badge } from "@/ui/badge";
import { Picture } from "@/ui/picture";

type Props = {
  product: ProductCardData;
  /** The shopper's store, to say whether the product can be picked up there. */
  storeName?: string | null;
  /** Load the image eagerly (first row above the fold). */
  priority?: boolean;
};

export function ProductCard({ product, storeName, priority }: Props) {
  const t = useTranslations("shop.card");
  const sale = isOnSale(product.price, product.compareAt);
  const soldOut = !product.inStock;
  return (
    <article className="group relative flex flex-col">
      <div className="relative aspect-[4/5] overflow-hidden rounded-2xl bg-canvas">
        {product.image ? (
          <Picture
            src={product.image.url}
            alt={product.image.alt}
            media={product.image.media}
            sizes="(min-width: 1024px) 25vw, 50vw"
            width={800}
            height={1000}
            loading={priority ? "eager" : "lazy"}
            fetchPriority={priority ? "high" : undefined}
            className={clsx(
              "size-full object-cover transition-transform duration-500 ease-out group-hover:scale-[1.03]",
              soldOut && "opacity-60",
            )}
          />
        ) : (
          <div className="grid size-full place-items-center text-sm text-stone-400">{t("noImage")}</div>
        )}
        <div className="absolute top-3 left-3 flex flex-wrap gap-1.5">
          {sale ? <SaleBadge /> : null}
          {soldOut ? (
            <Badge tone="overlay" size="caps" className="ring-1">
              {t("soldOut")}
            </Badge>
          ) : null}
        </div>
      </div>
      <div className="mt-3 flex flex-1 flex-col gap-1 px-0.5">
        <p className="text-xs text-stone-500">{product.brand}</p>
        <h3 className="text-sm leading-snug font-medium text-stone-950">
          <Link
            href={`/p/${product.slug}`}
            className="after:absolute after:inset-0 after:rounded-2xl focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:outline-offset-4 focus-visible:after:outline-accent-700"
          >
            {product.name}
          </Link>
        </h3>
        <Price price={product.price} maxPrice={product.maxPrice} compareAt={product.compareAt} />
        <ColourDots colours={product.colours} className="mt-1" />
        {storeName && product.availableAtStore !== null && !soldOut ? (
          <p
            className={clsx(
              "mt-1 flex items-center gap-1.5 text-xs",
              product.availableAtStore > 0 ? "text-ok" : "text-stone-500",
            )}
          >
            <span
              aria-hidden="true"
              className={clsx("size-1.5 rounded-full", product.availableAtStore > 0 ? "bg-ok" : "bg-stone-300")}
            />
            {product.availableAtStore > 0
              ? t("inStockAt", { store: shortStoreName(storeName) })
              : t("notInStockAt", { store: shortStoreName(storeName) })}
          </p>
        ) : null}
      </div>
    </article>
  );
}
