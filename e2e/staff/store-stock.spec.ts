import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../db/seed/fixtures";
import { call } from "../support/api";
import { signIn } from "../support/sign-in";

// The Madrid tablet's stock and returns screens. An item no other spec counts.
test.skip(({ isMobile }) => isMobile, "the test drives the store tablet itself");

const ITEM = { slug: "cotton-socks-3-pack", colour: "Grey Marl", size: "L", row: "Cotton Socks 3-Pack Grey Marl L" };

const get = (path: string, input: unknown) =>
  `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

async function variantId(request: APIRequestContext) {
  const res = await request.get(get("catalog.product", { slug: ITEM.slug }));
  const product = (await res.json()).result.data.json as { variants: { id: string; colour: string; size: string }[] };
  return product.variants.find((v) => v.colour === ITEM.colour && v.size === ITEM.size)!.id;
}

const onHandOf = async (page: Page) =>
  Number(await page.getByRole("row", { name: ITEM.row }).getByRole("cell").first().innerText());
const reservedOf = async (page: Page) =>
  Number(await page.getByRole("row", { name: ITEM.row }).getByRole("cell").nth(1).innerText());

test("staff receive a delivery and see the figure change; a collected order is returned at the counter", async ({
  browser,
  baseURL,
}) => {
  const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true, baseURL });
  const page = await tablet.newPage();
  await signIn(page, DEMO_ACCOUNTS.staffMadrid, "/staff/stock");

  // Find the item and receive four units.
  await page.getByLabel(/Find an item/).fill("cotton socks grey");
  const row = page.getByRole("row", { name: ITEM.row });
  await expect(row).toBeVisible();
  const before = await onHandOf(page);
  await row.getByRole("button", { name: /^Receive/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Receive", exact: true }).click();
  await expect(dialog.getByText("Enter how many units arrived.")).toBeVisible();
  await dialog.getByLabel("Units received").fill("4");
  await dialog.getByRole("button", { name: "Delivery from the warehouse" }).click();
  await dialog.getByRole("button", { name: "Receive", exact: true }).click();
  await expect(page.getByText(`Received 4 × ${ITEM.row}`)).toBeVisible();
  await expect.poll(() => onHandOf(page)).toBe(before + 4);

  // Its history names the delivery.
  await row.getByRole("button", { name: /^History/ }).click();
  await expect(page.getByRole("dialog").getByText("Delivery from the warehouse")).toBeVisible();
  await expect(page.getByRole("dialog").getByText("+4")).toBeVisible();
  await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();

  // A shopper buys one for pickup in Madrid: the open stock screen shows it reserved, live.
  const reservedBefore = await reservedOf(page);
  const shopper = await browser.newContext({ baseURL });
  const id = await variantId(shopper.request);
  const madrid = (
    (await (await shopper.request.get(get("locations.list", {}))).json()).result.data.json as {
      id: string;
      name: string;
    }[]
  ).find((l) => l.name === "Mostrador Madrid")!.id;
  await call(shopper.request, "cart.addItem", { variantId: id, quantity: 1 });
  const placed = await call<{ orderNumber: string; pickupCode: string }>(shopper.request, "checkout.placeOrder", {
    idempotencyKey: randomUUID(),
    contact: { email: "sock.buyer@example.com", name: "Sock Buyer" },
    fulfilment: { type: "pickup", locationId: madrid },
    payment: { method: "pay_at_pickup" },
  });
  await expect.poll(() => reservedOf(page)).toBe(reservedBefore + 1);
  // The counter hands it over (through the API).
  await call(page.request, "pickup.pickAll", { orderNumber: placed.orderNumber });
  await call(page.request, "pickup.markReady", { orderNumber: placed.orderNumber });
  await call(page.request, "pickup.handover", {
    orderNumber: placed.orderNumber,
    pickupCode: placed.pickupCode,
    paidWith: "cash",
  });

  // The customer brings it back: found by number, one unit, a reason, refunded in cash.
  await page.goto(`/staff/returns?order=${placed.orderNumber}`);
  await expect(page.getByRole("heading", { name: placed.orderNumber })).toBeVisible();
  await page
    .getByRole("group", { name: /Units of Cotton Socks 3-Pack/ })
    .getByRole("button", { name: "One more" })
    .click();
  await page.getByRole("button", { name: "Doesn’t fit" }).click();
  await page.getByRole("button", { name: /^Refund 14,95/ }).click();
  await expect(page.getByRole("heading", { name: "Return recorded" })).toBeVisible();
  await expect(page.getByText("Refunded in cash", { exact: true })).toBeVisible();

  // The unit is back on Madrid's shelf.
  await page.goto("/staff/stock");
  await page.getByLabel(/Find an item/).fill("cotton socks grey");
  await expect.poll(() => onHandOf(page)).toBe(before + 4);
  await page
    .getByRole("row", { name: ITEM.row })
    .getByRole("button", { name: /^History/ })
    .click();
  await expect(page.getByRole("dialog").getByText(placed.orderNumber)).toBeVisible();
  await tablet.close();
  await shopper.close();
});
