import { z } from "zod";

/** The studio's product images: limits and inputs, safe to import in the browser (the editor checks them first). */

export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
/** Smaller than this on either side would look blurred on a product page. */
export const MIN_IMAGE_SIDE = 200;
export const MAX_IMAGE_SIDE = 12_000;
/** Decoded, an image this large takes about 200 MB: the bound against decompression bombs. */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** Longer side over shorter side: a banner or a sliver is not a product photo. */
export const MAX_ASPECT_RATIO = 5;
export const MAX_IMAGES_PER_PRODUCT = 40;
export const UPLOAD_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;

const hash = z.string().regex(/^[0-9a-f]{64}$/, "That upload was not found. Upload the image again.");
const alt = z
  .string()
  .trim()
  .min(1, "Describe the image for people who cannot see it (alt text).")
  .max(300, "Alt text: at most 300 characters.");
const altEs = z.string().trim().max(300, "Texto alternativo: 300 caracteres como máximo.");
/** A variant's colour, or null: shown whatever colour is picked. */
const colour = z.string().trim().min(1).max(40, "A colour name: at most 40 characters.").nullable();

export const imageListInput = z.object({ productId: z.uuid("That product was not found.") });

export const imageAddInput = z.object({
  productId: z.uuid("That product was not found."),
  mediaHash: hash,
  alt,
  altEs: altEs.optional(),
  colour: colour.optional(),
});
export type ImageAddInput = z.output<typeof imageAddInput>;

export const imageUpdateInput = z.object({
  id: z.uuid("That image was not found."),
  alt: alt.optional(),
  altEs: altEs.optional(),
  colour: colour.optional(),
});
export type ImageUpdateInput = z.output<typeof imageUpdateInput>;

export const imageReorderInput = z.object({
  productId: z.uuid("That product was not found."),
  ids: z.array(z.uuid()).min(1).max(MAX_IMAGES_PER_PRODUCT),
});

export const imageRemoveInput = z.object({ id: z.uuid("That image was not found.") });
