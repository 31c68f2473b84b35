import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cart, interaction, user, variant } from "@/db/schema";
import { DEMO_ACCOUNTS, FIXTURE_LOW_STOCK_SKU, FIXTURE_PRODUCT } from "@/db/seed/fixtures";
import { getProduct } from "@/server/domain/catalog/product";
import { adoptGuestSession } from "@/server/domain/customers/sign-in";
import { holdForCheckout } from "@/server/domain/checkout/checkout";
import { recordInteraction } from "@/server/domain/history/interactions";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { failureOf, locationId, newGuest, otherVariants, setStock, variantBySku } from "@/server/test/shop";
import { addItem, getCart, removeItem, setQuantity } from "./cart";

let t: TestDatabase;
let scarce: Awaited<ReturnType<typeof variantBySku>>;
let where: Record<"madrid" | "barcelona" | "valencia" | "warehouse", string>;

beforeAll(async () => {
  t = await createTestDatabase();
  scarce = await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU);
  where = {
    madrid: await locationId(t.db, "madrid"),
    barcelona: await locationId(t.db, "barcelona"),
    valencia: await locationId(t.db, "valencia"),
    warehouse: await locationId(t.db, "warehouse"),
  };
});
afterAll(() => t.close());

/** The scarce variant: at most 3 at any one place (Madrid 1, Valencia 3, elsewhere none). */
beforeEach(async () => {
  await setStock(t.db, scarce.id, where.madrid, 1);
  await setStock(t.db, scarce.id, where.barcelona, 0);
  await setStock(t.db, scarce.id, where.valencia, 3);
  await setStock(t.db, scarce.id, where.warehouse, 0);
});

async function customerId(email: string) {
  const [row] = await t.db.select({ id: user.id }).from(user).where(eq(user.email, email));
  return row!.id;
}

describe("the cart", () => {
  it("adds, sums, changes and removes lines, counting units", async () => {
    const guest = newGuest();
    expect((await getCart(t.db, guest)).lines).toEqual([]);
    await addItem(t.db, guest, scarce.id, 1);
    await addItem(t.db, guest, scarce.id, 1);
    let view = await getCart(t.db, guest);
    expect(view.lines).toHaveLength(1);
    expect(view.count).toBe(2);
    expect(view.subtotal.amountMinor).toBe(scarce.priceMinor * 2);
    expect(view.lines[0]).toMatchObject({ sku: FIXTURE_LOW_STOCK_SKU, maxAvailable: 3, purchasable: true });

    await setQuantity(t.db, guest, scarce.id, 3);
    expect((await getCart(t.db, guest)).count).toBe(3);
    await setQuantity(t.db, guest, scarce.id, 0);
    expect((await getCart(t.db, guest)).lines).toEqual([]);

    await addItem(t.db, guest, scarce.id, 1);
    await removeItem(t.db, guest, scarce.id);
    view = await getCart(t.db, guest);
    expect(view.count).toBe(0);
  });

  it("refuses more than any one location can supply, saying how many there are", async () => {
    const guest = newGuest();
    const tooMany = await failureOf(addItem(t.db, guest, scarce.id, 4));
    expect(tooMany).toMatchObject({ code: "OUT_OF_STOCK", details: { available: 3 } });
    expect(tooMany.message).toMatch(/Only 3 of Merino Wool Jumper \(Navy, M\) available/);

    await addItem(t.db, guest, scarce.id, 3);
    const more = await failureOf(addItem(t.db, guest, scarce.id, 1));
    expect(more.message).toMatch(/already have all 3/);
    expect(await failureOf(setQuantity(t.db, guest, scarce.id, 4))).toMatchObject({ code: "OUT_OF_STOCK" });
    expect((await getCart(t.db, guest)).count).toBe(3);
  });

  it("refuses sold-out, unknown and unpublished items", async () => {
    await setStock(t.db, scarce.id, where.valencia, 0);
    await setStock(t.db, scarce.id, where.madrid, 0);
    expect((await failureOf(addItem(t.db, newGuest(), scarce.id, 1))).message).toMatch(/sold out/);
    expect(await failureOf(addItem(t.db, newGuest(), "00000000-0000-4000-8000-000000000000", 1))).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("shows today's price, and says when it changed since the item was added", async () => {
    const guest = newGuest();
    const [item] = await otherVariants(t.db, 1, [scarce.id]);
    await addItem(t.db, guest, item!.id, 2);
    expect((await getCart(t.db, guest)).lines[0]).toMatchObject({ priceChange: null, previousPrice: null });

    await t.db
      .update(variant)
      .set({ priceMinor: item!.priceMinor - 1000 })
      .where(eq(variant.id, item!.id));
    let line = (await getCart(t.db, guest)).lines[0]!;
    expect(line.priceChange).toBe("down");
    expect(line.previousPrice?.amountMinor).toBe(item!.priceMinor);
    expect(line.unitPrice.amountMinor).toBe(item!.priceMinor - 1000);
    expect(line.lineTotal.amountMinor).toBe((item!.priceMinor - 1000) * 2);

    await t.db
      .update(variant)
      .set({ priceMinor: item!.priceMinor + 500 })
      .where(eq(variant.id, item!.id));
    line = (await getCart(t.db, guest)).lines[0]!;
    expect(line.priceChange).toBe("up");
    await t.db.update(variant).set({ priceMinor: item!.priceMinor }).where(eq(variant.id, item!.id));
    expect((await getCart(t.db, guest)).lines[0]!.priceChange).toBe(null);
  });

  it("counts other carts' checkout holds against availability everywhere, until they expire", async () => {
    const payer = newGuest();
    await addItem(t.db, payer, scarce.id, 3);
    const held = await holdForCheckout(t.db, payer, { type: "pickup", locationId: where.valencia }, 15);
    expect(held.held).toBe(true);

    const product = await getProduct(t.db, FIXTURE_PRODUCT.slug);
    const availability = product.variants.find((v) => v.id === scarce.id)!.availability;
    expect(availability.find((a) => a.locationId === where.valencia)?.available).toBe(0);
    // The payer's own hold does not count against them.
    expect((await getCart(t.db, payer)).lines[0]).toMatchObject({ purchasable: true, maxAvailable: 3 });
    // Someone else can now have only Madrid's single unit.
    expect(await failureOf(addItem(t.db, newGuest(), scarce.id, 2))).toMatchObject({ code: "OUT_OF_STOCK" });

    // An expired hold stops counting by itself.
    await holdForCheckout(t.db, payer, { type: "pickup", locationId: where.valencia }, 15, {
      now: new Date(Date.now() - 16 * 60_000),
    });
    await addItem(t.db, newGuest(), scarce.id, 3);
  });
});

describe("merging a guest cart on sign-in", () => {
  it("adds quantities of the same item, caps them at what can be supplied, and says so", async () => {
    const ben = await customerId(DEMO_ACCOUNTS.customerNoStore);
    const [other] = await otherVariants(t.db, 1, [scarce.id]);
    await addItem(t.db, { kind: "customer", id: ben }, scarce.id, 2);
    const guest = newGuest();
    await addItem(t.db, guest, scarce.id, 2);
    await addItem(t.db, guest, other!.id, 1);

    const { notices } = await adoptGuestSession(t.db, ben, { guestId: guest.id, storeId: null });
    expect(notices).toEqual(["Merino Wool Jumper (Navy, M): we could add only 1 of 2, all we can supply."]);

    const merged = await getCart(t.db, { kind: "customer", id: ben });
    expect(merged.lines.find((l) => l.variantId === scarce.id)?.quantity).toBe(3);
    expect(merged.lines.find((l) => l.variantId === other!.id)?.quantity).toBe(1);
    expect(merged.notices).toEqual(notices);
    // The guest cart is spent: signing in again on that browser merges nothing twice.
    expect((await getCart(t.db, guest)).lines).toEqual([]);
    await adoptGuestSession(t.db, ben, { guestId: guest.id, storeId: null });
    expect((await getCart(t.db, { kind: "customer", id: ben })).count).toBe(4);
    await t.db.delete(cart).where(eq(cart.customerId, ben));
  });

  it("leaves out sold-out items with a notice, and moves a guest cart whole into an empty account", async () => {
    const ben = await customerId(DEMO_ACCOUNTS.customerNoStore);
    const guest = newGuest();
    await addItem(t.db, guest, scarce.id, 1);
    const [other] = await otherVariants(t.db, 1, [scarce.id]);
    await addItem(t.db, guest, other!.id, 2);
    for (const at of Object.values(where)) await setStock(t.db, scarce.id, at, 0);

    const { notices } = await adoptGuestSession(t.db, ben, { guestId: guest.id, storeId: null });
    expect(notices).toEqual(["Merino Wool Jumper (Navy, M) is sold out, so we couldn’t add it."]);
    const merged = await getCart(t.db, { kind: "customer", id: ben });
    expect(merged.lines.map((l) => [l.variantId, l.quantity])).toEqual([[other!.id, 2]]);
    await t.db.delete(cart).where(eq(cart.customerId, ben));
  });

  it("gives the account the guest's history and chosen store, and keeps the profile's store when it has one", async () => {
    const ben = await customerId(DEMO_ACCOUNTS.customerNoStore);
    const ana = await customerId(DEMO_ACCOUNTS.customer);
    const guest = newGuest();
    await recordInteraction(t.db, guest, "web", "search", { query: "merino", resultCount: 3 });

    await adoptGuestSession(t.db, ben, { guestId: guest.id, storeId: where.barcelona });
    const history = await t.db.select().from(interaction).where(eq(interaction.customerId, ben));
    expect(history.map((h) => h.payload)).toContainEqual({ query: "merino", resultCount: 3 });
    const [profile] = await t.db.select({ store: user.preferredLocationId }).from(user).where(eq(user.id, ben));
    expect(profile?.store).toBe(where.barcelona);

    const [before] = await t.db.select({ store: user.preferredLocationId }).from(user).where(eq(user.id, ana));
    await adoptGuestSession(t.db, ana, { guestId: newGuest().id, storeId: where.valencia });
    const [after] = await t.db.select({ store: user.preferredLocationId }).from(user).where(eq(user.id, ana));
    expect(after?.store).toBe(before?.store);
    await t.db.update(user).set({ preferredLocationId: null }).where(eq(user.id, ben));
  });
});
