import "server-only";
import { randomUUID } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { order, orderEvent, orderLine, orderReturn, orderReturnLine, stockLevel, stockMovement } from "@/db/schema";
import { orderOwnerKey, type Shopper } from "@/server/domain/customers/shopper";
import { announceStock } from "@/server/domain/events/announce";
import { recordInteraction } from "@/server/domain/history/interactions";
import { queueRefundIssued } from "@/server/domain/notifications/messages";
import { deliverSoon } from "@/server/domain/notifications/outbox";
import type { PaymentProvider } from "@/server/domain/payments/payments";
import type { ConsoleStore } from "@/server/domain/staff/console-store";
import { DomainError, listIn, notFound, say } from "@/server/errors";
import type { ReturnInput } from "./inputs";
import { refundMethodFor, whyNotReturnable } from "./lookup";
import { log } from "@/server/log";

export type StoreActor = { store: Pick<ConsoleStore, "id" | "name">; staffId: string };

/** The same line asked for twice counts once, with both quantities. */
function merged(lines: ReturnInput["lines"]) {
  const byLine = new Map<string, number>();
  for (const l of lines) byLine.set(l.orderLineId, (byLine.get(l.orderLineId) ?? 0) + l.quantity);
  return byLine;
}

/**
 * The customer brings items back to this store's counter, from an order of any channel. One
 * transaction: the order and its lines are locked (two tills cannot return the same unit twice),
 * the units go back on this store's shelf with an audit row each, the return and its refund are
 * written, and the order's history and the customer's say so. A card is refunded through the
 * provider last, inside the transaction: if it refuses or fails, nothing is written.
 */
export async function returnLines(db: Db, actor: StoreActor, input: ReturnInput, provider: PaymentProvider) {
  const wanted = merged(input.lines);
  const returnId = randomUUID();
  let refundId: string | null = null;
  try {
    const done = await db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(order)
        .where(eq(order.number, input.orderNumber.trim().toUpperCase()))
        .for("update");
      if (!row) throw notFound("orderNumber", { number: input.orderNumber.trim().toUpperCase() });
      const whyNot = whyNotReturnable(row);
      if (whyNot) throw new DomainError("NOT_RETURNABLE", whyNot, { status: row.status });

      const all = await tx
        .select()
        .from(orderLine)
        .where(eq(orderLine.orderId, row.id))
        .orderBy(asc(orderLine.id))
        .for("update");
      const chosen = all.filter((l) => wanted.has(l.id));
      if (chosen.length !== wanted.size)
        throw new DomainError("INVALID_INPUT", { key: "errors.returns.notOnOrder", values: { number: row.number } });
      const over = chosen.filter((l) => wanted.get(l.id)! > l.quantity - l.missingQuantity - l.returnedQuantity);
      if (over.length) {
        const returnable = (l: (typeof over)[number]) =>
          Math.max(0, l.quantity - l.missingQuantity - l.returnedQuantity);
        throw new DomainError(
          "NOT_RETURNABLE",
          {
            key: "errors.returns.tooMany",
            values: (locale) => ({
              lines: listIn(
                locale,
                over.map((l) =>
                  say(
                    {
                      key: "errors.returns.returnableLine",
                      values: { name: l.productName, sku: l.sku, count: returnable(l) },
                    },
                    locale,
                  ),
                ),
              ),
            }),
          },
          {
            lines: over.map((l) => ({
              orderLineId: l.id,
              returnable: l.quantity - l.missingQuantity - l.returnedQuantity,
            })),
          },
        );
      }

      const returned = chosen.map((l) => ({
        line: l,
        quantity: wanted.get(l.id)!,
        amountMinor: l.unitPriceMinor * wanted.get(l.id)!,
      }));
      for (const r of returned) {
        await tx
          .update(orderLine)
          .set({ returnedQuantity: sql`${orderLine.returnedQuantity} + ${r.quantity}` })
          .where(eq(orderLine.id, r.line.id));
      }
      // Back on this store's shelf, wherever the order was fulfilled; in variant order, as every
      // stock change locks rows, so two transactions never wait on each other in a circle.
      for (const r of [...returned].sort((a, b) => a.line.variantId.localeCompare(b.line.variantId))) {
        const [level] = await tx
          .insert(stockLevel)
          .values({ variantId: r.line.variantId, locationId: actor.store.id, onHand: r.quantity })
          .onConflictDoUpdate({
            target: [stockLevel.variantId, stockLevel.locationId],
            set: { onHand: sql`${stockLevel.onHand} + ${r.quantity}`, updatedAt: sql`now()` },
          })
          .returning({ onHand: stockLevel.onHand });
        await tx.insert(stockMovement).values({
          variantId: r.line.variantId,
          locationId: actor.store.id,
          kind: "returned",
          delta: r.quantity,
          onHandAfter: level!.onHand,
          reason: input.reason,
          actorId: actor.staffId,
          orderId: row.id,
          // The time it happened, after the row lock: history reads in the order changes were made.
          createdAt: sql`clock_timestamp()`,
        });
      }

      const refundMinor = returned.reduce((n, r) => n + r.amountMinor, 0);
      const refundMethod = refundMethodFor(row);
      const keptAfter = all.reduce(
        (n, l) => n + l.quantity - l.missingQuantity - l.returnedQuantity - (wanted.get(l.id) ?? 0),
        0,
      );
      const everything = keptAfter === 0;
      if (everything)
        await tx
          .update(order)
          .set({ paymentStatus: "refunded", updatedAt: sql`now()` })
          .where(eq(order.id, row.id));
      else
        await tx
          .update(order)
          .set({ updatedAt: sql`now()` })
          .where(eq(order.id, row.id));

      const units = returned.reduce((n, r) => n + r.quantity, 0);
      await tx.insert(orderEvent).values({
        orderId: row.id,
        // A return is not a new stage of the order: the event keeps its status and says what came back.
        status: row.status,
        channel: "store",
        actorId: actor.staffId,
        note: `${units} ${units === 1 ? "item" : "items"} returned at ${actor.store.name}: ${input.reason}`,
      });
      const shopper: Shopper | null = row.customerId
        ? { kind: "customer", id: row.customerId }
        : row.guestId
          ? { kind: "guest", id: row.guestId }
          : null;
      if (shopper) {
        await recordInteraction(tx, shopper, "store", "return", {
          orderNumber: row.number,
          refundMinor,
          locationId: actor.store.id,
          lines: returned.map((r) => ({ sku: r.line.sku, quantity: r.quantity })),
        });
      }

      // Last: every rule above has passed, so a refund is only asked for a return that will be saved.
      let refundReference: string | null = null;
      if (refundMethod === "card" && refundMinor > 0) {
        if (!row.paymentReference)
          throw new DomainError("REFUND_FAILED", {
            key: "errors.returns.noCardPayment",
            values: { number: row.number },
          });
        const refund = await provider
          .refund(row.paymentReference, { amountMinor: refundMinor, currency: row.currency }, `return:${returnId}`)
          .catch((err: unknown) => {
            log.error({ err, returnId }, "card refund failed");
            return { ok: false as const, reason: "failed" as const, message: "The card refund did not go through." };
          });
        if (!refund.ok) {
          // The provider's own words only when it gives no reason this shop can say in a language.
          const { reason, message } = refund;
          throw new DomainError("REFUND_FAILED", {
            key: "errors.returns.refundRefused",
            values: (locale) => ({ refusal: reason ? say({ key: `errors.refund.${reason}` }, locale) : message }),
          });
        }
        refundId = refundReference = refund.refundId;
      }
      const [saved] = await tx
        .insert(orderReturn)
        .values({
          id: returnId,
          orderId: row.id,
          locationId: actor.store.id,
          staffId: actor.staffId,
          reason: input.reason,
          refundMinor,
          refundMethod,
          refundReference,
        })
        .returning({ createdAt: orderReturn.createdAt });
      await tx
        .insert(orderReturnLine)
        .values(
          returned.map((r) => ({ returnId, orderLineId: r.line.id, quantity: r.quantity, amountMinor: r.amountMinor })),
        );
      await queueRefundIssued(tx, row.id, {
        storeName: actor.store.name,
        lines: returned,
        refundMinor,
        method: refundMethod,
      });
      return { row, returned, refundMinor, refundMethod, refundReference, everything, createdAt: saved!.createdAt };
    });

    const { row, returned } = done;
    await announceStock(
      db,
      returned.map((r) => ({ variantId: r.line.variantId, locationId: actor.store.id })),
      {
        type: "order.updated",
        orderId: row.id,
        number: row.number,
        status: row.status,
        owner: orderOwnerKey(row),
        locationId: row.locationId,
      },
    );
    deliverSoon(db);
    const money = (amountMinor: number) => ({ amountMinor, currency: row.currency });
    return {
      returnId,
      orderNumber: row.number,
      store: actor.store.name,
      at: done.createdAt,
      reason: input.reason,
      refund: money(done.refundMinor),
      refundMethod: done.refundMethod,
      refundReference: done.refundReference,
      /** Everything the customer kept has come back: the order is fully refunded. */
      fullyRefunded: done.everything,
      lines: returned.map((r) => ({
        sku: r.line.sku,
        name: r.line.productName,
        size: r.line.size,
        colour: r.line.colour,
        quantity: r.quantity,
        amount: money(r.amountMinor),
      })),
    };
  } catch (err) {
    // The card was refunded but the return could not be saved: someone must reconcile it by hand.
    if (refundId)
      log.error(
        { err, refundId, returnId },
        "a card refund was made but its return was not saved: reconcile it by hand",
      );
    throw err;
  }
}
