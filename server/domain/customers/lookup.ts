import "server-only";
import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import { escapeLike, type Db } from "@/db/client";
import { isOrderNumber } from "@/lib/order-number";
import { location, order, user } from "@/db/schema";
import { getCart } from "@/server/domain/cart/cart";
import { recentlyViewed, recentSearches } from "@/server/domain/history/interactions";
import { listOrders } from "@/server/domain/orders/orders";
import { notFound } from "@/server/errors";
import { customerChannelMix } from "@/server/domain/insights/customer";

/**
 * Staff find a customer at the counter by name, email, phone or one of their order numbers.
 * Customers only (not staff accounts); the columns a counter needs, nothing more.
 */
export async function findCustomers(db: Db, query: string, limit = 20) {
  const q = query.trim();
  const like = `%${escapeLike(q)}%`;
  const digits = q.replace(/[^\d]/g, "");
  const byOrder = isOrderNumber(q)
    ? sql`${user.id} in (select ${order.customerId} from ${order} where ${order.number} = ${q.toUpperCase()})`
    : sql`false`;
  return db
    .select({ id: user.id, name: user.name, email: user.email, phone: user.phone, preferredStore: location.name })
    .from(user)
    .leftJoin(location, eq(location.id, user.preferredLocationId))
    .where(
      and(
        eq(user.role, "customer"),
        or(
          // Accents never matter: "garcia" finds García.
          sql`shop_unaccent(${user.name}) ilike shop_unaccent(${like})`,
          ilike(user.email, like),
          digits.length >= 4
            ? sql`regexp_replace(coalesce(${user.phone}, ''), '[^0-9]', '', 'g') like ${`%${digits}%`}`
            : sql`false`,
          byOrder,
        ),
      ),
    )
    .orderBy(asc(user.name))
    .limit(limit);
}

/**
 * Everything the web knows about one customer, for the person serving them at `storeId`: one
 * view across channels. A pickup code is shown only on this store's orders: it is what hands an
 * order over, and only the customer and the staff of the store holding it may know it.
 */
export async function customerOverview(db: Db, customerId: string, storeId: string) {
  const [profile] = await db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      phone: user.phone,
      createdAt: user.createdAt,
      preferredStore: { id: location.id, name: location.name },
    })
    .from(user)
    .leftJoin(location, eq(location.id, user.preferredLocationId))
    .where(and(eq(user.id, customerId), eq(user.role, "customer")));
  if (!profile) throw notFound("customer");
  const shopper = { kind: "customer" as const, id: customerId };
  const [cart, orders, viewed, searches, channelMix] = await Promise.all([
    getCart(db, shopper),
    listOrders(db, shopper),
    recentlyViewed(db, shopper),
    recentSearches(db, shopper),
    customerChannelMix(db, customerId),
  ]);
  return {
    profile: { ...profile, preferredStore: profile.preferredStore?.id ? profile.preferredStore : null },
    cart,
    orders: orders.map((o) => ({ ...o, pickupCode: o.location.id === storeId ? o.pickupCode : null })),
    recentlyViewed: viewed,
    recentSearches: searches,
    /** Where they buy, from the insights rollups (a minute behind at most). */
    channelMix,
  };
}
