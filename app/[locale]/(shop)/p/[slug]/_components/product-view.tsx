"use client";

import { useMemo } from "react";
import { useVariantChoice } from "@/app/[locale]/(shop)/p/[slug]/_lib/use-variant-choice";
import type { LocationData, ProductDetailData } from "@/app/_lib/types";
import { Availability } from "./availability";
import { BuyBox } from "./buy-box";
import { Gallery } from "./gallery";

type Props = {
  product: ProductDetailData;
  /** Every location, in display order: stores and the warehouse that ships deliveries. */
  locations: LocationData[];
  chosenStoreId: string | null;
  initialColour: string | null;
  initialSize: string | null;
  /** Brand and name, rendered on the server. */
  header: React.ReactNode;
  /** Description and details, rendered on the server. */
  children: React.ReactNode;
};

/** The gallery beside the buying column: one colour and size choice drives both. */
export function ProductView({
  product,
  locations,
  chosenStoreId,
  initialColour,
  initialSize,
  header,
  children,
}: Props) {
  const choice = useVariantChoice(product.variants, initialColour, initialSize);
  const { colour } = choice;

  const images = useMemo(() => {
    const forColour = product.images.filter((img) => img.colour === null || img.colour === colour);
    return forColour.length ? forColour : product.images;
  }, [product.images, colour]);

  return (
    <div className="grid gap-8 lg:grid-cols-[auto_minmax(0,1fr)] lg:gap-12 xl:gap-16">
      <Gallery key={colour ?? "all"} images={images} />

      <div className="max-w-2xl lg:sticky lg:top-36 lg:self-start">
        {header}
        <BuyBox product={product} choice={choice} />
        <Availability
          selected={choice.selected}
          inColour={choice.inColour}
          locations={locations}
          chosenStoreId={chosenStoreId}
        />
        <div className="mt-10">{children}</div>
      </div>
    </div>
  );
}
