import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/db/seed/fixtures";
import { addItem, getCart } from "@/server/domain/cart/cart";
import { placeOrder } from "@/server/domain/checkout/checkout";
import { recentSearches, recordInteraction } from "@/server/domain/history/interactions";
import { listOrders } from "@/server/domain/orders/orders";
import { createTestPaymentProvider } from "@/server/domain/payments/test-provider";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { sessionUserFor } from "@/server/test/session-user";
import { locationId, newGuest, otherVariants, setStock } from "@/server/test/shop";
import type { Shopper } from "./shopper";
import { adoptGuestSession } from "./sign-in";

let t: TestDatabase;
let madrid: string;
let variantId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  madrid = await locationId(t.db, "madrid");
  variantId = (await otherVariants(t.db, 1))[0]!.id;
  await setStock(t.db, variantId, madrid, 100);
});
afterAll(() => t.close());

async function guestOrder(guest: Shopper, email: string) {
  await addItem(t.db, guest, variantId, 1);
  const placed = await placeOrder(
    t.db,
    guest,
    {
      idempotencyKey: randomUUID(),
      contact: { email, name: "Someone" },
      fulfilment: { type: "pickup", locationId: madrid },
      payment: { method: "pay_at_pickup" },
    },
    createTestPaymentProvider(),
  );
  return placed.orderNumber;
}

describe("signing in on a browser that shopped as a guest", () => {
  it("brings along only the guest's orders placed with the account's email; someone else's stay out of the account", async () => {
    const ben = await sessionUserFor(t.db, DEMO_ACCOUNTS.customerNoStore);
    const guest = newGuest();
    // On a shared browser: Ben's own order (typed in capitals), and an earlier visitor's.
    const his = await guestOrder(guest, ben.email.toUpperCase());
    const theirs = await guestOrder(guest, "earlier.visitor@example.com");
    await recordInteraction(t.db, guest, "web", "search", { query: "raincoat", resultCount: 2 });
    await addItem(t.db, guest, variantId, 2);

    await adoptGuestSession(t.db, ben.id, { guestId: guest.id, storeId: null });

    const account = { kind: "customer" as const, id: ben.id };
    const numbers = (await listOrders(t.db, account)).map((o) => o.number);
    expect(numbers).toContain(his);
    expect(numbers).not.toContain(theirs);
    // The other order stays the guest's (whose cookie signing in clears), with its contact.
    expect((await listOrders(t.db, guest)).map((o) => o.number)).toContain(theirs);
    // The cart and the history still join the account, as before.
    expect((await getCart(t.db, account)).lines.find((l) => l.variantId === variantId)?.quantity).toBe(2);
    expect((await recentSearches(t.db, account)).map((s) => s.query)).toContain("raincoat");
  });
});
