import { tracked, TRPCError } from "@trpc/server";
import { customerCartOwner } from "@/server/domain/customers/serve";
import { shopperKey } from "@/server/domain/customers/shopper";
import { eventStream as domainEventStream, StreamsClosing } from "@/server/domain/events/bus";
import { customerCartStreamInput, stockStreamInput, variantsStreamInput } from "@/server/domain/events/inputs";
import { orderByNumberInput } from "@/server/domain/orders/inputs";
import { getOrder } from "@/server/domain/orders/orders";
import { notFound } from "@/server/errors";
import { currentShopper } from "../shopper";
import { publicProcedure, refusal, router, staffProcedure, storeProcedure } from "../trpc";

/** The bus's events; a server shutting down answers 503 inside the stream, so clients retry. */
async function* eventStream(...args: Parameters<typeof domainEventStream>) {
  try {
    yield* domainEventStream(...args);
  } catch (err) {
    if (err instanceof StreamsClosing) throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: err.message });
    throw err;
  }
}

/**
 * Live updates over server-sent events. Each stream is authorised when it opens (a refusal is a
 * 4xx, not a stream) and carries only what its subscriber may see: ids and new values. Every
 * event has an id; on reconnect the page refetches what it shows, then listens again.
 */
export const liveRouter = router({
  /** Availability of these variants (at one location, or everywhere) as it changes. */
  stock: publicProcedure.input(stockStreamInput).subscription(async function* ({ input, signal }) {
    const wanted = new Set(input.variantIds);
    for await (const { id, event } of eventStream(
      signal,
      (e) =>
        e.type === "stock.changed" &&
        wanted.has(e.variantId) &&
        (!input.locationId || e.locationId === input.locationId),
    )) {
      if (event.type === "stock.changed")
        yield tracked(id, { variantId: event.variantId, locationId: event.locationId, available: event.available });
    }
  }),

  prices: publicProcedure.input(variantsStreamInput).subscription(async function* ({ input, signal }) {
    const wanted = new Set(input.variantIds);
    for await (const { id, event } of eventStream(
      signal,
      (e) => e.type === "price.changed" && wanted.has(e.variantId),
    )) {
      if (event.type === "price.changed")
        yield tracked(id, {
          variantId: event.variantId,
          price: { amountMinor: event.amountMinor, currency: event.currency },
        });
    }
  }),

  /**
   * Stock and prices of these variants in one stream, for pages that show both: a browser holds
   * only six connections per server over HTTP/1.1, so a page opens as few streams as it can.
   */
  variants: publicProcedure.input(variantsStreamInput).subscription(async function* ({ input, signal }) {
    const wanted = new Set(input.variantIds);
    for await (const { id, event } of eventStream(
      signal,
      (e) =>
        ((e.type === "stock.changed" || e.type === "price.changed") && wanted.has(e.variantId)) ||
        (e.type === "catalog.changed" && e.variantIds.some((v) => wanted.has(v))),
    )) {
      // Published, unpublished, renamed or re-priced in the studio: the page reads itself again.
      if (event.type === "catalog.changed") yield tracked(id, { kind: "catalog" as const });
      if (event.type === "stock.changed")
        yield tracked(id, {
          kind: "stock" as const,
          variantId: event.variantId,
          locationId: event.locationId,
          available: event.available,
        });
      if (event.type === "price.changed")
        yield tracked(id, {
          kind: "price" as const,
          variantId: event.variantId,
          price: { amountMinor: event.amountMinor, currency: event.currency },
        });
    }
  }),

  /**
   * Something the catalog shows changed (a product published or taken off a channel, edited,
   * re-priced): listing pages and the console's finders read again. It names no product, so a
   * draft's existence never reaches a shopper's browser.
   */
  catalog: publicProcedure.subscription(async function* ({ signal }) {
    for await (const { id } of eventStream(signal, (e) => e.type === "catalog.changed"))
      yield tracked(id, { changed: true });
  }),

  /** The caller's own cart changed (on another device or tab): refetch it. */
  cart: publicProcedure.subscription(async ({ ctx, signal }) => {
    const shopper = currentShopper(ctx);
    const owner = shopper ? shopperKey(shopper) : null;
    return (async function* () {
      if (!owner) return;
      for await (const { id, event } of eventStream(signal, (e) => e.type === "cart.updated" && e.owner === owner)) {
        if (event.type === "cart.updated") yield tracked(id, { cartId: event.cartId });
      }
    })();
  }),

  /** One of the caller's orders moving through its statuses; anyone else's is NOT_FOUND. */
  order: publicProcedure.input(orderByNumberInput).subscription(async ({ ctx, input, signal }) => {
    const shopper = currentShopper(ctx);
    if (!shopper) throw notFound("order");
    const order = await getOrder(ctx.db, shopper, { number: input.number });
    return (async function* () {
      for await (const { id, event } of eventStream(
        signal,
        (e) => e.type === "order.updated" && e.orderId === order.id,
      )) {
        if (event.type === "order.updated") yield tracked(id, { number: event.number, status: event.status });
      }
    })();
  }),

  /** Any of the caller's orders changed or a new one was placed (from any channel). */
  myOrders: publicProcedure.subscription(async ({ ctx, signal }) => {
    const shopper = currentShopper(ctx);
    if (!shopper) throw refusal(ctx, "UNAUTHORIZED", { key: "errors.access.followOrders" });
    const owner = shopperKey(shopper);
    return (async function* () {
      for await (const { id, event } of eventStream(signal, (e) => e.type === "order.updated" && e.owner === owner)) {
        if (event.type === "order.updated") yield tracked(id, { number: event.number, status: event.status });
      }
    })();
  }),

  /** Staff serving a customer: that customer's cart changed (on their phone, or at another till). */
  customerCart: staffProcedure.input(customerCartStreamInput).subscription(async ({ ctx, input, signal }) => {
    const owner = shopperKey(await customerCartOwner(ctx.db, input.customerId));
    return (async function* () {
      for await (const { id, event } of eventStream(signal, (e) => e.type === "cart.updated" && e.owner === owner)) {
        if (event.type === "cart.updated") yield tracked(id, { cartId: event.cartId });
      }
    })();
  }),

  /** Staff only: the click-and-collect queue of the store they work for changed. */
  pickupQueue: storeProcedure.subscription(async ({ ctx, signal }) => {
    const storeId = ctx.store.id;
    return (async function* () {
      for await (const { id, event } of eventStream(
        signal,
        (e) => e.type === "pickup.queue" && e.locationId === storeId,
      )) {
        if (event.type === "pickup.queue") yield tracked(id, { locationId: event.locationId });
      }
    })();
  }),
});
