import "server-only";
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import sharp, { type Metadata, type OutputInfo } from "sharp";
import type { Db } from "@/db/client";
import { media, mediaRendition } from "@/db/schema";
import { fallbackUrl, isMediaHash, RENDITION_FORMATS, renditionName, renditionWidths } from "@/lib/media";
import { DomainError, type Said } from "@/server/errors";
import type { Actor } from "./history";
import { MAX_ASPECT_RATIO, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, MAX_UPLOAD_BYTES, MIN_IMAGE_SIDE } from "./inputs-images";

export type ImageKind = "jpeg" | "png" | "webp";

const MIME: Record<ImageKind, string> = { jpeg: "image/jpeg", png: "image/png", webp: "image/webp" };
const EXTENSION: Record<ImageKind, string> = { jpeg: "jpg", png: "png", webp: "webp" };
const refused = (said: Said) => new DomainError("INVALID_INPUT", said);
const unreadable = () => refused({ key: "errors.studio.imageUnreadable" });

/** What the bytes are, by their first bytes: the name and the declared type are the sender's word, not proof. */
export function sniffImage(bytes: Uint8Array): ImageKind | null {
  const starts = (offset: number, ...expected: number[]) => expected.every((b, i) => bytes[offset + i] === b);
  if (starts(0, 0xff, 0xd8, 0xff)) return "jpeg";
  if (starts(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "png";
  // RIFF····WEBP
  if (starts(0, 0x52, 0x49, 0x46, 0x46) && starts(8, 0x57, 0x45, 0x42, 0x50)) return "webp";
  return null;
}

// Untrusted input: stop at damaged pixel data, and refuse before decoding anything over the pixel bound.
const inputOptions = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error", autoOrient: true } as const;

/** Width and height as shown (EXIF orientation applied), or a refusal a marketer can act on. */
async function checkedSize(bytes: Uint8Array, kind: ImageKind) {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, inputOptions).metadata();
  } catch {
    throw unreadable();
  }
  if (meta.format !== kind) throw unreadable();
  const { width, height } = meta.autoOrient;
  // Sizes as a spreadsheet would not write them: "4000×3000", never grouped.
  const size = { width: String(width), height: String(height) };
  const [short, long] = width < height ? [width, height] : [height, width];
  if (short < MIN_IMAGE_SIDE)
    throw refused({ key: "errors.studio.imageTooSmall", values: { ...size, min: String(MIN_IMAGE_SIDE) } });
  if (long > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS)
    throw refused({
      key: "errors.studio.imageTooLarge",
      values: { ...size, maxSide: String(MAX_IMAGE_SIDE), megapixels: String(MAX_IMAGE_PIXELS / 1_000_000) },
    });
  if (long / short > MAX_ASPECT_RATIO)
    throw refused({ key: "errors.studio.imageTooLong", values: { ...size, ratio: MAX_ASPECT_RATIO } });
  return { width, height };
}

type Rendition = { name: string; mime: string; width: number; data: Buffer };

/**
 * Every width and format, made once: the original is decoded once into sRGB pixels at the largest
 * width, and each rendition is cut from those (never larger than the original).
 */
export async function makeRenditions(bytes: Uint8Array, width: number): Promise<Rendition[]> {
  const widths = renditionWidths(width);
  let master: { data: Buffer; info: OutputInfo };
  try {
    master = await sharp(bytes, inputOptions)
      .resize({ width: widths[widths.length - 1], withoutEnlargement: true })
      .toColourspace("srgb")
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw unreadable();
  }
  const raw = { width: master.info.width, height: master.info.height, channels: master.info.channels };
  const jobs = widths.flatMap((w) =>
    RENDITION_FORMATS.map(async (format) => {
      const resized = sharp(master.data, { raw }).resize({ width: w, withoutEnlargement: true });
      // AVIF at a low effort: several times quicker to encode, a few per cent larger.
      const encoded = format === "avif" ? resized.avif({ quality: 55, effort: 2 }) : resized.webp({ quality: 80 });
      return { name: renditionName(w, format), mime: `image/${format}`, width: w, data: await encoded.toBuffer() };
    }),
  );
  return Promise.all(jobs);
}

export type StoredMedia = {
  hash: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  /** A WebP about 960 wide, for where a single URL is needed. */
  url: string;
  /** False when the same bytes were uploaded before: nothing was made or stored again. */
  created: boolean;
};

/**
 * An upload, checked by its content and stored once under the SHA-256 of its bytes, with its
 * renditions, in the database every instance shares. The same file again is found, not redone.
 */
export async function storeUpload(db: Db, actor: Actor, bytes: Uint8Array): Promise<StoredMedia> {
  if (bytes.byteLength === 0) throw refused({ key: "errors.studio.fileEmpty" });
  if (bytes.byteLength > MAX_UPLOAD_BYTES)
    throw refused({ key: "errors.studio.fileTooLarge", values: { mb: MAX_UPLOAD_BYTES / 1024 / 1024 } });
  const kind = sniffImage(bytes);
  if (!kind) throw refused({ key: "errors.studio.notAnImage" });
  const hash = createHash("sha256").update(bytes).digest("hex");
  const shaped = (m: Omit<StoredMedia, "url" | "created">, created: boolean) => ({
    ...m,
    url: fallbackUrl(m.hash, m.width),
    created,
  });

  const [known] = await db
    .select({ hash: media.hash, mime: media.mime, width: media.width, height: media.height, bytes: media.bytes })
    .from(media)
    .where(eq(media.hash, hash));
  if (known) return shaped(known, false);

  const { width, height } = await checkedSize(bytes, kind);
  const renditions = await makeRenditions(bytes, width);
  const row = { hash, mime: MIME[kind], width, height, bytes: bytes.byteLength };
  const created = await db.transaction(async (tx) => {
    // Two instances may make the same upload at once: the first to commit keeps it.
    const inserted = await tx
      .insert(media)
      .values({ ...row, uploadedBy: actor.id })
      .onConflictDoNothing()
      .returning({ hash: media.hash });
    if (!inserted.length) return false;
    await tx
      .insert(mediaRendition)
      .values([
        { hash, name: `original.${EXTENSION[kind]}`, mime: MIME[kind], width, data: Buffer.from(bytes) },
        ...renditions.map((r) => ({ hash, ...r })),
      ]);
    return true;
  });
  return shaped(row, created);
}

const RENDITION_NAME = /^(?:w\d{2,4}\.(?:avif|webp)|original\.(?:jpg|png|webp))$/;

/** One stored rendition's bytes and type, or null for an address that names none. */
export async function readRendition(db: Db, hash: string, name: string) {
  if (!isMediaHash(hash) || !RENDITION_NAME.test(name)) return null;
  const [row] = await db
    .select({ mime: mediaRendition.mime, data: mediaRendition.data })
    .from(mediaRendition)
    .where(and(eq(mediaRendition.hash, hash), eq(mediaRendition.name, name)));
  return row ?? null;
}

/** The renditions stored for an upload, without their bytes (tests, and what the editor may list). */
export async function renditionsOf(db: Db, hash: string) {
  return db
    .select({ name: mediaRendition.name, mime: mediaRendition.mime, width: mediaRendition.width })
    .from(mediaRendition)
    .where(eq(mediaRendition.hash, hash))
    .orderBy(mediaRendition.name);
}
