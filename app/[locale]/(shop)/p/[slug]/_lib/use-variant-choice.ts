"use client";

import { useMemo, useState } from "react";
import type { VariantData } from "@/app/_lib/types";

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/**
 * The colour and size picked. The choice lives in the URL (?colour=…&size=…) so it can be shared,
 * but switching never reloads the page.
 */
export function useVariantChoice(variants: VariantData[], initialColour: string | null, initialSize: string | null) {
  const colours = useMemo(
    () =>
      unique(variants.map((v) => v.colour).filter((c): c is string => c !== null)).map((name) => ({
        name,
        hex: variants.find((v) => v.colour === name)?.colourHex ?? null,
      })),
    [variants],
  );
  const sizes = useMemo(() => unique(variants.map((v) => v.size).filter((s): s is string => s !== null)), [variants]);

  const [colour, setColour] = useState<string | null>(initialColour ?? colours[0]?.name ?? null);
  const [size, setSize] = useState<string | null>(initialSize);

  const inColour = variants.filter((v) => v.colour === colour);
  const needsSize = sizes.length > 0;
  const selected: VariantData | null = needsSize
    ? (inColour.find((v) => v.size === size) ?? null)
    : (inColour[0] ?? variants[0] ?? null);

  function updateUrl(nextColour: string | null, nextSize: string | null) {
    const params = new URLSearchParams();
    if (nextColour && colours.length > 1) params.set("colour", nextColour);
    if (nextSize) params.set("size", nextSize);
    const query = params.toString();
    window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
  }

  function pickColour(next: string) {
    // Keep the size when the new colour comes in it.
    const keepSize = size && variants.some((v) => v.colour === next && v.size === size) ? size : null;
    setColour(next);
    setSize(keepSize);
    updateUrl(next, keepSize);
  }

  function pickSize(next: string) {
    setSize(next);
    updateUrl(colour, next);
  }

  return { colours, sizes, colour, size, inColour, needsSize, selected, pickColour, pickSize };
}

export type VariantChoice = ReturnType<typeof useVariantChoice>;
