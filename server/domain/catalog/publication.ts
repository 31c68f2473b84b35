import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { product } from "@/db/schema";

export type SalesChannel = "web" | "store";

/**
 * A product is on sale on a channel while the database's clock is inside that channel's window.
 * Every page and API answer asks this of the same clock at read time, so a publication scheduled
 * for 10:00:00 shows from 10:00:00 on every instance, with nothing to run at 10:00.
 */
export function liveOn(channel: SalesChannel): SQL {
  const [from, until] =
    channel === "web" ? [product.webFrom, product.webUntil] : [product.storeFrom, product.storeUntil];
  return sql`(${from} <= now() and (${until} is null or ${until} > now()))`;
}

/** Sellable online now: the storefront, its search, carts and checkout. */
export const onWeb = liveOn("web");
/** Sellable in the stores now: the counter and the console's finders. */
export const inStores = liveOn("store");
