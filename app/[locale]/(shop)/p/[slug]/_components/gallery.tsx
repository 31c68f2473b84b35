"use client";

import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ProductDetailData } from "@/app/_lib/types";
import { Picture } from "@/ui/picture";

/** The large image and its thumbnails; remounted (back to the first image) when the colour changes. */
export function Gallery({ images }: { images: ProductDetailData["images"] }) {
  const t = useTranslations("shop.product");
  const [index, setIndex] = useState(0);
  const current = images[index] ?? images[0];
  return (
    // On desktop the whole image fits in the viewport beside the buying panel.
    <div className="lg:sticky lg:top-36 lg:w-[clamp(22rem,calc((100dvh-12rem)*0.8),48vw)] lg:self-start">
      <div className="relative aspect-[4/5] w-full overflow-hidden rounded-3xl bg-canvas">
        {current ? (
          <Picture
            src={current.url}
            alt={current.alt}
            media={current.media}
            sizes="(min-width: 1024px) 48vw, 100vw"
            width={1000}
            height={1250}
            loading="eager"
            fetchPriority="high"
            className="size-full object-cover"
          />
        ) : (
          <div className="grid size-full place-items-center text-stone-400">{t("noImage")}</div>
        )}
      </div>
      {images.length > 1 ? (
        <ul className="mt-3 flex gap-3" aria-label={t("moreImages")}>
          {images.map((img, i) => (
            <li key={img.url}>
              <button
                type="button"
                onClick={() => setIndex(i)}
                aria-pressed={i === index}
                className={clsx(
                  "block w-16 overflow-hidden rounded-xl bg-canvas ring-offset-2 transition sm:w-20",
                  i === index ? "ring-2 ring-stone-950" : "opacity-80 hover:opacity-100",
                )}
              >
                <Picture
                  src={img.url}
                  alt={img.alt}
                  media={img.media}
                  sizes="80px"
                  width={160}
                  height={200}
                  className="aspect-[4/5] w-full object-cover"
                />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
