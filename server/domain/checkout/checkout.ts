import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { databaseRefusal, queryRows, type Db } from "@/db/client";
import { deliveryFee } from "@/lib/delivery-fee";
import type { DeviceClass } from "@/lib/device";
import type { Locale } from "@/i18n/locales";
import { location } from "@/db/schema";
import { cartLines, findOpenCart, lockOpenCart } from "@/server/domain/cart/cart";
import type { Money } from "@/lib/money";
import { shopperKey, type Shopper } from "@/server/domain/customers/shopper";
import { announceStock, stockChanged } from "@/server/domain/events/announce";
import { publish } from "@/server/domain/events/bus";
import {
  authoriseCard,
  earlierOrder,
  namedShortLines,
  newPickupCode,
  shortInWords,
  voidAuthorisation,
} from "@/server/domain/orders/placement";
import { orderColumns } from "@/server/domain/orders/write";
import { pickupStore, warehouse } from "@/server/domain/locations/locations";
import {
  activeHold,
  holdStock,
  releaseHolds,
  supplyByLocation,
  type ShortLine,
  type StockNow,
} from "@/server/domain/inventory/stock";
import type { PaymentProvider } from "@/server/domain/payments/payments";
import { DomainError, listIn, notFound, say, type ErrorKey } from "@/server/errors";
import type { HoldTarget, PlaceOrderInput } from "./inputs";
import {
  clientSubject,
  collectByFrom,
  HOLD_LIMIT,
  OPEN_UNPAID_LIMITS,
  PLACEMENT_LIMIT,
  throttleClient,
  tooManyOpenOrders,
} from "./limits";

/** Who is asking, for the limits per client (server/domain/checkout/limits.ts): null in scripts and tests. */
/** Who is placing: their client address (throttled by its hash), their device class, and the time. */
export type ClientOptions = {
  clientAddress?: string | null;
  device?: DeviceClass | null;
  /** The checkout page's language: the order's messages are written in it. */
  locale?: Locale;
  now?: Date;
};

type Line = Awaited<ReturnType<typeof cartLines>>[number];

/**
 * What the checkout page offers: every click-and-collect store (the shopper's own first) with
 * whether it can supply the whole cart now and which lines it cannot, the same for delivery,
 * and the cart's running hold.
 */
export async function checkoutOptions(db: Db, shopper: Shopper | null, chosenStoreId: string | null) {
  const c = shopper ? await findOpenCart(db, shopper) : null;
  const lines = c ? await cartLines(db, c.id) : [];
  const supply = await supplyByLocation(
    db,
    lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })),
    c?.id,
  );
  const stores = await db
    .select({
      id: location.id,
      name: location.name,
      city: location.city,
      addressLine: location.addressLine,
      openingHours: location.openingHours,
      timezone: location.timezone,
    })
    .from(location)
    .where(and(eq(location.kind, "store"), eq(location.clickAndCollect, true)))
    .orderBy(asc(location.sortOrder));
  stores.sort((a, b) => Number(b.id === chosenStoreId) - Number(a.id === chosenStoreId));
  const wh = await warehouse(db);
  const hold = c ? await activeHold(db, c.id) : null;
  return {
    hasItems: lines.length > 0,
    stores: stores.map((s) => {
      const short = namedShortLines(supply.shortAt(s.id), lines);
      return { ...s, chosen: s.id === chosenStoreId, canSupply: lines.length > 0 && short.length === 0, short };
    }),
    delivery: (() => {
      const short = namedShortLines(supply.shortAt(wh.id), lines);
      return { locationId: wh.id, canSupply: lines.length > 0 && short.length === 0, short };
    })(),
    hold: hold
      ? {
          locationId: hold.locationId,
          expiresAt: hold.expiresAt,
          /** By the server's clock, so a device whose clock is off still counts down right. */
          secondsLeft: secondsUntil(hold.expiresAt),
          type: hold.locationId === wh.id ? ("delivery" as const) : ("pickup" as const),
        }
      : null,
  };
}

/**
 * Holds the cart's units where the customer chose to receive them, for `minutes`, so they are
 * not sold to someone else while the customer pays. Choosing elsewhere moves the hold. A client
 * holding more often than HOLD_LIMIT allows is refused (holds keep units from everyone else too).
 */
export async function holdForCheckout(
  db: Db,
  shopper: Shopper,
  target: HoldTarget,
  minutes: number,
  opts: ClientOptions = {},
) {
  const now = opts.now ?? new Date();
  await throttleClient(db, HOLD_LIMIT, clientSubject(opts.clientAddress), "errors.limits.holds", now);
  const locationId =
    target.type === "pickup" ? (await pickupStore(db, target.locationId)).id : (await warehouse(db)).id;
  const outcome = await db.transaction(async (tx) => {
    const c = await lockOpenCart(tx, shopper);
    const lines = await cartLines(tx, c.id);
    if (!lines.length) throw new DomainError("CART_EMPTY", { key: "errors.cart.empty" });
    const expiresAt = new Date(now.getTime() + minutes * 60_000);
    const result = await holdStock(
      tx,
      c.id,
      locationId,
      lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })),
      expiresAt,
    );
    const touched = [
      ...result.released,
      ...(result.held ? lines.map((l) => ({ variantId: l.variantId, locationId })) : []),
    ];
    return { result, lines, expiresAt, touched };
  });
  await announceStock(db, outcome.touched);
  const { result, lines, expiresAt } = outcome;
  return result.held
    ? { held: true as const, locationId, expiresAt, secondsLeft: minutes * 60, short: [] }
    : {
        held: false as const,
        locationId,
        expiresAt: null,
        secondsLeft: 0,
        short: namedShortLines(result.short, lines),
      };
}

export async function releaseCheckoutHold(db: Db, shopper: Shopper) {
  const c = await findOpenCart(db, shopper);
  if (c) await announceStock(db, await releaseHolds(db, c.id));
}

function secondsUntil(at: Date, now = new Date()) {
  return Math.max(0, Math.round((at.getTime() - now.getTime()) / 1000));
}

export type PlacedOrder = { orderNumber: string; status: string; pickupCode?: string };

const KEY_REUSED: ErrorKey = "errors.checkout.keyReused";

/** The order an earlier call with this key placed, as placeOrder answers it. */
async function orderForKey(db: Db, key: string, owner: string): Promise<PlacedOrder | null> {
  const earlier = await earlierOrder(db, key, owner, KEY_REUSED);
  return (
    earlier && {
      orderNumber: earlier.orderNumber,
      status: earlier.status,
      ...(earlier.pickupCode ? { pickupCode: earlier.pickupCode } : {}),
    }
  );
}

function keyReused() {
  return new DomainError("IDEMPOTENCY_KEY_REUSED", { key: KEY_REUSED });
}

function unsellableError(unsellable: ShortLine[], lines: Line[]) {
  const named = namedShortLines(unsellable, lines);
  return new DomainError(
    "OUT_OF_STOCK",
    {
      key: "errors.checkout.unsellable",
      values: (locale) => ({
        items: listIn(
          locale,
          named.map((l) => l.name),
        ),
        count: named.length,
      }),
    },
    { lines: named },
  );
}

/**
 * What the card must be authorised for: the cart's subtotal and shipping now; or, when a call with
 * the same key has just placed the order (its cart is then closed), that order, for the caller to return.
 */
async function amountToAuthorise(db: Db, shopper: Shopper, input: PlaceOrderInput, owner: string) {
  const c = await findOpenCart(db, shopper);
  const lines = c ? await cartLines(db, c.id) : [];
  if (!lines.length) {
    const first = await orderForKey(db, input.idempotencyKey, owner);
    if (first) return { kind: "placed" as const, earlier: first };
    throw new DomainError("CART_EMPTY", { key: "errors.cart.empty" });
  }
  const unsellable = lines.filter((l) => !l.sellable);
  if (unsellable.length)
    throw unsellableError(
      unsellable.map((l) => ({ variantId: l.variantId, requested: l.quantity, available: 0 })),
      lines,
    );
  return { kind: "amount" as const, totals: orderTotals(lines, input.fulfilment.type) };
}

/** What the database function place_web_order answers (migration 0004). */
type Placement =
  | {
      refused?: undefined;
      orderId: string;
      orderNumber: string;
      status: string;
      pickupCode: string | null;
      cartId: string;
      stock: StockNow[];
      repeated: boolean;
    }
  | { refused: string; details?: Record<string, unknown> };

/**
 * Places the shopper's cart as an order. A card is authorised first, for the cart as it is then
 * (outside the transaction, so no row stays locked while a bank answers). Then one call to the
 * database function place_web_order is the whole transaction: it answers an idempotency key
 * already used with the first order, checks the store, locks the cart and re-reads its prices (a
 * different subtotal from the one authorised is refused), reserves the stock, writes the order,
 * its lines and first event with the key, and closes the cart. A call with the same key racing
 * this one waits for the cart's lock and answers with the first order. A refusal writes nothing
 * and voids the authorisation. Paid at pickup, there is no amount to authorise beforehand, so the
 * order is one round trip to the database; it is kept until its collect-by date, and a shopper
 * may have only a few such orders open (OPEN_UNPAID_LIMITS, counted by place_web_order). A client
 * placing more often than PLACEMENT_LIMIT allows is refused before anything, a card included.
 */
export async function placeOrder(
  db: Db,
  shopper: Shopper,
  input: PlaceOrderInput,
  provider: PaymentProvider,
  opts: ClientOptions = {},
): Promise<PlacedOrder> {
  const now = opts.now ?? new Date();
  const placedFrom = clientSubject(opts.clientAddress);
  await throttleClient(db, PLACEMENT_LIMIT, placedFrom, "errors.limits.orders", now);
  const owner = shopperKey(shopper);
  const { fulfilment, payment } = input;
  if (fulfilment.type === "delivery" && payment.method !== "card") {
    throw new DomainError("INVALID_INPUT", { key: "errors.checkout.deliveryByCard" });
  }
  if (shopper.kind === "guest" && !input.contact) {
    throw new DomainError("INVALID_INPUT", { key: "errors.checkout.contactRequired" });
  }
  const placeId = fulfilment.type === "pickup" ? fulfilment.locationId : (await warehouse(db)).id;

  let authorised: { id: string; totals: ReturnType<typeof orderTotals> } | null = null;
  if (payment.method === "card") {
    const earlier = await orderForKey(db, input.idempotencyKey, owner);
    if (earlier) return earlier;
    if (fulfilment.type === "pickup") await pickupStore(db, placeId);
    const amount = await amountToAuthorise(db, shopper, input, owner);
    if (amount.kind === "placed") return amount.earlier;
    const id = await authoriseCard(provider, {
      amount: amount.totals.total,
      card: payment.card,
      reference: input.idempotencyKey,
    });
    authorised = { id, totals: amount.totals };
  }

  const given = input.contact;
  const values = orderColumns({
    ...(shopper.kind === "guest" ? { email: given?.email, contactName: given?.name } : { contactName: given?.name }),
    fulfilment: fulfilment.type,
    paymentMethod: payment.method,
    paymentStatus: authorised ? "authorized" : "pending",
    paymentReference: authorised?.id ?? null,
    pickupCode: fulfilment.type === "pickup" ? newPickupCode() : null,
    deliveryAddress: fulfilment.type === "delivery" ? fulfilment.address : null,
    shippingMinor: authorised?.totals.shipping.amountMinor ?? 0,
    collectBy: payment.method === "pay_at_pickup" ? collectByFrom(now) : null,
    placedFrom,
    device: opts.device ?? null,
    locale: opts.locale ?? "es",
  });
  const voidAuthorised = () => voidAuthorisation(provider, authorised?.id);
  let outcome: Placement;
  try {
    const [row] = await queryRows<{ placed: Placement }>(
      db,
      sql`select place_web_order(${input.idempotencyKey}, ${owner}, ${shopper.kind === "customer" ? shopper.id : null}, ${shopper.kind === "guest" ? shopper.id : null},
                                 ${placeId}, ${authorised?.totals.subtotal.amountMinor ?? null}, ${JSON.stringify(values)}::jsonb,
                                 ${JSON.stringify(OPEN_UNPAID_LIMITS)}::jsonb) as placed`,
    );
    if (!row) throw new Error("place_web_order returned nothing");
    outcome = row.placed;
  } catch (err) {
    await voidAuthorised();
    const refusal = databaseRefusal(err);
    // The key was claimed by a call that placed the order while this one ran: answer with that order.
    if (refusal?.code === "IDEMPOTENCY_KEY_REUSED") {
      const first = await orderForKey(db, input.idempotencyKey, owner);
      if (first) return first;
    }
    throw refusal ? refusalError(refusal.code, refusal.details) : err;
  }
  if (outcome.refused !== undefined) {
    await voidAuthorised();
    throw refusalError(outcome.refused, outcome.details ?? {});
  }
  const placed = outcome;
  const result: PlacedOrder = {
    orderNumber: placed.orderNumber,
    status: placed.status,
    ...(placed.pickupCode ? { pickupCode: placed.pickupCode } : {}),
  };
  if (placed.repeated) {
    // Another call with this key placed the order first: this call's authorisation is not needed.
    await voidAuthorised();
    return result;
  }
  // After commit, in one publish: the store's queue, the customer's other screens, and everyone's stock view.
  await publish(
    {
      type: "order.updated",
      orderId: placed.orderId,
      number: placed.orderNumber,
      status: placed.status,
      owner,
      locationId: placeId,
    },
    { type: "cart.updated", cartId: placed.cartId, owner },
    ...(fulfilment.type === "pickup" ? [{ type: "pickup.queue" as const, locationId: placeId }] : []),
    ...stockChanged(placed.stock),
  );
  return result;
}

/** A refusal from place_web_order, in the shopper's words. */
function refusalError(code: string, details: Record<string, unknown>): DomainError {
  const cart = (details.cart ?? []) as Line[];
  switch (code) {
    case "OUT_OF_STOCK": {
      const short = namedShortLines((details.lines ?? []) as ShortLine[], cart);
      const place = typeof details.placeName === "string" ? details.placeName : null;
      return new DomainError(
        "OUT_OF_STOCK",
        {
          key: "errors.checkout.outOfStock",
          values: (locale) => ({
            place: place ?? say({ key: "errors.checkout.thisStore" }, locale),
            items: shortInWords(short, locale),
          }),
        },
        { lines: short },
      );
    }
    case "UNSELLABLE":
      return unsellableError((details.lines ?? []) as ShortLine[], cart);
    case "CART_EMPTY":
      return new DomainError("CART_EMPTY", { key: "errors.cart.empty" });
    case "PRICE_CHANGED":
      return new DomainError("PRICE_CHANGED", { key: "errors.checkout.priceChanged" });
    case "NOT_A_PICKUP_STORE":
      return new DomainError("NOT_A_PICKUP_STORE", { key: "errors.locations.notAPickupStore" });
    case "ACCOUNT_NOT_FOUND":
      return notFound("yourAccount");
    case "IDEMPOTENCY_KEY_REUSED":
      return keyReused();
    case "TOO_MANY_OPEN_ORDERS":
      return tooManyOpenOrders(details);
    default:
      throw new Error(`place_web_order refused with an unknown code: ${code}`);
  }
}

export function orderTotals(lines: Pick<Line, "priceMinor" | "quantity" | "currency">[], type: "pickup" | "delivery") {
  const currency = lines[0]?.currency ?? "EUR";
  const subtotal = lines.reduce((n, l) => n + l.priceMinor * l.quantity, 0);
  const shipping = type === "delivery" ? deliveryFee({ amountMinor: subtotal, currency }).amountMinor : 0;
  return {
    subtotal: { amountMinor: subtotal, currency } satisfies Money,
    shipping: { amountMinor: shipping, currency } satisfies Money,
    total: { amountMinor: subtotal + shipping, currency } satisfies Money,
  };
}
