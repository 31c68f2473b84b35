import "server-only";
import type { Db } from "@/db/client";
import { deliveryFee } from "@/lib/delivery-fee";
import { collectByFrom } from "@/server/domain/checkout/limits";
import { shopperKey, type Shopper } from "@/server/domain/customers/shopper";
import { stockChanged } from "@/server/domain/events/announce";
import { publish } from "@/server/domain/events/bus";
import { pickupStore, warehouse } from "@/server/domain/locations/locations";
import { insertOrder } from "@/server/domain/orders/write";
import type { PaymentProvider } from "@/server/domain/payments/payments";
import {
  AlreadyPlaced,
  claimKey,
  newPickupCode,
  orderOfRace,
  voidAuthorisation,
} from "@/server/domain/orders/placement";
import {
  authorise,
  contactOf,
  counterOwner,
  orderForKey,
  priceLines,
  raceWords,
  reserveAt,
  subtotalOf,
  type Counter,
  type CounterOrder,
} from "./counter-order";
import type { OrderElsewhereInput } from "./inputs";

export type ElsewhereOrder = CounterOrder & { fulfilment: "pickup" | "delivery"; locationName: string };

/** Where the order comes from: another click-and-collect store, or the warehouse for delivery. */
async function fulfillingPlace(db: Db, counter: Counter, fulfilment: OrderElsewhereInput["fulfilment"]) {
  // Read aloud at the counter: a delivery's number has the selling store's code, not the warehouse's.
  if (fulfilment.type === "delivery") return { ...(await warehouse(db)), code: counter.store.code };
  return pickupStore(db, fulfilment.locationId);
}

/**
 * Endless aisle: an item this store lacks is ordered for the customer, right at the counter, from
 * another store (for pickup there) or the warehouse (delivered). Same reservation code as a web
 * order; channel `store`, sold by this store. A card is authorised now and charged at handover or
 * dispatch, like online; cash is paid now; pickup orders may also be paid at pickup.
 */
export async function orderElsewhere(
  db: Db,
  counter: Counter,
  input: OrderElsewhereInput,
  provider: PaymentProvider,
): Promise<ElsewhereOrder> {
  const owner = counterOwner(counter);
  const place = await fulfillingPlace(db, counter, input.fulfilment);
  const { fulfilment, payment } = input;
  const earlier = await orderForKey(db, input.idempotencyKey, owner);
  if (earlier) return { ...earlier, fulfilment: fulfilment.type, locationName: place.name };

  const shopper: Shopper | null = input.customerId ? { kind: "customer", id: input.customerId } : null;
  const contact = await contactOf(db, input.customerId, input.contact);
  const lines = await priceLines(db, input.lines);
  const subtotal = subtotalOf(lines);
  const shipping = fulfilment.type === "delivery" ? deliveryFee(subtotal).amountMinor : 0;
  const total = { amountMinor: subtotal.amountMinor + shipping, currency: subtotal.currency };
  const authorizationId =
    payment.method === "card" ? await authorise(provider, total, payment.card, input.idempotencyKey) : null;

  let placed;
  try {
    placed = await db.transaction(async (tx) => {
      await claimKey(tx, input.idempotencyKey, owner);
      const stock = await reserveAt(
        tx,
        null,
        place,
        lines,
        fulfilment.type === "pickup" ? "errors.pos.hint.otherStoreOrDelivery" : "errors.pos.hint.storeThatHasIt",
      );
      const row = await insertOrder(
        tx,
        place.code,
        { key: input.idempotencyKey, owner },
        {
          customerId: input.customerId,
          email: contact.email,
          contactName: contact.name,
          channel: "store",
          fulfilment: fulfilment.type,
          locale: counter.locale,
          locationId: place.id,
          paymentMethod: payment.method,
          // A card is charged when the order is handed over or sent, as online; cash is in the till now.
          paymentStatus: payment.method === "card" ? "authorized" : payment.method === "cash" ? "paid" : "pending",
          paymentReference: authorizationId ?? (payment.method === "cash" ? "counter:cash" : null),
          pickupCode: fulfilment.type === "pickup" ? newPickupCode() : null,
          deliveryAddress: fulfilment.type === "delivery" ? fulfilment.address : null,
          subtotalMinor: subtotal.amountMinor,
          shippingMinor: shipping,
          totalMinor: total.amountMinor,
          currency: total.currency,
          soldAtLocationId: counter.store.id,
          soldById: counter.staffId,
          // Staff are not limited per client, but an order paid at pickup is still kept only so long.
          collectBy: payment.method === "pay_at_pickup" ? collectByFrom(new Date()) : null,
        },
        lines,
        { actorId: counter.staffId, note: `Ordered at ${counter.store.name}` },
      );
      return { ...row, stock };
    });
  } catch (err) {
    await voidAuthorisation(provider, authorizationId);
    if (err instanceof AlreadyPlaced) {
      const words = raceWords("errors.pos.orderStillPlacing");
      return {
        ...(await orderOfRace(db, input.idempotencyKey, owner, words)),
        fulfilment: fulfilment.type,
        locationName: place.name,
      };
    }
    throw err;
  }
  // After commit: the other store's queue, the customer's history, and everyone's stock view.
  await publish(
    {
      type: "order.updated",
      orderId: placed.id,
      number: placed.number,
      status: placed.status,
      owner: shopper ? shopperKey(shopper) : null,
      locationId: place.id,
    },
    ...(fulfilment.type === "pickup" ? [{ type: "pickup.queue" as const, locationId: place.id }] : []),
    ...stockChanged(placed.stock),
  );
  return {
    orderNumber: placed.number,
    status: placed.status,
    totalMinor: placed.totalMinor,
    currency: placed.currency,
    fulfilment: fulfilment.type,
    locationName: place.name,
    ...(placed.pickupCode ? { pickupCode: placed.pickupCode } : {}),
  };
}
