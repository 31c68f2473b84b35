import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { category, changeLog, order, orderLine, priceList, variantPriceHistory } from "@/db/schema";
import { DEMO_ACCOUNTS } from "@/db/seed/fixtures";
import { queryRows } from "@/db/client";
import { addItem, getCart } from "@/server/domain/cart/cart";
import { placeOrder } from "@/server/domain/checkout/checkout";
import { getProduct } from "@/server/domain/catalog/product";
import { findItem } from "@/server/domain/pos/find-item";
import { sellAtCounter } from "@/server/domain/pos/sale";
import { createTestPaymentProvider } from "@/server/domain/payments/test-provider";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { sessionUserFor } from "@/server/test/session-user";
import { failureOf, locationId, newGuest, setStock } from "@/server/test/shop";
import { createProduct } from "./editor";
import { productHistory } from "./history";
import { studioProductCreateInput } from "./inputs";
import { pricesPreviewInput, pricesScheduleInput, type PricesScheduleInput } from "./inputs-prices";
import { cancelPriceList, getPriceList, listPriceLists, schedulePriceList } from "./price-lists";
import { previewPriceList } from "./price-preview";
import { changePrice } from "./pricing";
import { setPublication } from "./publishing";

let t: TestDatabase;
let knitwear: string;
let madrid: string;
let marta: { id: string; name: string };

const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);

/** A product on both channels with one variant at `priceMinor`, its price history `days` old. */
async function item(priceMinor: number, days = 60) {
  const made = await createProduct(
    t.db,
    marta,
    studioProductCreateInput.parse({
      name: `Test Jumper ${randomUUID().slice(0, 8)}`,
      categoryId: knitwear,
      variants: [{ colour: "Navy", colourHex: "#1F2A44", size: "M", priceMinor }],
    }),
  );
  for (const channel of ["web", "store"] as const)
    await setPublication(t.db, marta, { productId: made.id, channel, from: new Date(Date.now() - 1000) });
  const v = made.variants[0]!;
  await setStock(t.db, v.id, madrid, 10);
  await backdate(v.id, days);
  return { productId: made.id, slug: made.slug, variantId: v.id };
}

/** Moves a variant's whole price history back, as if the price had been set that long ago. */
async function backdate(variantId: string, days: number) {
  await t.db.execute(
    sql`update variant_price_history set at = at - make_interval(days => ${days}) where variant_id = ${variantId}`,
  );
}

/** A base price that was in force from `daysAgo` (recorded as the trigger would have). */
async function pastPrice(variantId: string, daysAgo: number, priceMinor: number) {
  await t.db.insert(variantPriceHistory).values({ variantId, at: inDays(-daysAgo), priceMinor });
}

async function priceNow(variantId: string, channel: "web" | "store") {
  const [row] = await queryRows<{ price: number; was: number | null }>(
    t.db,
    sql`select channel_price(${variantId}, ${channel}, now()) as price, was_price(${variantId}, ${channel}, now()) as was`,
  );
  return row!;
}

const schedule = (input: PricesScheduleInput) => schedulePriceList(t.db, marta, pricesScheduleInput.parse(input));
const saleNow = (variantId: string, amountMinor: number, channels: ("web" | "store")[] = ["web"]) =>
  schedule({
    name: "Rebajas",
    startsAt: inDays(-1),
    endsAt: inDays(7),
    channels,
    prices: [{ variantId, amountMinor }],
  });

beforeAll(async () => {
  t = await createTestDatabase();
  const cats = await t.db.select({ id: category.id, slug: category.slug }).from(category);
  knitwear = cats.find((c) => c.slug === "knitwear")!.id;
  madrid = await locationId(t.db, "madrid");
  const user = await sessionUserFor(t.db, DEMO_ACCOUNTS.marketer);
  marta = { id: user.id, name: user.name };
});
afterAll(() => t.close());

describe("the price history", () => {
  it("records every change of a variant's base price, whoever writes it", async () => {
    const { variantId } = await item(5000, 0);
    await changePrice(t.db, variantId, { amountMinor: 5500 });
    await t.db.execute(sql`update variant set price_minor = 5900 where id = ${variantId}`);
    await t.db.execute(sql`update variant set sku = sku where id = ${variantId}`);
    const rows = await t.db
      .select({ price: variantPriceHistory.priceMinor })
      .from(variantPriceHistory)
      .where(eq(variantPriceHistory.variantId, variantId))
      .orderBy(variantPriceHistory.id);
    expect(rows.map((r) => r.price)).toEqual([5000, 5500, 5900]);
  });
});

describe("the price on each channel", () => {
  it("is the sale's from its start, and the 'was' is the lowest of the 30 days before it", async () => {
    const { variantId, slug } = await item(5000);
    // 40 days ago 5000, 20 days ago 4500 for ten days, back to 5000: the reference is 4500.
    await pastPrice(variantId, 20, 4500);
    await pastPrice(variantId, 10, 5000);
    await saleNow(variantId, 4000);
    expect(await priceNow(variantId, "web")).toEqual({ price: 4000, was: 4500 });
    const page = await getProduct(t.db, slug);
    expect(page.variants[0]).toMatchObject({ price: { amountMinor: 4000 }, compareAt: { amountMinor: 4500 } });
    expect(page.priceChannel).toBe("web");
  });

  it("leaves the store price alone during a web-only sale", async () => {
    const { variantId, slug } = await item(6000);
    await saleNow(variantId, 4800);
    expect(await priceNow(variantId, "web")).toEqual({ price: 4800, was: 6000 });
    expect(await priceNow(variantId, "store")).toEqual({ price: 6000, was: null });
    const found = await findItem(t.db, madrid, slug.split("-").slice(0, 3).join(" "));
    expect(found.items.find((i) => i.variantId === variantId)?.price.amountMinor).toBe(6000);
  });

  it("takes the lowest when two lists overlap, and the other again when one is cancelled", async () => {
    const { variantId } = await item(5000);
    const first = await saleNow(variantId, 4500, ["web", "store"]);
    const second = await saleNow(variantId, 4200, ["web"]);
    // The deeper cut began while the first sale ran: its 30 days before include 45,00 €.
    expect(await priceNow(variantId, "web")).toEqual({ price: 4200, was: 4500 });
    expect(await priceNow(variantId, "store")).toEqual({ price: 4500, was: 5000 });
    await cancelPriceList(t.db, marta, second.id);
    expect((await priceNow(variantId, "web")).price).toBe(4500);
    await cancelPriceList(t.db, marta, first.id);
    expect(await priceNow(variantId, "web")).toEqual({ price: 5000, was: null });
    expect((await failureOf(cancelPriceList(t.db, marta, first.id))).message).toMatch(/already cancelled/);
  });

  it("shows no 'was' for a base price cut: only a price list announces a reduction", async () => {
    const { variantId } = await item(5000);
    await changePrice(t.db, variantId, { amountMinor: 4000 });
    expect(await priceNow(variantId, "web")).toEqual({ price: 4000, was: null });
  });

  it("is not in force before its start, and pages know when it starts", async () => {
    const { variantId, slug } = await item(5000);
    const startsAt = inDays(2);
    const { id } = await schedule({
      name: "Rebajas de enero",
      startsAt,
      endsAt: inDays(9),
      channels: ["web"],
      prices: [{ variantId, amountMinor: 3900 }],
    });
    expect((await priceNow(variantId, "web")).price).toBe(5000);
    const page = await getProduct(t.db, slug);
    expect(page.nextPriceChange?.getTime()).toBe(startsAt.getTime());
    expect((await listPriceLists(t.db)).find((l) => l.id === id)).toMatchObject({
      state: "scheduled",
      channels: ["web"],
      items: 1,
      createdBy: marta.name,
    });
    const list = await getPriceList(t.db, id);
    expect(list.items).toEqual([expect.objectContaining({ variantId, baseMinor: 5000, amountMinor: 3900 })]);
    expect(list.window).toMatch(/CET|CEST/);
  });
});

describe("carts, checkout and the counter", () => {
  it("charge the web price online and the store price at the counter", async () => {
    const { variantId } = await item(7000);
    const shopper = newGuest();
    await addItem(t.db, shopper, variantId, 1);
    await saleNow(variantId, 5600);
    const cart = await getCart(t.db, shopper);
    expect(cart).toMatchObject({ priceChannel: "web", subtotal: { amountMinor: 5600 } });
    expect(cart.lines[0]).toMatchObject({ unitPrice: { amountMinor: 5600 }, compareAt: { amountMinor: 7000 } });

    const placed = await placeOrder(
      t.db,
      shopper,
      {
        idempotencyKey: randomUUID(),
        contact: { email: "sale@example.com", name: "Sale Shopper" },
        fulfilment: { type: "pickup", locationId: madrid },
        payment: { method: "pay_at_pickup" },
      },
      createTestPaymentProvider(),
    );
    expect(await charged(placed.orderNumber)).toEqual({ unit: 5600, subtotal: 5600 });

    const staff = await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid);
    const sale = await sellAtCounter(
      t.db,
      { store: { id: madrid, code: "MAD", name: "Mostrador Madrid" }, staffId: staff.id },
      {
        customerId: null,
        source: { from: "basket", lines: [{ variantId, quantity: 1 }] },
        payment: { method: "cash" },
        idempotencyKey: randomUUID(),
      },
      createTestPaymentProvider(),
    );
    expect(await charged(sale.orderNumber)).toEqual({ unit: 7000, subtotal: 7000 });
  });
});

describe("the preview", () => {
  it("warns when the base price went up within 30 days, so the 'was' is below what shoppers saw", async () => {
    const { variantId } = await item(4000);
    await t.db.execute(sql`update variant set price_minor = 5000 where id = ${variantId}`);
    await backdateLatest(variantId, 5);
    const preview = await previewPriceList(
      t.db,
      pricesPreviewInput.parse({
        startsAt: new Date(),
        endsAt: inDays(7),
        channels: ["web"],
        prices: [{ variantId, amountMinor: 3500 }],
      }),
    );
    const [row] = preview.items;
    expect(row).toMatchObject({ baseMinor: 5000, newMinor: 3500, channels: [{ channel: "web", wasMinor: 4000 }] });
    expect(row!.warnings.join(" ")).toMatch(/went up to 50,00.*can only be 40,00/);
    expect(preview.warnings).toBe(1);
  });

  it("warns when a price is no reduction, and when no 'was' price would show", async () => {
    const { variantId, productId } = await item(5000);
    await pastPrice(variantId, 12, 4000);
    await pastPrice(variantId, 6, 5000);
    const preview = await previewPriceList(
      t.db,
      pricesPreviewInput.parse({
        startsAt: new Date(),
        endsAt: inDays(7),
        channels: ["web", "store"],
        rule: { percentOff: 10, productIds: [productId] },
      }),
    );
    expect(preview.items[0]).toMatchObject({ newMinor: 4500, channels: [{ wasMinor: null }, { wasMinor: null }] });
    expect(preview.items[0]!.warnings.join(" ")).toMatch(/went up to 50,00/);
    const dearer = await previewPriceList(
      t.db,
      pricesPreviewInput.parse({
        startsAt: new Date(),
        endsAt: inDays(7),
        channels: ["web"],
        prices: [{ variantId, amountMinor: 5200 }],
      }),
    );
    expect(dearer.items[0]!.warnings.join(" ")).toMatch(/Not a reduction/);
  });
});

describe("scheduling", () => {
  it("expands a rule over a category, typed prices winning, and records the change", async () => {
    const { variantId, productId } = await item(5000);
    const { id } = await schedule({
      name: "Knitwear week",
      startsAt: inDays(1),
      endsAt: inDays(8),
      channels: ["web", "store"],
      prices: [{ variantId, amountMinor: 2500 }],
      rule: { percentOff: 20, categoryId: knitwear },
    });
    const list = await getPriceList(t.db, id);
    expect(list.items.length).toBeGreaterThan(1);
    expect(list.items.find((i) => i.variantId === variantId)?.amountMinor).toBe(2500);
    for (const i of list.items.filter((x) => x.variantId !== variantId))
      expect(i.amountMinor).toBe(Math.round((i.baseMinor * 0.8) / 10) * 10);
    const summary = await t.db.select().from(changeLog).where(eq(changeLog.entityId, id));
    expect(summary.find((r) => r.field === "scheduled")).toMatchObject({ entity: "price_list", actorName: marta.name });
    const history = await productHistory(t.db, productId);
    expect(history.find((h) => h.entity === "price_list")).toMatchObject({ field: "price", before: 5000, after: 2500 });
  });

  it("refuses windows that could never be in force and items that do not exist", async () => {
    const base = { name: "Bad", channels: ["web" as const], prices: [{ variantId: randomUUID(), amountMinor: 100 }] };
    expect((await failureOf(schedule({ ...base, startsAt: inDays(2), endsAt: inDays(1) }))).message).toMatch(/after/);
    expect((await failureOf(schedule({ ...base, startsAt: inDays(-3), endsAt: inDays(-2) }))).message).toMatch(
      /future/,
    );
    expect((await failureOf(schedule({ ...base, startsAt: inDays(1), endsAt: inDays(2) }))).message).toMatch(
      /not in the catalog/,
    );
  });

  it("says a list that ended has ended", async () => {
    const [ended] = await t.db
      .insert(priceList)
      .values({ name: "Old", startsAt: inDays(-10), endsAt: inDays(-5), web: true, store: false })
      .returning({ id: priceList.id });
    expect((await listPriceLists(t.db)).find((l) => l.id === ended!.id)?.state).toBe("ended");
    expect((await failureOf(cancelPriceList(t.db, marta, ended!.id))).message).toMatch(/already ended/);
  });
});

/** What an order charged for its (one) line, and in all. */
async function charged(number: string) {
  const [row] = await t.db
    .select({ unit: orderLine.unitPriceMinor, subtotal: order.subtotalMinor })
    .from(order)
    .innerJoin(orderLine, eq(orderLine.orderId, order.id))
    .where(eq(order.number, number));
  return row;
}

/** Moves only a variant's latest history row back (a raise made that many days ago). */
async function backdateLatest(variantId: string, days: number) {
  await t.db.execute(sql`update variant_price_history set at = now() - make_interval(days => ${days})
    where id = (select max(id) from variant_price_history where variant_id = ${variantId})`);
}
