import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { media, product, productImage, variant } from "@/db/schema";
import { fallbackUrl } from "@/lib/media";
import { DomainError, notFound } from "@/server/errors";
import { inOneTransaction } from "./editor";
import { diffFields, recordChanges, type Actor, type FieldChange } from "./history";
import { MAX_IMAGES_PER_PRODUCT, type ImageAddInput, type ImageUpdateInput } from "./inputs-images";
import { catalogChanged } from "./publishing";

export type StudioImage = Awaited<ReturnType<typeof listImages>>[number];

const IMAGE_FIELDS = ["alt", "altEs", "colour"] as const;

const columns = {
  id: productImage.id,
  productId: productImage.productId,
  url: productImage.url,
  mediaHash: productImage.mediaHash,
  alt: productImage.alt,
  altEs: productImage.altEs,
  colour: productImage.colour,
  position: productImage.position,
  width: media.width,
  height: media.height,
};

/** A product's images in their order, each with its upload's size when it was uploaded (seed images have none). */
export async function listImages(db: Db | Tx, productId: string) {
  return db
    .select(columns)
    .from(productImage)
    .leftJoin(media, eq(media.hash, productImage.mediaHash))
    .where(eq(productImage.productId, productId))
    .orderBy(asc(productImage.position));
}

/** The product, locked, so image changes to one product happen one after another and positions stay 0, 1, 2… */
async function lockProduct(tx: Tx, productId: string) {
  const [p] = await tx.select({ id: product.id }).from(product).where(eq(product.id, productId)).for("update");
  if (!p) throw notFound("product");
}

/** An image's colour must be one the product is sold in; null shows it for every colour. */
async function checkColour(tx: Tx, productId: string, colour: string | null | undefined) {
  if (colour == null) return;
  const colours = await tx
    .selectDistinct({ colour: variant.colour })
    .from(variant)
    .where(and(eq(variant.productId, productId), isNull(variant.archivedAt)));
  if (!colours.some((c) => c.colour === colour))
    throw new DomainError(
      "INVALID_INPUT",
      { key: "errors.studio.colourNotSold", values: { colour } },
      {
        field: "colour",
      },
    );
}

const label = (alt: string) => (alt.length > 60 ? `${alt.slice(0, 59)}…` : alt);

/** An uploaded image put on a product, last in its order. */
export async function addImage(db: Db, actor: Actor, input: ImageAddInput) {
  const added = await inOneTransaction(db, async (tx) => {
    await lockProduct(tx, input.productId);
    const [upload] = await tx.select({ width: media.width }).from(media).where(eq(media.hash, input.mediaHash));
    if (!upload) throw new DomainError("INVALID_INPUT", { key: "errors.studio.uploadGone" });
    await checkColour(tx, input.productId, input.colour);
    const current = await tx
      .select({ mediaHash: productImage.mediaHash })
      .from(productImage)
      .where(eq(productImage.productId, input.productId));
    if (current.some((i) => i.mediaHash === input.mediaHash))
      throw new DomainError("INVALID_INPUT", { key: "errors.studio.imageAlreadyThere" });
    if (current.length >= MAX_IMAGES_PER_PRODUCT)
      throw new DomainError("INVALID_INPUT", {
        key: "errors.studio.tooManyImages",
        values: { max: MAX_IMAGES_PER_PRODUCT },
      });
    const [row] = await tx
      .insert(productImage)
      .values({
        productId: input.productId,
        url: fallbackUrl(input.mediaHash, upload.width),
        mediaHash: input.mediaHash,
        alt: input.alt,
        altEs: input.altEs ?? "",
        colour: input.colour ?? null,
        position: current.length,
      })
      .returning({ id: productImage.id });
    await recordChanges(tx, actor, [
      {
        entity: "image",
        entityId: row!.id,
        productId: input.productId,
        entityLabel: label(input.alt),
        field: "added",
        before: null,
        after: { mediaHash: input.mediaHash, alt: input.alt, altEs: input.altEs ?? "", colour: input.colour ?? null },
      },
    ]);
    return row!.id;
  });
  await catalogChanged(db, [input.productId]);
  return imageById(db, added);
}

async function imageById(db: Db | Tx, id: string) {
  const [row] = await db
    .select(columns)
    .from(productImage)
    .leftJoin(media, eq(media.hash, productImage.mediaHash))
    .where(eq(productImage.id, id));
  if (!row) throw notFound("image");
  return row;
}

/** An image's alt text in either language, or the colour it belongs to. */
export async function updateImage(db: Db, actor: Actor, input: ImageUpdateInput) {
  const result = await inOneTransaction(db, async (tx) => {
    const [found] = await tx
      .select({ productId: productImage.productId })
      .from(productImage)
      .where(eq(productImage.id, input.id));
    if (!found) throw notFound("image");
    await lockProduct(tx, found.productId);
    const [before] = await tx.select().from(productImage).where(eq(productImage.id, input.id));
    if (!before) throw notFound("image");
    await checkColour(tx, before.productId, input.colour);
    const after = {
      ...before,
      alt: input.alt ?? before.alt,
      altEs: input.altEs ?? before.altEs,
      colour: input.colour === undefined ? before.colour : input.colour,
    };
    const changes = diffFields(
      { entity: "image", entityId: before.id, productId: before.productId, entityLabel: label(after.alt) },
      before,
      after,
      IMAGE_FIELDS,
    );
    if (changes.length)
      await tx
        .update(productImage)
        .set({ alt: after.alt, altEs: after.altEs, colour: after.colour })
        .where(eq(productImage.id, before.id));
    await recordChanges(tx, actor, changes);
    return { productId: before.productId, changed: changes.length > 0 };
  });
  if (result.changed) await catalogChanged(db, [result.productId]);
  return imageById(db, input.id);
}

/**
 * Positions 0, 1, 2… in the order given, in one transaction. Every position is first moved out of
 * the way (negative), since the unique (product, position) index is checked row by row.
 */
async function writeOrder(tx: Tx, productId: string, ids: string[]) {
  await tx
    .update(productImage)
    .set({ position: sql`-1 - ${productImage.position}` })
    .where(eq(productImage.productId, productId));
  if (!ids.length) return;
  const values = sql.join(
    ids.map((id, position) => sql`(${id}::uuid, ${position}::int)`),
    sql`, `,
  );
  await tx.execute(sql`
    update ${productImage} set position = v.position
    from (values ${values}) as v(id, position)
    where ${productImage.id} = v.id and ${productImage.productId} = ${productId}`);
}

/** The product's images in a new order: every image of the product, each once. */
export async function reorderImages(db: Db, actor: Actor, input: { productId: string; ids: string[] }) {
  const moved = await inOneTransaction(db, async (tx) => {
    await lockProduct(tx, input.productId);
    const current = await tx
      .select({ id: productImage.id, alt: productImage.alt, position: productImage.position })
      .from(productImage)
      .where(eq(productImage.productId, input.productId))
      .orderBy(asc(productImage.position));
    const same =
      new Set(input.ids).size === input.ids.length &&
      input.ids.length === current.length &&
      current.every((c) => input.ids.includes(c.id));
    if (!same) throw new DomainError("INVALID_INPUT", { key: "errors.studio.imagesChanged" });
    const changes: FieldChange[] = input.ids.flatMap((id, position) => {
      const before = current.find((c) => c.id === id)!;
      return before.position === position
        ? []
        : [
            {
              entity: "image" as const,
              entityId: id,
              productId: input.productId,
              entityLabel: label(before.alt),
              field: "position",
              before: before.position,
              after: position,
            },
          ];
    });
    if (changes.length) await writeOrder(tx, input.productId, input.ids);
    await recordChanges(tx, actor, changes);
    return changes.length;
  });
  if (moved) await catalogChanged(db, [input.productId]);
  return listImages(db, input.productId);
}

/** An image taken off its product; those after it move up one. The upload stays stored (other products may use it). */
export async function removeImage(db: Db, actor: Actor, id: string) {
  const productId = await inOneTransaction(db, async (tx) => {
    const [found] = await tx
      .select({ productId: productImage.productId })
      .from(productImage)
      .where(eq(productImage.id, id));
    if (!found) throw notFound("image");
    await lockProduct(tx, found.productId);
    const [before] = await tx.delete(productImage).where(eq(productImage.id, id)).returning();
    if (!before) throw notFound("image");
    const rest = await tx
      .select({ id: productImage.id })
      .from(productImage)
      .where(eq(productImage.productId, before.productId))
      .orderBy(asc(productImage.position));
    await writeOrder(
      tx,
      before.productId,
      rest.map((r) => r.id),
    );
    await recordChanges(tx, actor, [
      {
        entity: "image",
        entityId: before.id,
        productId: before.productId,
        entityLabel: label(before.alt),
        field: "removed",
        before: {
          mediaHash: before.mediaHash,
          url: before.url,
          alt: before.alt,
          altEs: before.altEs,
          colour: before.colour,
        },
        after: null,
      },
    ]);
    return before.productId;
  });
  await catalogChanged(db, [productId]);
  return { removed: true };
}
