import { sql } from "drizzle-orm";
import { ean13CheckDigit } from "../../lib/ean13";
import { percentOff } from "../../lib/price-rule";
import { fromMadridWallClock, madridWallClock } from "../../lib/shop-time";
import { hashPassword } from "../../server/auth/password";
import { buildSearchText } from "../../server/domain/catalog/search-text";
import type { Db, Tx } from "../client";
import {
  category,
  colourName,
  location,
  priceList,
  priceListItem,
  product,
  productImage,
  searchSynonym,
  stockLevel,
  user,
  variant,
  type NewProduct,
  type NewUser,
  type NewVariant,
} from "../schema";
import { CATEGORIES } from "./data/categories";
import { COLOURS, type ColourName } from "./data/colours";
import { LOCATIONS } from "./data/locations";
import { SEASONAL_SALE } from "./data/price-lists";
import { PRODUCTS, productImages, skuFor } from "./data/products";
import { generatedStock, SOLD_OUT_PRODUCT_SLUGS, STOCK_OVERRIDES } from "./data/stock";
import type { StockOverride } from "./data/types";
import { CATEGORIES_ES, COLOURS_ES, PRODUCTS_ES } from "./data/spanish";
import { SYNONYMS } from "./data/synonyms";
import { USERS } from "./data/users";
import { CATEGORY_SLUGS, DEMO_PASSWORD, LOCATION_SLUGS, MIN_PUBLISHED_PRODUCTS, type LocationKey } from "./fixtures";

export type SeedSummary = {
  locations: number;
  categories: number;
  products: number;
  publishedProducts: number;
  variants: number;
  images: number;
  stockLevels: number;
  users: number;
  priceLists: number;
  priceListItems: number;
};

type NewProductImage = typeof productImage.$inferInsert;
type NewStockLevel = typeof stockLevel.$inferInsert;

type PlannedProduct = {
  row: Omit<NewProduct, "categoryId">;
  categorySlug: string;
  variants: Array<{ row: Omit<NewVariant, "productId">; stock: StockOverride }>;
  images: Array<Omit<NewProductImage, "productId">>;
};

/** Well under PostgreSQL's 65,535 bind parameters per statement for every table here. */
const CHUNK = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

function ean13(first12: string): string {
  return first12 + String(ean13CheckDigit(first12));
}

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** Turns the data files into rows, and fails loudly on data mistakes before touching the db. */
function planCatalog(now: Date): PlannedProduct[] {
  const categories = new Map(CATEGORIES.map((c) => [c.slug, c]));
  const skus = new Set<string>();
  let serial = 0;

  const planned = PRODUCTS.map((p, index): PlannedProduct => {
    const cat = categories.get(p.category);
    if (!cat) throw new Error(`Product ${p.slug} has unknown category ${p.category}`);
    const es = PRODUCTS_ES[p.slug];
    if (!es) throw new Error(`Product ${p.slug} has no Spanish content`);
    const soldOut = SOLD_OUT_PRODUCT_SLUGS.includes(p.slug);
    const colours: Array<ColourName | null> = p.colours.length ? [...p.colours] : [null];
    const sizes: Array<string | null> = p.sizes.length ? [...p.sizes] : [null];

    // Colour by colour, sizes in data order: that is how variant pickers list them.
    const variants = colours.flatMap((colour, colourIndex) =>
      sizes.map((size, sizeIndex) => {
        const sku = skuFor(cat.skuPrefix, p, colour, size);
        if (skus.has(sku)) throw new Error(`Duplicate SKU ${sku}`);
        skus.add(sku);
        serial += 1;
        const stock = soldOut
          ? { madrid: 0, barcelona: 0, valencia: 0, warehouse: 0 }
          : (STOCK_OVERRIDES[sku] ?? generatedStock(sku));
        return {
          row: {
            sku,
            // 84 is Spain's GS1 prefix; the serial keeps barcodes unique and stable.
            barcode: ean13(`8437${String(serial).padStart(8, "0")}`),
            size,
            colour,
            colourHex: colour ? COLOURS[colour].hex : null,
            priceMinor: p.priceMinor,
            currency: "EUR",
            position: colourIndex * sizes.length + sizeIndex,
          },
          stock,
        };
      }),
    );

    // Spread creation dates over the past weeks in a shuffled order (a stride of 37 days), so
    // "newest first" mixes categories instead of listing the last data file first.
    const createdAt = new Date(now.getTime() - ((index * 37) % PRODUCTS.length) * DAY_MS);
    return {
      categorySlug: cat.slug,
      row: {
        slug: p.slug,
        slugEs: es.slug,
        name: p.name,
        nameEs: es.name,
        brand: p.brand,
        description: p.description,
        descriptionEs: es.description,
        webFrom: (p.status ?? "published") === "published" ? createdAt : null,
        storeFrom: (p.status ?? "published") === "published" ? createdAt : null,
        featured: p.featured ?? false,
        searchText: buildSearchText({
          names: [p.name, es.name, p.brand, cat.name, CATEGORIES_ES[cat.slug].name],
          colours: p.colours.flatMap((c) => [c, COLOURS_ES[c]]),
        }),
        createdAt,
        updatedAt: createdAt,
      },
      variants,
      images: productImages(p).map((img, position) => ({
        url: `/products/${img.file}`,
        alt: img.alt,
        altEs: img.colour ? `${es.name} en ${COLOURS_ES[img.colour].toLowerCase()}` : es.name,
        colour: img.colour,
        position,
      })),
    };
  });

  for (const sku of Object.keys(STOCK_OVERRIDES)) {
    if (!skus.has(sku)) throw new Error(`Stock override for unknown SKU ${sku}`);
  }
  for (const slug of CATEGORY_SLUGS) {
    if (!categories.has(slug)) throw new Error(`Category ${slug} is missing from the data`);
  }
  const published = planned.filter((p) => p.row.webFrom).length;
  if (published < MIN_PUBLISHED_PRODUCTS) {
    throw new Error(`Only ${published} published products; fixtures promise ${MIN_PUBLISHED_PRODUCTS}`);
  }
  return planned;
}

/** The demo's web-only sale, scheduled from a Madrid midnight ahead; returns how many prices it has. */
async function seasonalSale(
  tx: Tx,
  planned: PlannedProduct[],
  variantIdBySku: Map<string, string>,
  createdBy: string | null,
) {
  const day = madridWallClock(new Date(Date.now() + SEASONAL_SALE.startsInDays * DAY_MS)).slice(0, 10);
  const startsAt = fromMadridWallClock(`${day}T00:00`)!;
  const endDay = madridWallClock(new Date(startsAt.getTime() + (SEASONAL_SALE.days + 0.5) * DAY_MS)).slice(0, 10);
  const [list] = await tx
    .insert(priceList)
    .values({
      name: SEASONAL_SALE.name,
      startsAt,
      endsAt: fromMadridWallClock(`${endDay}T00:00`)!,
      web: true,
      store: false,
      createdBy,
    })
    .returning({ id: priceList.id });
  const slugs: readonly string[] = SEASONAL_SALE.slugs;
  const items = planned
    .filter((p) => slugs.includes(p.row.slug))
    .flatMap((p) =>
      p.variants.map((v) => ({
        priceListId: list!.id,
        variantId: variantIdBySku.get(v.row.sku)!,
        amountMinor: percentOff(v.row.priceMinor, SEASONAL_SALE.percentOff),
      })),
    );
  if (items.length === 0) throw new Error("The seasonal sale names no seeded product");
  await tx.insert(priceListItem).values(items);
  return items.length;
}

/** Inserts the demo data into an empty database, all or nothing. */
export async function seed(db: Db): Promise<SeedSummary> {
  const planned = planCatalog(new Date());
  // scrypt is deliberately slow: hash once and share it between the demo accounts.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const summary = await db.transaction(async (tx) => {
    const locationRows = await tx
      .insert(location)
      .values(LOCATIONS.map(({ key: _key, ...row }) => row))
      .returning({ id: location.id, slug: location.slug });
    const locationIdBySlug = new Map(locationRows.map((l) => [l.slug, l.id]));
    const locationId = (key: LocationKey): string => {
      const id = locationIdBySlug.get(LOCATION_SLUGS[key]);
      if (!id) throw new Error(`Location ${key} was not seeded`);
      return id;
    };

    const categoryRows = await tx
      .insert(category)
      .values(
        CATEGORIES.map((c, i) => ({
          slug: c.slug,
          slugEs: CATEGORIES_ES[c.slug].slug,
          name: c.name,
          nameEs: CATEGORIES_ES[c.slug].name,
          description: c.description,
          descriptionEs: CATEGORIES_ES[c.slug].description,
          sortOrder: i,
        })),
      )
      .returning({ id: category.id, slug: category.slug });
    const categoryIdBySlug = new Map(categoryRows.map((c) => [c.slug, c.id]));

    await tx.insert(colourName).values(Object.entries(COLOURS_ES).map(([name, nameEs]) => ({ name, nameEs })));
    await tx.insert(searchSynonym).values(SYNONYMS.map((g) => ({ locale: g.locale, terms: [...g.terms] })));

    const productRows = await tx
      .insert(product)
      .values(
        planned.map((p) => {
          const categoryId = categoryIdBySlug.get(p.categorySlug);
          if (!categoryId) throw new Error(`Category ${p.categorySlug} was not seeded`);
          return { ...p.row, categoryId };
        }),
      )
      .returning({ id: product.id, slug: product.slug });
    const productIdBySlug = new Map(productRows.map((p) => [p.slug, p.id]));
    const productId = (slug: string): string => {
      const id = productIdBySlug.get(slug);
      if (!id) throw new Error(`Product ${slug} was not seeded`);
      return id;
    };

    const variantRows: NewVariant[] = planned.flatMap((p) =>
      p.variants.map((v) => ({ ...v.row, productId: productId(p.row.slug) })),
    );
    const variantIdBySku = new Map<string, string>();
    for (const batch of chunks(variantRows)) {
      const inserted = await tx.insert(variant).values(batch).returning({ id: variant.id, sku: variant.sku });
      for (const v of inserted) variantIdBySku.set(v.sku, v.id);
    }

    const imageRows: NewProductImage[] = planned.flatMap((p) =>
      p.images.map((img) => ({ ...img, productId: productId(p.row.slug) })),
    );
    for (const batch of chunks(imageRows)) await tx.insert(productImage).values(batch);

    // Every variant gets a row at every location, zeros included, so availability
    // queries never have to treat a missing row as "none".
    const locationKeys = Object.keys(LOCATION_SLUGS) as LocationKey[];
    const stockRows: NewStockLevel[] = planned.flatMap((p) =>
      p.variants.flatMap((v) => {
        const variantId = variantIdBySku.get(v.row.sku);
        if (!variantId) throw new Error(`Variant ${v.row.sku} was not seeded`);
        return locationKeys.map((key) => ({
          variantId,
          locationId: locationId(key),
          onHand: v.stock[key],
          reserved: 0,
        }));
      }),
    );
    for (const batch of chunks(stockRows)) await tx.insert(stockLevel).values(batch);

    const userRows: NewUser[] = USERS.map((u) => ({
      email: u.email.toLowerCase(),
      name: u.name,
      role: u.role,
      phone: u.phone ?? null,
      passwordHash,
      staffLocationId: u.staffLocation ? locationId(u.staffLocation) : null,
      preferredLocationId: u.preferredLocation ? locationId(u.preferredLocation) : null,
    }));
    const users = await tx.insert(user).values(userRows).returning({ id: user.id, role: user.role });

    // The base price history starts when each product was created (the trigger wrote "now").
    await tx.execute(sql`
      update variant_price_history h set at = p.created_at
        from variant v join product p on p.id = v.product_id where v.id = h.variant_id`);
    const sale = await seasonalSale(tx, planned, variantIdBySku, users.find((u) => u.role === "marketer")?.id ?? null);

    return {
      locations: locationRows.length,
      categories: categoryRows.length,
      products: productRows.length,
      publishedProducts: planned.filter((p) => p.row.webFrom).length,
      variants: variantRows.length,
      images: imageRows.length,
      stockLevels: stockRows.length,
      users: userRows.length,
      priceLists: 1,
      priceListItems: sale,
    };
  });
  // Table statistics for the planner: PGlite runs no autovacuum, and without them it scans every
  // variant to find a cart's few (a hash join where an index lookup would do).
  await db.execute(sql`analyze`);
  return summary;
}
