import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { onWeb } from "@/server/domain/catalog/publication";
import type { Db, Tx } from "@/db/client";
import type { DeviceClass } from "@/lib/device";
import { interaction, order, product, user, type Channel, type InteractionPayload } from "@/db/schema";
import { notFound } from "@/server/errors";
import { ownedBy, ownerColumns, type Shopper } from "@/server/domain/customers/shopper";

type Kind = (typeof interaction.kind.enumValues)[number];

/** One touchpoint in the customer's history, with the channel it came through. */
export async function recordInteraction(
  db: Db | Tx,
  shopper: Shopper,
  channel: Channel,
  kind: Kind,
  payload: InteractionPayload,
  device: DeviceClass | null = null,
) {
  await db.insert(interaction).values({ ...ownerColumns(shopper), channel, kind, payload, device });
}

export async function recordProductView(db: Db, shopper: Shopper, slug: string, device: DeviceClass | null = null) {
  const [viewed] = await db
    .select({ id: product.id, slug: product.slug, name: product.name })
    .from(product)
    .where(and(eq(product.slug, slug), onWeb));
  if (!viewed) throw notFound("product");
  await recordInteraction(
    db,
    shopper,
    "web",
    "view",
    { productId: viewed.id, slug: viewed.slug, name: viewed.name },
    device,
  );
}

/** The last products this shopper looked at, newest first, each once. */
export async function recentlyViewed(db: Db, shopper: Shopper, limit = 8) {
  const rows = await db
    .select({
      slug: sql<string>`${interaction.payload}->>'slug'`,
      name: sql<string>`${interaction.payload}->>'name'`,
      viewedAt: sql<Date>`max(${interaction.createdAt})`.mapWith(interaction.createdAt),
    })
    .from(interaction)
    .where(and(ownedBy(interaction, shopper), eq(interaction.kind, "view")))
    .groupBy(sql`1`, sql`2`)
    .orderBy(desc(sql`max(${interaction.seq})`))
    .limit(limit);
  return rows;
}

/** The last searches, newest first, each query once (whatever its case), with its result count. */
export async function recentSearches(db: Db, shopper: Shopper, limit = 8) {
  const latestPerQuery = db
    .selectDistinctOn([sql`lower(${interaction.payload}->>'query')`], {
      query: sql<string>`${interaction.payload}->>'query'`.as("query"),
      resultCount: sql<number>`(${interaction.payload}->>'resultCount')::int`.as("result_count"),
      searchedAt: sql<Date>`${interaction.createdAt}`.mapWith(interaction.createdAt).as("searched_at"),
      seq: sql<number>`${interaction.seq}`.as("seq"),
    })
    .from(interaction)
    .where(and(ownedBy(interaction, shopper), eq(interaction.kind, "search")))
    .orderBy(sql`lower(${interaction.payload}->>'query')`, desc(interaction.seq))
    .as("latest");
  return db
    .select({
      query: latestPerQuery.query,
      resultCount: latestPerQuery.resultCount,
      searchedAt: latestPerQuery.searchedAt,
    })
    .from(latestPerQuery)
    .orderBy(desc(latestPerQuery.seq))
    .limit(limit);
}

/**
 * On sign-in, what this browser did as a guest becomes the account's: its history, and those of
 * its orders placed with the account's email (whatever its case). An order with another contact
 * is someone else's on a shared browser (its contact and pickup code with it): it stays the
 * guest's, and signing in ends that guest.
 */
export async function adoptGuestHistory(tx: Tx, guestId: string, customerId: string) {
  await tx.update(interaction).set({ customerId, guestId: null }).where(eq(interaction.guestId, guestId));
  await tx
    .update(order)
    .set({ customerId })
    .where(
      and(
        eq(order.guestId, guestId),
        isNull(order.customerId),
        sql`lower(${order.email}) = (select lower(${user.email}) from ${user} where ${user.id} = ${customerId})`,
      ),
    );
}
