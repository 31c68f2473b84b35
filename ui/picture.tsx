import Image from "next/image";
import { fallbackUrl, mediaSrcSet } from "@/lib/media";

type Props = {
  src: string;
  alt: string;
  /** An upload's original (its hash and size): its renditions are offered by width, AVIF first. */
  media?: { hash: string; width: number; height: number } | null;
  /** How wide the image shows, as <img sizes>: lets the browser pick the smallest rendition that is sharp. */
  sizes: string;
  width: number;
  height: number;
  className?: string;
  loading?: "eager" | "lazy";
  fetchPriority?: "high" | "low" | "auto";
};

/**
 * A product image. An upload is one <picture> of its renditions (AVIF, then WebP for browsers
 * without it); the demo's files in public/ are a plain image, as before.
 */
export function Picture({ src, alt, media, sizes, width, height, className, loading, fetchPriority }: Props) {
  if (!media)
    return (
      <Image
        src={src}
        alt={alt}
        width={width}
        height={height}
        unoptimized
        loading={loading}
        fetchPriority={fetchPriority}
        className={className}
      />
    );
  return (
    <picture className="contents">
      <source type="image/avif" srcSet={mediaSrcSet(media.hash, media.width, "avif")} sizes={sizes} />
      <source type="image/webp" srcSet={mediaSrcSet(media.hash, media.width, "webp")} sizes={sizes} />
      {/* A plain img: the renditions are made at upload; next/image would make its own. */}
      <img
        src={fallbackUrl(media.hash, media.width)}
        alt={alt}
        width={width}
        height={height}
        sizes={sizes}
        loading={loading}
        fetchPriority={fetchPriority}
        decoding="async"
        className={className}
      />
    </picture>
  );
}
