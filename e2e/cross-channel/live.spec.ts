import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../db/seed/fixtures";
import { signIn } from "../support/sign-in";

// Changes made in one browser show in another without a reload. Items no other spec counts.
test.skip(({ isMobile }) => isMobile, "each test drives a phone and a laptop itself");

const get = (path: string, input: unknown) =>
  `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

async function variantOf(request: APIRequestContext, slug: string, colour: string) {
  const res = await request.get(get("catalog.product", { slug }));
  const product = (await res.json()).result.data.json as { variants: { id: string; colour: string }[] };
  return product.variants.find((v) => v.colour === colour)!.id;
}

async function madridId(request: APIRequestContext) {
  const res = await request.get(get("locations.list", {}));
  return ((await res.json()).result.data.json as { id: string; name: string }[]).find(
    (l) => l.name === "Mostrador Madrid",
  )!.id;
}

/** Another shopper buying through the API, from their own cookie jar. */
async function buyAtMadrid(request: APIRequestContext, variantId: string) {
  const post = (path: string, input: unknown) => request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect((await post("cart.addItem", { variantId, quantity: 1 })).status()).toBe(200);
  const placed = await post("checkout.placeOrder", {
    idempotencyKey: randomUUID(),
    contact: { email: "rival@example.com", name: "Rival" },
    fulfilment: { type: "pickup", locationId: await madridId(request) },
    payment: { method: "pay_at_pickup" },
  });
  expect(placed.status()).toBe(200);
}

test("a product page's stock drops the moment someone else buys", async ({ page, playwright, baseURL }) => {
  await page.goto("/p/ribbed-beanie?colour=Rust");
  const availability = page.locator("section[aria-labelledby='availability-heading']");
  await expect(availability).toContainText("Only 3 left at Mostrador Madrid");

  const rival = await playwright.request.newContext({ baseURL });
  await buyAtMadrid(rival, await variantOf(rival, "ribbed-beanie", "Rust"));
  await expect(availability).toContainText("Only 2 left at Mostrador Madrid");
  await rival.dispose();
});

test("a cart changed on the laptop changes on the phone, and a new order appears in the account, without reloads", async ({
  browser,
  baseURL,
}) => {
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    baseURL,
  });
  const laptop = await browser.newContext({ viewport: { width: 1440, height: 900 }, baseURL });
  const onPhone = await phone.newPage();
  const onLaptop = await laptop.newPage();
  await signIn(onPhone, DEMO_ACCOUNTS.customer, "/cart");
  await signIn(onLaptop, DEMO_ACCOUNTS.customer, "/account");

  await expect(onPhone.getByRole("heading", { name: "Your cart is empty" })).toBeVisible();
  await onLaptop.goto("/p/wool-baseball-cap");
  await onLaptop.getByRole("button", { name: "Add to cart" }).click();
  await expect(onLaptop.getByRole("link", { name: "Cart, 1 item" })).toBeVisible();

  // The phone's open cart page and header follow, with no reload.
  await expect(onPhone.getByRole("link", { name: "Wool Baseball Cap" }).first()).toBeVisible();
  await expect(onPhone.getByRole("link", { name: "Cart, 1 item" })).toBeVisible();

  // The laptop watches the account while the phone places the order.
  await onLaptop.goto("/account");
  await expect(onLaptop.getByText("No orders yet", { exact: false })).toBeVisible();
  await onPhone.getByRole("link", { name: "Checkout" }).click();
  const collect = onPhone.getByRole("radio", { name: /Click & collect/ });
  await onPhone.locator("label").filter({ has: collect }).click();
  const store = onPhone.getByRole("radio", { name: /Mostrador Madrid/ });
  await onPhone.locator("label").filter({ has: store }).click();
  const payAtPickup = onPhone.getByRole("radio", { name: /Pay at pickup/ });
  await onPhone.locator("label").filter({ has: payAtPickup }).click();
  await onPhone.getByRole("button", { name: /Place order/ }).click();
  await expect(onPhone).toHaveURL(/\/orders\/MAD-\d+/);
  const orderNumber = /\/orders\/(MAD-\d+)/.exec(onPhone.url())![1]!;
  await expect(onPhone.getByText("Live")).toBeVisible();

  await expect(onLaptop.getByRole("link", { name: new RegExp(orderNumber) }).first()).toBeVisible();
  await expect(onLaptop.getByRole("link", { name: "Cart, empty" })).toBeVisible();
  await phone.close();
  await laptop.close();
});

test("the customer's open order page follows the store as it picks and readies the order", async ({
  browser,
  baseURL,
}) => {
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    baseURL,
  });
  const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 }, baseURL });
  const onPhone = await phone.newPage();
  const onTablet = await tablet.newPage();

  // A guest orders a beanie for pickup in Madrid and keeps the order page open.
  await onPhone.goto("/");
  const variantId = await variantOf(onPhone.request, "ribbed-beanie", "Mustard");
  const post = (path: string, input: unknown) => onPhone.request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect((await post("cart.addItem", { variantId, quantity: 1 })).status()).toBe(200);
  const placed = await post("checkout.placeOrder", {
    idempotencyKey: randomUUID(),
    contact: { email: "sara@example.com", name: "Sara" },
    fulfilment: { type: "pickup", locationId: await madridId(onPhone.request) },
    payment: { method: "pay_at_pickup" },
  });
  const { orderNumber } = (await placed.json()).result.data.json as { orderNumber: string };
  await onPhone.goto(`/orders/${orderNumber}`);
  await expect(onPhone.getByText("Live")).toBeVisible();

  // The Madrid store picks it and marks it ready.
  await signIn(onTablet, DEMO_ACCOUNTS.staffMadrid, "/account");
  const staff = (path: string) => onTablet.request.post(`/api/trpc/${path}`, { data: { json: { orderNumber } } });
  expect((await staff("pickup.startPicking")).status()).toBe(200);
  await expect(onPhone.getByText("Being picked").first()).toBeVisible();
  // Ready needs every line picked: "Confirm all" picks them in one go.
  expect((await staff("pickup.pickAll")).status()).toBe(200);
  expect((await staff("pickup.markReady")).status()).toBe(200);
  await expect(onPhone.getByText("Ready to collect").first()).toBeVisible();
  await phone.close();
  await tablet.close();
});

test("a new price shows on an open product page and in an open cart, without a reload", async ({
  browser,
  baseURL,
}) => {
  const shopper = await browser.newContext({ viewport: { width: 1440, height: 900 }, baseURL });
  const studio = await browser.newContext({ viewport: { width: 1440, height: 900 }, baseURL });
  const productPage = await shopper.newPage();
  const cartPage = await shopper.newPage();
  const onStudio = await studio.newPage();

  const res = await productPage.request.get(get("catalog.product", { slug: "leather-card-holder" }));
  const variant = (
    (await res.json()).result.data.json as {
      variants: { id: string; colour: string; price: { amountMinor: number } }[];
    }
  ).variants[0]!;
  const newPrice = variant.price.amountMinor - 500;
  const shown = formatMoney(newPrice);
  expect(
    (
      await productPage.request.post("/api/trpc/cart.addItem", {
        data: { json: { variantId: variant.id, quantity: 1 } },
      })
    ).status(),
  ).toBe(200);
  await productPage.goto(`/p/leather-card-holder?colour=${encodeURIComponent(variant.colour)}`);
  await cartPage.goto("/cart");
  await expect(cartPage.getByRole("link", { name: "Leather Card Holder" }).first()).toBeVisible();
  await cartPage.bringToFront();
  await productPage.bringToFront();

  await signIn(onStudio, DEMO_ACCOUNTS.marketer, "/account");
  const changed = await onStudio.request.post("/api/trpc/studio.setPrice", {
    data: { json: { variantId: variant.id, amountMinor: newPrice } },
  });
  expect(changed.status()).toBe(200);

  await expect(productPage.locator("main").getByText(shown).first()).toBeVisible();
  await expect(cartPage.getByText(/Price dropped/)).toBeVisible();
  await shopper.close();
  await studio.close();
});

function formatMoney(amountMinor: number) {
  return new Intl.NumberFormat("es-ES", { style: "currency", currency: "EUR" }).format(amountMinor / 100);
}
