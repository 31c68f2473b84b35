import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { order, orderEvent } from "@/db/schema";
import { handOutReserved } from "@/server/domain/inventory/stock";
import { throttleWaitSeconds } from "@/server/domain/customers/accounts";
import { orderOwnerKey } from "@/server/domain/customers/shopper";
import { publish } from "@/server/domain/events/bus";
import { recordInteraction } from "@/server/domain/history/interactions";
import type { PaymentProvider } from "@/server/domain/payments/payments";
import { DomainError } from "@/server/errors";
import { lockStoreOrder } from "./pickup";
import { announceReleased, orderUnits, releaseOrder } from "./release";

/** Compared in constant time, so the answer's timing says nothing about how close a guess was. */
function sameCode(given: string, expected: string | null) {
  if (!expected) return false;
  const digest = (code: string) => createHash("sha256").update(code).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * The customer collects: the code they show or say must match (wrong codes are counted and, after
 * a few, each try must wait longer); the units leave the store (on hand and reserved both drop);
 * "pay at pickup" is paid at the counter by card or cash, a card authorised online is captured.
 */
export async function handOver(
  db: Db,
  store: { storeId: string; staffId: string },
  input: { orderNumber: string; pickupCode: string; paidWith?: "card" | "cash" },
  provider: PaymentProvider,
  now = new Date(),
) {
  const outcome = await db.transaction(async (tx) => {
    const row = await lockStoreOrder(tx, store.storeId, input.orderNumber);
    if (row.status !== "ready") {
      throw new DomainError(
        "INVALID_TRANSITION",
        { key: "errors.pickup.notReady", values: { number: row.number, status: row.status } },
        { status: row.status },
      );
    }
    // Three wrong codes are free (people mistype); then each try waits 1 s, 2 s, 4 s…
    if (row.lastPickupCodeFailureAt && row.pickupCodeFailures >= 3) {
      const wait = throttleWaitSeconds(row.pickupCodeFailures + 2);
      const readyAt = row.lastPickupCodeFailureAt.getTime() + wait * 1000;
      if (now.getTime() < readyAt) {
        const seconds = Math.ceil((readyAt - now.getTime()) / 1000);
        throw new DomainError(
          "TOO_MANY_ATTEMPTS",
          { key: "errors.pickup.tooManyCodes", values: { number: row.number, seconds } },
          { retryAfterSeconds: seconds },
        );
      }
    }
    // A wrong code is remembered (committed), then refused after the transaction.
    if (!sameCode(input.pickupCode.trim(), row.pickupCode)) {
      await tx
        .update(order)
        .set({ pickupCodeFailures: sql`${order.pickupCodeFailures} + 1`, lastPickupCodeFailureAt: now })
        .where(eq(order.id, row.id));
      return { ok: false as const, number: row.number };
    }
    if (row.paymentMethod === "pay_at_pickup" && !input.paidWith) {
      throw new DomainError("INVALID_INPUT", { key: "errors.pickup.payFirst" });
    }
    await handOutReserved(tx, store.storeId, await orderUnits(tx, row.id));
    // Captured inside the transaction: if the bank refuses, the order is not marked collected.
    if (row.paymentMethod === "card" && row.paymentReference)
      await provider.capture(row.paymentReference, { amountMinor: row.totalMinor, currency: row.currency });
    await tx
      .update(order)
      .set({
        status: "collected",
        paymentStatus: "paid",
        ...(row.paymentMethod === "pay_at_pickup" ? { paymentReference: `counter:${input.paidWith}` } : {}),
        pickupCodeFailures: 0,
        updatedAt: sql`now()`,
      })
      .where(eq(order.id, row.id));
    await tx
      .insert(orderEvent)
      .values({ orderId: row.id, status: "collected", channel: "store", actorId: store.staffId });
    if (row.customerId)
      await recordInteraction(tx, { kind: "customer", id: row.customerId }, "store", "pickup", {
        orderNumber: row.number,
        totalMinor: row.totalMinor,
      });
    return { ok: true as const, row };
  });
  if (!outcome.ok)
    throw new DomainError("INVALID_PICKUP_CODE", {
      key: "errors.pickup.wrongCode",
      values: { number: outcome.number },
    });
  const { row } = outcome;
  await publish(
    {
      type: "order.updated",
      orderId: row.id,
      number: row.number,
      status: "collected",
      owner: orderOwnerKey(row),
      locationId: store.storeId,
    },
    { type: "pickup.queue", locationId: store.storeId },
  );
  return { orderNumber: row.number, status: "collected" as const };
}

/** Staff cancel an order not yet collected, with a reason: its stock is released, a card authorisation voided. */
export async function cancelPickup(
  db: Db,
  store: { storeId: string; staffId: string },
  input: { orderNumber: string; reason: string },
  provider: PaymentProvider,
) {
  const released = await db.transaction(async (tx) => {
    const current = await lockStoreOrder(tx, store.storeId, input.orderNumber);
    if (!["placed", "picking", "ready"].includes(current.status)) {
      throw new DomainError(
        "INVALID_TRANSITION",
        { key: "errors.pickup.cannotCancel", values: { number: current.number, status: current.status } },
        { status: current.status },
      );
    }
    return releaseOrder(tx, current, { status: "cancelled", actorId: store.staffId, note: input.reason });
  });
  await announceReleased(db, provider, released);
  return { orderNumber: released.number, status: "cancelled" as const };
}
