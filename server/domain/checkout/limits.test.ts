import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addItem, getCart } from "@/server/domain/cart/cart";
import type { Shopper } from "@/server/domain/customers/shopper";
import { goodCard, newAddress, newEmail, openLimitsShop, type LimitsShop } from "@/server/test/limits-shop";
import { failureOf, newGuest, stockAt } from "@/server/test/shop";
import { placeOrder } from "./checkout";
import { OPEN_UNPAID_PER_ADDRESS, OPEN_UNPAID_PER_EMAIL, OPEN_UNPAID_PER_GUEST } from "./limits";

let t: LimitsShop["t"];
let madrid: LimitsShop["madrid"];
let variantId: LimitsShop["variantId"];
let payments: LimitsShop["payments"];
let order1: LimitsShop["order1"];

beforeAll(async () => {
  ({ t, madrid, variantId, payments, order1 } = await openLimitsShop());
});
afterAll(() => t.close());

describe("open unpaid orders", () => {
  it(`one email keeps at most ${OPEN_UNPAID_PER_EMAIL} open, whatever its case; nothing is written for the one refused; a card order still goes through`, async () => {
    const email = newEmail("hoarder");
    for (let i = 0; i < OPEN_UNPAID_PER_EMAIL; i++) await order1({ email });
    const before = await stockAt(t.db, variantId, madrid);
    const guest = newGuest();
    const refused = await failureOf(order1({ email: email.toUpperCase(), guest }));
    expect(refused).toMatchObject({
      code: "TOO_MANY_OPEN_ORDERS",
      details: { scope: "email", limit: OPEN_UNPAID_PER_EMAIL },
    });
    expect(refused.message).toBe(
      `You already have ${OPEN_UNPAID_PER_EMAIL} orders waiting to be collected and paid at the store. Collect one first, or pay this one by card.`,
    );
    expect(await stockAt(t.db, variantId, madrid)).toEqual(before);
    expect((await getCart(t.db, guest)).lines).toHaveLength(1);

    await expect(order1({ email, payment: { method: "card", card: goodCard } })).resolves.toMatchObject({
      status: "placed",
    });
  });

  it(`one guest keeps at most ${OPEN_UNPAID_PER_GUEST} open, whatever emails it types in`, async () => {
    const guest = newGuest();
    for (let i = 0; i < OPEN_UNPAID_PER_GUEST; i++) await order1({ email: newEmail(), guest });
    expect(await failureOf(order1({ email: newEmail(), guest }))).toMatchObject({
      code: "TOO_MANY_OPEN_ORDERS",
      details: { scope: "guest" },
    });
  });

  it(`one client address keeps at most ${OPEN_UNPAID_PER_ADDRESS} open, whoever places them; other addresses are not held back`, async () => {
    const address = newAddress();
    for (let i = 0; i < OPEN_UNPAID_PER_ADDRESS; i++) await order1({ email: newEmail(), address });
    const refused = await failureOf(order1({ email: newEmail(), address }));
    expect(refused).toMatchObject({ code: "TOO_MANY_OPEN_ORDERS", details: { scope: "client" } });
    expect(refused.message).toMatch(/from your connection/);
    await expect(order1({ email: newEmail(), address: newAddress() })).resolves.toMatchObject({ status: "placed" });
    await expect(
      order1({ email: newEmail(), address, payment: { method: "card", card: goodCard } }),
    ).resolves.toMatchObject({ status: "placed" });
  });

  /*
   * On PostgreSQL these run in parallel transactions on separate connections (PGlite runs them
   * one at a time). Counting without a lock, every racer saw one slot left and all of them got in.
   */
  it("orders placed at the same moment at the limit: only one gets the last slot, per email and per client", async () => {
    const ROUNDS = 5;
    const RACERS = 6;
    const rounds: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const email = newEmail("racer");
      for (let i = 0; i < OPEN_UNPAID_PER_EMAIL - 1; i++) await order1({ email });
      const address = newAddress();
      for (let i = 0; i < OPEN_UNPAID_PER_ADDRESS - 1; i++) await order1({ email: newEmail(), address });
      // Carts filled first, so the placements themselves start together.
      const racers = await Promise.all(
        Array.from({ length: 2 * RACERS }, async () => {
          const guest = newGuest();
          await addItem(t.db, guest, variantId, 1);
          return guest;
        }),
      );
      const place = (guest: Shopper, contact: string, from: string | null) =>
        placeOrder(
          t.db,
          guest,
          {
            idempotencyKey: randomUUID(),
            contact: { email: contact, name: "Racer" },
            fulfilment: { type: "pickup", locationId: madrid },
            payment: { method: "pay_at_pickup" },
          },
          payments,
          { clientAddress: from },
        ).then(
          () => "placed",
          (e: { code?: string }) => e.code ?? "error",
        );
      const outcomes = await Promise.all(
        racers.map((g, i) => (i < RACERS ? place(g, email, null) : place(g, newEmail(), address))),
      );
      const placedBy = (list: string[]) => list.filter((o) => o === "placed").length;
      const refusedBy = (list: string[]) => list.filter((o) => o === "TOO_MANY_OPEN_ORDERS").length;
      const byEmail = outcomes.slice(0, RACERS);
      const byAddress = outcomes.slice(RACERS);
      rounds.push(
        `same email: ${placedBy(byEmail)} placed, ${refusedBy(byEmail)} refused; same client: ${placedBy(byAddress)} placed, ${refusedBy(byAddress)} refused`,
      );
    }
    const expected = `same email: 1 placed, ${RACERS - 1} refused; same client: 1 placed, ${RACERS - 1} refused`;
    expect(rounds).toEqual(rounds.map(() => expected));
  }, 120_000);
});
