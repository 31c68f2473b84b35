import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { category, location, orderLine, product, productSlugRedirect, stockLevel, variant } from "@/db/schema";
import { DomainError, notFound } from "@/server/errors";
import { diffFields, recordChanges, type Actor, type FieldChange } from "./history";
import type { StudioProductCreateInput, StudioProductUpdateInput } from "./inputs";
import { studioStatus } from "./products";
import { refreshSearchTexts } from "./catalog-writes";
import { catalogChanged } from "./publishing";
import { saveVariants } from "./variants";

/** The product's own fields the editor changes, as the history names them. */
export const PRODUCT_FIELDS = [
  "name",
  "nameEs",
  "slug",
  "brand",
  "categoryId",
  "description",
  "descriptionEs",
  "care",
  "careEs",
  "fit",
  "fitEs",
  "featured",
] as const;

export type StudioProduct = Awaited<ReturnType<typeof getStudioProduct>>;

/**
 * One product as the editor shows it: both languages, publication, every variant (archived ones
 * flagged) with its stock per location, read-only, and the earlier addresses that redirect here.
 */
export async function getStudioProduct(db: Db | Tx, id: string) {
  const [p] = await db
    .select({
      row: product,
      categoryName: category.name,
      status: studioStatus,
    })
    .from(product)
    .innerJoin(category, eq(category.id, product.categoryId))
    .where(eq(product.id, id));
  if (!p) throw notFound("product");
  const [variants, stock, redirects, ordered] = await Promise.all([
    db.select().from(variant).where(eq(variant.productId, id)).orderBy(asc(variant.position), asc(variant.sku)),
    db
      .select({
        variantId: stockLevel.variantId,
        locationId: location.id,
        locationName: location.name,
        onHand: stockLevel.onHand,
        reserved: stockLevel.reserved,
      })
      .from(stockLevel)
      .innerJoin(variant, eq(variant.id, stockLevel.variantId))
      .innerJoin(location, eq(location.id, stockLevel.locationId))
      .where(eq(variant.productId, id))
      .orderBy(asc(location.sortOrder)),
    db
      .select({ slug: productSlugRedirect.slug })
      .from(productSlugRedirect)
      .where(eq(productSlugRedirect.productId, id))
      .orderBy(asc(productSlugRedirect.retiredAt)),
    db
      .selectDistinct({ id: orderLine.variantId })
      .from(orderLine)
      .innerJoin(variant, eq(variant.id, orderLine.variantId))
      .where(eq(variant.productId, id)),
  ]);
  const wasOrdered = new Set(ordered.map((o) => o.id));
  const r = p.row;
  return {
    id: r.id,
    slug: r.slug,
    status: p.status,
    content: {
      en: { name: r.name, description: r.description, care: r.care, fit: r.fit },
      es: { name: r.nameEs, description: r.descriptionEs, care: r.careEs, fit: r.fitEs },
    },
    brand: r.brand,
    category: { id: r.categoryId, name: p.categoryName },
    featured: r.featured,
    publication: {
      web: { from: r.webFrom, until: r.webUntil },
      store: { from: r.storeFrom, until: r.storeUntil },
    },
    variants: variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      barcode: v.barcode,
      colour: v.colour,
      colourHex: v.colourHex,
      size: v.size,
      priceMinor: v.priceMinor,
      currency: v.currency,
      archived: v.archivedAt !== null,
      everOrdered: wasOrdered.has(v.id),
      stock: stock
        .filter((s) => s.variantId === v.id)
        .map(({ locationId, locationName, onHand, reserved }) => ({
          locationId,
          locationName,
          onHand,
          reserved,
          available: Math.max(0, onHand - reserved),
        })),
    })),
    redirects: redirects.map((x) => x.slug),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** A URL slug from a name: lower-case ASCII words joined by hyphens ("Jersey de Mérino" → "jersey-de-merino"). */
export function slugify(name: string): string {
  return (
    name
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 70)
      .replace(/-+$/, "") || "product"
  );
}

/** Taken by another product, now or as one of its earlier addresses (those keep redirecting). */
async function slugTaken(tx: Db | Tx, slug: string, exceptProduct: string | null) {
  const [current] = await tx
    .select({ id: product.id })
    .from(product)
    .where(and(eq(product.slug, slug), exceptProduct ? ne(product.id, exceptProduct) : undefined))
    .limit(1);
  if (current) return true;
  const [earlier] = await tx
    .select({ id: productSlugRedirect.productId })
    .from(productSlugRedirect)
    .where(
      and(
        eq(productSlugRedirect.slug, slug),
        exceptProduct ? ne(productSlugRedirect.productId, exceptProduct) : undefined,
      ),
    )
    .limit(1);
  return !!earlier;
}

async function freeSlug(tx: Tx, name: string) {
  const base = slugify(name);
  for (let n = 1; n < 1000; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await slugTaken(tx, slug, null))) return slug;
  }
  throw new DomainError("INVALID_INPUT", { key: "errors.studio.noFreeSlug" });
}

/** A unique-index violation that slipped past the checks (a race): a 409 in words, not a 500. */
function sqlState(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === "object"; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export async function inOneTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(work);
  } catch (err) {
    if (sqlState(err) === "23505") throw new DomainError("EDIT_CONFLICT", { key: "errors.studio.takenMeanwhile" });
    throw err;
  }
}

async function requireCategory(tx: Tx, categoryId: string) {
  const [c] = await tx.select({ id: category.id }).from(category).where(eq(category.id, categoryId));
  if (!c) throw new DomainError("INVALID_INPUT", { key: "errors.studio.categoryGone" });
}

/**
 * A new product as a draft on no channel, with a unique slug from its name and generated SKUs
 * and barcodes for variants that have none typed.
 */
export async function createProduct(db: Db, actor: Actor, input: StudioProductCreateInput) {
  const created = await inOneTransaction(db, async (tx) => {
    await requireCategory(tx, input.categoryId);
    const slug = await freeSlug(tx, input.name);
    const [row] = await tx
      .insert(product)
      .values({
        slug,
        name: input.name,
        nameEs: input.nameEs ?? "",
        brand: input.brand ?? "Mostrador",
        description: input.description ?? "",
        categoryId: input.categoryId,
      })
      .returning({ id: product.id, slug: product.slug });
    const variantChanges = await saveVariants(tx, row!, input.variants);
    await refreshSearchTexts(tx, [row!.id]);
    await recordChanges(tx, actor, [
      {
        entity: "product",
        entityId: row!.id,
        productId: row!.id,
        entityLabel: input.name,
        field: "created",
        before: null,
        after: { name: input.name, slug, categoryId: input.categoryId },
      },
      ...variantChanges,
    ]);
    const variants = await tx
      .select({
        id: variant.id,
        sku: variant.sku,
        barcode: variant.barcode,
        colour: variant.colour,
        size: variant.size,
        priceMinor: variant.priceMinor,
      })
      .from(variant)
      .where(eq(variant.productId, row!.id))
      .orderBy(asc(variant.position));
    return { id: row!.id, slug: row!.slug, variants };
  });
  return created;
}

/**
 * The product's own fields and variants as given, inside the caller's transaction: the old slug
 * keeps redirecting, and each changed field becomes a history entry (returned, not yet recorded).
 */
export async function writeProduct(tx: Tx, input: StudioProductUpdateInput): Promise<FieldChange[]> {
  const { id, expectedUpdatedAt, variants: wantedVariants, ...fields } = input;
  const [before] = await tx.select().from(product).where(eq(product.id, id)).for("update");
  if (!before) throw notFound("product");
  if (expectedUpdatedAt && before.updatedAt.getTime() !== expectedUpdatedAt.getTime())
    throw new DomainError("EDIT_CONFLICT", { key: "errors.studio.editConflict" });
  if (fields.categoryId && fields.categoryId !== before.categoryId) await requireCategory(tx, fields.categoryId);

  const changes: FieldChange[] = [];
  const after = { ...before, ...definedOnly(fields) };
  if (after.slug !== before.slug) {
    if (await slugTaken(tx, after.slug, id))
      throw new DomainError(
        "INVALID_INPUT",
        { key: "errors.studio.slugTaken", values: { slug: after.slug } },
        {
          field: "slug",
        },
      );
    // The old address redirects here; the new one stops being a redirect of this product.
    await tx.delete(productSlugRedirect).where(eq(productSlugRedirect.slug, after.slug));
    await tx.insert(productSlugRedirect).values({ slug: before.slug, productId: id }).onConflictDoNothing();
  }
  changes.push(
    ...diffFields(
      { entity: "product", entityId: id, productId: id, entityLabel: after.name },
      before,
      after,
      PRODUCT_FIELDS,
    ),
  );
  if (wantedVariants) changes.push(...(await saveVariants(tx, { id, slug: after.slug }, wantedVariants)));
  if (changes.length) {
    await tx
      .update(product)
      .set({ ...definedOnly(fields), updatedAt: sql`now()` })
      .where(eq(product.id, id));
    await refreshSearchTexts(tx, [id]);
  }
  return changes;
}

/**
 * Saves what the editor changed, in one transaction, with one history row per field: content in
 * both languages, slug, brand, category, featured and variants. Answers with the product as
 * stored afterwards, so the editor shows what was persisted.
 */
export async function updateProduct(db: Db, actor: Actor, input: StudioProductUpdateInput) {
  const result = await inOneTransaction(db, async (tx) => {
    const changes = await writeProduct(tx, input);
    await recordChanges(tx, actor, changes);
    return { changed: changes.length, product: await getStudioProduct(tx, input.id) };
  });
  if (result.changed) await catalogChanged(db, [input.id]);
  return result.product;
}

function definedOnly<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
