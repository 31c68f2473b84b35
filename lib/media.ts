/**
 * Uploaded images' addresses, shared by the server (which makes the renditions) and the browser
 * (which asks for them with srcset). An upload is resized once into these widths, never larger
 * than the original, in both formats; its URLs are named by the SHA-256 of the original, so a URL
 * never changes meaning and may be cached for ever.
 */

export const RENDITION_WIDTHS = [320, 640, 960, 1280, 1920] as const;
export const MAX_RENDITION_WIDTH = 1920;
export const RENDITION_FORMATS = ["avif", "webp"] as const;
export type RenditionFormat = (typeof RENDITION_FORMATS)[number];

/** The widths made for an original this wide: the standard ones below it, and its own width (at most 1920). */
export function renditionWidths(originalWidth: number): number[] {
  const largest = Math.min(originalWidth, MAX_RENDITION_WIDTH);
  return [...RENDITION_WIDTHS.filter((w) => w < largest), largest];
}

export const isMediaHash = (hash: string) => /^[0-9a-f]{64}$/.test(hash);

export const renditionName = (width: number, format: RenditionFormat) => `w${width}.${format}`;

export const mediaUrl = (hash: string, name: string) => `/api/media/${hash}/${name}`;

/** A srcset of every width made for this original, in one format. */
export function mediaSrcSet(hash: string, originalWidth: number, format: RenditionFormat): string {
  return renditionWidths(originalWidth)
    .map((w) => `${mediaUrl(hash, renditionName(w, format))} ${w}w`)
    .join(", ");
}

/** The WebP that stands in where no srcset is read (product_image.url, old browsers): about 960 wide. */
export function fallbackUrl(hash: string, originalWidth: number): string {
  const widths = renditionWidths(originalWidth);
  const width = widths.find((w) => w >= 960) ?? widths[widths.length - 1]!;
  return mediaUrl(hash, renditionName(width, "webp"));
}
