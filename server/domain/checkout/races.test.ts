import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { order, stockHold } from "@/db/schema";
import { FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { addItem } from "@/server/domain/cart/cart";
import type { Shopper } from "@/server/domain/customers/shopper";
import { createTestPaymentProvider, TEST_CARDS } from "@/server/domain/payments/test-provider";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { locationId, newGuest, setStock, stockAt, variantBySku } from "@/server/test/shop";
import { holdForCheckout, placeOrder } from "./checkout";
import type { PaymentInput, PlaceOrderInput } from "./inputs";

/*
 * What shoppers are promised when they really do arrive at once. On PostgreSQL the test pool
 * has 20 connections, so the calls below run in parallel transactions; PGlite runs one
 * transaction at a time, so there these are plain sequential checks of the same promises.
 * A race does not show every time, so each test plays several rounds and reports them all.
 */

let t: TestDatabase;
let scarceId: string;
let madrid: string;
let warehouse: string;
const payments = createTestPaymentProvider();

beforeAll(async () => {
  t = await createTestDatabase();
  scarceId = (await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU)).id;
  madrid = await locationId(t.db, "madrid");
  warehouse = await locationId(t.db, "warehouse");
});
afterAll(() => t.close());

beforeEach(async () => {
  // Plenty elsewhere, so every shopper can put the item in their cart; Madrid is set per round.
  await setStock(t.db, scarceId, warehouse, 40);
});

const ROUNDS = 10;
const SHOPPERS = 12;
const HOLD_MINUTES = 15;
/** The first call with a key and the repeats sent while it is in flight. */
const CALLS_PER_KEY = 17;

/** Each order from someone else: one email may keep only a few pay-at-pickup orders open (limits.ts). */
const contact = () => ({ email: `guest-${randomUUID()}@example.com`, name: "Guest Shopper" });
const goodCard = { number: TEST_CARDS.visa, expiry: "12/30", cvc: "123" };
const atMadrid = () => ({ type: "pickup" as const, locationId: madrid });

function pickupAtMadrid(payment: PaymentInput = { method: "pay_at_pickup" }): PlaceOrderInput {
  return { idempotencyKey: randomUUID(), contact: contact(), fulfilment: atMadrid(), payment };
}

async function guestWith(variantId: string, quantity = 1): Promise<Shopper> {
  const guest = newGuest();
  await addItem(t.db, guest, variantId, quantity);
  return guest;
}

/** A round starts from `units` on hand at Madrid, none reserved, and no one holding anything. */
async function startRound(units: number) {
  await t.db.delete(stockHold);
  await setStock(t.db, scarceId, madrid, units);
}

/** The outcome of a call, caught at once so a call still running while others start is never an unhandled rejection. */
function settle<T>(call: Promise<T>): Promise<PromiseSettledResult<T>> {
  return call.then(
    (value) => ({ status: "fulfilled", value }),
    (reason: unknown) => ({ status: "rejected", reason }),
  );
}

/** One round of shoppers racing for `units`, as a sentence, so a failing round reads plainly. */
function roundLine(units: number, toldHeld: number, placed: number, reserved: number) {
  return `${units} unit(s) at Madrid, ${SHOPPERS} shoppers: ${toldHeld} told held, ${placed} of them placed the order, ${reserved} reserved`;
}

function succeeded<T>(results: PromiseSettledResult<T>[]) {
  return results.filter((r) => r.status === "fulfilled").length;
}

describe("holding the last units at a store while shoppers pay", () => {
  it("at most as many shoppers are told held as there are units, and each one told held can place the order", async () => {
    const rounds = [];
    for (let round = 0; round < ROUNDS; round++) {
      const units = 1 + (round % 2);
      await startRound(units);
      const shoppers = await Promise.all(Array.from({ length: SHOPPERS }, () => guestWith(scarceId, 1)));

      // Everyone reaches the payment step at the same moment, each wanting one unit.
      const holds = await Promise.all(shoppers.map((g) => holdForCheckout(t.db, g, atMadrid(), HOLD_MINUTES)));
      const holders = shoppers.filter((_, i) => holds[i]?.held);

      // Each shopper told "held" then pays and places the order: the unit must still be theirs.
      const placed = await Promise.allSettled(holders.map((g) => placeOrder(t.db, g, pickupAtMadrid(), payments)));
      const { reserved } = await stockAt(t.db, scarceId, madrid);
      rounds.push({ units, line: roundLine(units, holders.length, succeeded(placed), reserved) });
    }
    // Every unit goes to exactly one shopper (there are more shoppers than units), and no one else is promised one.
    expect(rounds.map((r) => r.line)).toEqual(rounds.map(({ units }) => roundLine(units, units, units, units)));
  }, 60_000);

  it("a shopper told held keeps the unit against orders placed at the same moment", async () => {
    const rounds = [];
    for (let round = 0; round < ROUNDS; round++) {
      await startRound(1);
      const shoppers = await Promise.all(Array.from({ length: SHOPPERS }, () => guestWith(scarceId, 1)));
      const askForHold = (i: number) => i % 2 === 1;

      // Half of them ask for a hold before paying; the other half, interleaved, place their order straight away.
      const attempts = await Promise.allSettled(
        shoppers.map((g, i) =>
          askForHold(i)
            ? holdForCheckout(t.db, g, atMadrid(), HOLD_MINUTES).then((h) => h.held)
            : placeOrder(t.db, g, pickupAtMadrid(), payments).then(() => true),
        ),
      );
      const won = (i: number) => attempts[i]?.status === "fulfilled" && attempts[i].value;
      const holders = shoppers.filter((_, i) => askForHold(i) && won(i));
      const ordered = shoppers.filter((_, i) => !askForHold(i) && won(i)).length;

      // Those told "held" then pay and place the order.
      const placedByHolders = succeeded(
        await Promise.allSettled(holders.map((g) => placeOrder(t.db, g, pickupAtMadrid(), payments))),
      );
      const stock = await stockAt(t.db, scarceId, madrid);
      rounds.push({ held: holders.length, ordered, refusedAfterHold: holders.length - placedByHolders, ...stock });
    }
    // The one unit is promised once (a hold is a promise as much as an order is), to whoever got
    // there first, and a shopper told "held" is not then refused.
    const line = (r: { held: number; ordered: number; refusedAfterHold: number; reserved: number; onHand: number }) =>
      `${r.held} told held + ${r.ordered} ordered straight away; ${r.refusedAfterHold} told held then refused; ${r.reserved} reserved of ${r.onHand} on hand`;
    expect(rounds.map(line)).toEqual(
      rounds.map((r) =>
        line({ held: r.held > 0 ? 1 : 0, ordered: r.held > 0 ? 0 : 1, refusedAfterHold: 0, reserved: 1, onHand: 1 }),
      ),
    );
  }, 60_000);
});

describe("placing an order twice with the same key", () => {
  /**
   * A browser that sends the order again (a double click, a retry after a timeout) while the
   * first request is committing. Calls start at staggered moments so that some of them read the
   * key just before the first call commits and the cart just after it.
   */
  async function sameKeyRounds(payment: PaymentInput) {
    const rounds = [];
    for (let round = 0; round < ROUNDS; round++) {
      await setStock(t.db, scarceId, madrid, 100);
      const guest = await guestWith(scarceId, 1);
      const input = pickupAtMadrid(payment);
      // The first call, then a repeat about every millisecond while it is in flight and just after.
      const calls = [settle(placeOrder(t.db, guest, input, payments))];
      while (calls.length < CALLS_PER_KEY) {
        await sleep(1);
        calls.push(settle(placeOrder(t.db, guest, input, payments)));
      }
      const results = await Promise.all(calls);
      const numbers = new Set(results.flatMap((r) => (r.status === "fulfilled" ? [r.value.orderNumber] : [])));
      const errors = results.flatMap((r) =>
        r.status === "rejected" ? [(r.reason as { code?: string }).code ?? String(r.reason)] : [],
      );
      const [orders] = await t.db.select({ n: count() }).from(order).where(eq(order.guestId, guest.id));
      rounds.push(
        `${orders?.n ?? 0} order(s); ${calls.length - errors.length} of ${calls.length} calls answered with ${numbers.size} order number(s); refused: ${errors.join(", ") || "none"}`,
      );
    }
    return rounds;
  }

  it("the same key always returns the first order, paying at pickup", async () => {
    const rounds = await sameKeyRounds({ method: "pay_at_pickup" });
    expect(rounds).toEqual(
      rounds.map(
        () => `1 order(s); ${CALLS_PER_KEY} of ${CALLS_PER_KEY} calls answered with 1 order number(s); refused: none`,
      ),
    );
  }, 60_000);

  it("the same key always returns the first order, paying by card", async () => {
    const rounds = await sameKeyRounds({ method: "card", card: goodCard });
    expect(rounds).toEqual(
      rounds.map(
        () => `1 order(s); ${CALLS_PER_KEY} of ${CALLS_PER_KEY} calls answered with 1 order number(s); refused: none`,
      ),
    );
  }, 60_000);
});
