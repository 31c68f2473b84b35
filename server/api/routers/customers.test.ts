import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { CONSOLE_STORE_COOKIE } from "@/server/api/trpc";
import { callerFor, sessionUserFor, trpcCodeOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { locationId, setStock, variantBySku } from "@/server/test/shop";

let t: TestDatabase;
let orderNumber: string;
let pickupCode: string;
let variantId: string;
let barcelona: string;
beforeAll(async () => {
  t = await createTestDatabase();
  const madrid = await locationId(t.db, "madrid");
  variantId = (await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU)).id;
  await setStock(t.db, variantId, madrid, 5);
  const ana = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.customer)).api;
  await ana.cart.addItem({ variantId, quantity: 1 });
  barcelona = await locationId(t.db, "barcelona");
  ({ orderNumber, pickupCode } = (await ana.checkout.placeOrder({
    idempotencyKey: randomUUID(),
    fulfilment: { type: "pickup", locationId: madrid },
    payment: { method: "pay_at_pickup" },
  })) as {
    orderNumber: string;
    pickupCode: string;
  });
  await ana.cart.addItem({ variantId, quantity: 2 });
  await ana.account.setAnalyticsConsent({ allowed: true });
  await ana.history.recordSearch({ query: "merino", resultCount: 3 });
});
afterAll(() => t.close());

describe("customer lookup at the counter", () => {
  it("finds a customer by name, email, phone digits or order number, and never staff accounts", async () => {
    const staff = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.staffBarcelona)).api;
    const emails = async (query: string) => (await staff.customers.find({ query })).map((c) => c.email);
    expect(await emails("ana gar")).toContain(DEMO_ACCOUNTS.customer);
    // Accents never matter at the counter: García from "garcia", and from "GARCÍA".
    expect(await emails("garcia")).toEqual([DEMO_ACCOUNTS.customer]);
    expect(await emails("GARCÍA")).toEqual([DEMO_ACCOUNTS.customer]);
    expect(await emails("ANA@MOSTRADOR")).toEqual([DEMO_ACCOUNTS.customer]);
    expect(await emails("612 345 678")).toContain(DEMO_ACCOUNTS.customer);
    expect(await emails(orderNumber.toLowerCase())).toEqual([DEMO_ACCOUNTS.customer]);
    expect(await emails("staff.madrid")).toEqual([]);
    expect(await emails("100%_")).toEqual([]);
  });

  it("shows one customer's cart, orders from every channel, searches and store", async () => {
    const staff = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid)).api;
    const [ana] = await staff.customers.find({ query: DEMO_ACCOUNTS.customer });
    const view = await staff.customers.get({ customerId: ana!.id });
    expect(view.profile).toMatchObject({ email: DEMO_ACCOUNTS.customer, preferredStore: { name: "Mostrador Madrid" } });
    expect(view.cart.lines.map((l) => [l.variantId, l.quantity])).toEqual([[variantId, 2]]);
    expect(view.orders.map((o) => o.number)).toContain(orderNumber);
    expect(view.recentSearches.map((s) => s.query)).toContain("merino");
  });

  it("shows a pickup code only to the staff of the store holding the order (an admin: the store they act for)", async () => {
    const ana = await sessionUserFor(t.db, DEMO_ACCOUNTS.customer);
    const codeSeen = async (caller: ReturnType<typeof callerFor>) =>
      (await caller.api.customers.get({ customerId: ana.id })).orders.find((o) => o.number === orderNumber)?.pickupCode;
    expect(await codeSeen(callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid)))).toBe(pickupCode);
    expect(await codeSeen(callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.staffBarcelona)))).toBeNull();
    const admin = await sessionUserFor(t.db, DEMO_ACCOUNTS.admin);
    expect(await codeSeen(callerFor(t, admin, { [CONSOLE_STORE_COOKIE]: barcelona }))).toBeNull();
    expect(await codeSeen(callerFor(t, admin, { [CONSOLE_STORE_COOKIE]: await locationId(t.db, "madrid") }))).toBe(
      pickupCode,
    );
    // The customer still sees it on their own order.
    expect((await callerFor(t, ana).api.orders.get({ number: orderNumber })).pickupCode).toBe(pickupCode);
  });

  it("is for staff only, and a staff account is not a customer", async () => {
    const ana = await sessionUserFor(t.db, DEMO_ACCOUNTS.customer);
    expect(await trpcCodeOf(callerFor(t, ana).api.customers.find({ query: "ana" }))).toBe("FORBIDDEN");
    expect(await trpcCodeOf(callerFor(t).api.customers.get({ customerId: ana.id }))).toBe("UNAUTHORIZED");
    const staff = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid));
    const staffMember = await sessionUserFor(t.db, DEMO_ACCOUNTS.staffBarcelona);
    expect(await trpcCodeOf(staff.api.customers.get({ customerId: staffMember.id }))).toBe("NOT_FOUND");
    expect(await trpcCodeOf(staff.api.customers.find({ query: "a" }))).toBe("BAD_REQUEST");
  });
});
