import { randomUUID } from "node:crypto";
import { addItem } from "@/server/domain/cart/cart";
import { placeOrder } from "@/server/domain/checkout/checkout";
import type { PaymentInput } from "@/server/domain/checkout/inputs";
import type { Shopper } from "@/server/domain/customers/shopper";
import { createTestPaymentProvider, TEST_CARDS } from "@/server/domain/payments/test-provider";
import { createTestDatabase } from "./database";
import { locationId, newGuest, otherVariants, setStock } from "./shop";

export const goodCard = { number: TEST_CARDS.visa, expiry: "12/39", cvc: "123" };

/** A made-up client address of its own per test (TEST-NET-3), so no test spends another's limits. */
export const newAddress = () => `203.0.113.${Math.floor(Math.random() * 254) + 1}:${randomUUID().slice(0, 8)}`;
export const newEmail = (who = "shopper") => `${who}-${randomUUID()}@example.com`;

/**
 * The shop the order-limit tests work in (the domain's and the callers'): a fresh database with
 * one variant stocked deep at Madrid, and a one-unit pickup order to place again and again.
 */
export async function openLimitsShop() {
  const t = await createTestDatabase();
  const madrid = await locationId(t.db, "madrid");
  const variantId = (await otherVariants(t.db, 1))[0]!.id;
  await setStock(t.db, variantId, madrid, 10_000);
  const payments = createTestPaymentProvider();

  /** A guest (a new one unless given) places a one-unit Madrid pickup order. */
  async function order1(opts: { email: string; guest?: Shopper; address?: string; payment?: PaymentInput }) {
    const guest = opts.guest ?? newGuest();
    await addItem(t.db, guest, variantId, 1);
    return placeOrder(
      t.db,
      guest,
      {
        idempotencyKey: randomUUID(),
        contact: { email: opts.email, name: "Shopper" },
        fulfilment: { type: "pickup", locationId: madrid },
        payment: opts.payment ?? { method: "pay_at_pickup" },
      },
      payments,
      { clientAddress: opts.address ?? null },
    );
  }

  return { t, madrid, variantId, payments, order1 };
}

export type LimitsShop = Awaited<ReturnType<typeof openLimitsShop>>;
