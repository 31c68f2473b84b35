import "server-only";
import type { Db, Tx } from "@/db/client";
import { cartLines, findOpenCart, lockOpenCart } from "@/server/domain/cart/cart";
import { shopperKey, type Shopper } from "@/server/domain/customers/shopper";
import { stockChanged } from "@/server/domain/events/announce";
import { publish } from "@/server/domain/events/bus";
import { handOutReserved } from "@/server/domain/inventory/stock";
import { insertOrder } from "@/server/domain/orders/write";
import type { PaymentProvider } from "@/server/domain/payments/payments";
import { DomainError } from "@/server/errors";
import { AlreadyPlaced, claimKey, orderOfRace, voidAuthorisation } from "@/server/domain/orders/placement";
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
  type PricedLine,
} from "./counter-order";
import type { SellInput } from "./inputs";
import { formatMoney } from "@/lib/money";

export type Sale = CounterOrder & { changeMinor: number | null };

/** The customer's cart (the one on their phone) as sale lines; locked by the caller when read inside the sale's transaction. */
async function cartSaleLines(db: Db | Tx, c: { id: string } | null) {
  const rows = c ? await cartLines(db, c.id) : [];
  if (!c || !rows.length) throw new DomainError("CART_EMPTY", { key: "errors.pos.cartEmpty" });
  return {
    cartId: c.id,
    lines: await priceLines(
      db,
      rows.map((r) => ({ variantId: r.variantId, quantity: r.quantity })),
    ),
  };
}

/** The lines to sell: the customer's cart, or the basket made at the counter. */
async function saleLines(
  db: Db,
  shopper: Shopper | null,
  source: SellInput["source"],
): Promise<{ lines: PricedLine[]; cartId: string | null }> {
  if (source.from === "basket") return { lines: await priceLines(db, source.lines), cartId: null };
  if (!shopper) throw new DomainError("INVALID_INPUT", { key: "errors.pos.walkInHasNoCart" });
  return cartSaleLines(db, await findOpenCart(db, shopper));
}

/** What was agreed with the customer: items, quantities and prices. */
function agreed(lines: PricedLine[]) {
  return lines
    .map((l) => `${l.variantId}:${l.quantity}:${l.priceMinor}`)
    .sort()
    .join(",");
}

/**
 * A sale at the counter: the customer takes the items from this store's shelves and pays now.
 * The units are reserved through the same code as a web order (so the last unit is never sold
 * twice, online or here) and leave the store at once; the order is channel `store`, collected and
 * paid, and appears in the customer's online history. A card is authorised before the
 * transaction and captured as its last step; a decline writes nothing.
 */
export async function sellAtCounter(
  db: Db,
  counter: Counter,
  input: SellInput,
  provider: PaymentProvider,
): Promise<Sale> {
  const owner = counterOwner(counter);
  const earlier = await orderForKey(db, input.idempotencyKey, owner);
  if (earlier) return { ...earlier, changeMinor: null };

  const shopper: Shopper | null = input.customerId ? { kind: "customer", id: input.customerId } : null;
  const contact = await contactOf(db, input.customerId);
  const preview = await saleLines(db, shopper, input.source);
  const total = subtotalOf(preview.lines);
  if (input.expectedTotalMinor !== undefined && input.expectedTotalMinor !== total.amountMinor) {
    throw new DomainError(
      "PRICE_CHANGED",
      { key: "errors.pos.totalChanged", values: { total: formatMoney(total.amountMinor, total.currency) } },
      { totalMinor: total.amountMinor },
    );
  }
  const { payment } = input;
  if (payment.method === "cash" && payment.tenderedMinor !== undefined && payment.tenderedMinor < total.amountMinor) {
    throw new DomainError("INVALID_INPUT", {
      key: "errors.pos.cashTooLittle",
      values: { total: formatMoney(total.amountMinor, total.currency) },
    });
  }
  const authorizationId =
    payment.method === "card" ? await authorise(provider, total, payment.card, input.idempotencyKey) : null;

  let committed;
  try {
    committed = await db.transaction(async (tx) => {
      await claimKey(tx, input.idempotencyKey, owner);
      // Sold from the cart: lock it and read it again, so a change on the phone meanwhile is not lost.
      const lines =
        shopper && preview.cartId ? (await cartSaleLines(tx, await lockOpenCart(tx, shopper))).lines : preview.lines;
      const now = subtotalOf(lines);
      if (agreed(lines) !== agreed(preview.lines)) {
        throw new DomainError("PRICE_CHANGED", { key: "errors.pos.cartChanged" });
      }
      const stock = await reserveAt(tx, preview.cartId, counter.store, lines, "errors.pos.hint.orderElsewhere");
      await handOutReserved(tx, counter.store.id, lines);
      const placed = await insertOrder(
        tx,
        counter.store.code,
        { key: input.idempotencyKey, owner },
        {
          customerId: input.customerId,
          email: contact.email,
          contactName: contact.name,
          channel: "store",
          locale: counter.locale,
          fulfilment: "pickup",
          locationId: counter.store.id,
          status: "collected",
          paymentMethod: payment.method,
          paymentStatus: "paid",
          paymentReference: authorizationId ?? "counter:cash",
          subtotalMinor: now.amountMinor,
          totalMinor: now.amountMinor,
          currency: now.currency,
          soldAtLocationId: counter.store.id,
          soldById: counter.staffId,
        },
        lines,
        { actorId: counter.staffId, note: "Sold at the counter" },
        preview.cartId,
      );
      // Last, so a bank that refuses the capture rolls the sale back.
      if (authorizationId) await provider.capture(authorizationId, now);
      return { placed, stock };
    });
  } catch (err) {
    await voidAuthorisation(provider, authorizationId);
    if (err instanceof AlreadyPlaced) {
      const words = raceWords("errors.pos.saleStillProcessing");
      return { ...(await orderOfRace(db, input.idempotencyKey, owner, words)), changeMinor: null };
    }
    throw err;
  }
  const { placed, stock } = committed;
  // After commit: the customer's online history, their phone's cart, and everyone's stock view
  // (what reserving left available; handing the units out at once changes nothing more).
  await publish(
    {
      type: "order.updated",
      orderId: placed.id,
      number: placed.number,
      status: placed.status,
      owner: shopper ? shopperKey(shopper) : null,
      locationId: counter.store.id,
    },
    ...(shopper && preview.cartId
      ? [{ type: "cart.updated" as const, cartId: preview.cartId, owner: shopperKey(shopper) }]
      : []),
    ...stockChanged(stock),
  );
  const tendered = payment.method === "cash" ? payment.tenderedMinor : undefined;
  return {
    orderNumber: placed.number,
    status: placed.status,
    totalMinor: placed.totalMinor,
    currency: placed.currency,
    changeMinor: tendered !== undefined ? tendered - placed.totalMinor : null,
  };
}
