import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../db/seed/fixtures";
import { call, query } from "../support/api";
import { signIn } from "../support/sign-in";

// A web order and a counter sale reach the studio's sales figures within a minute (the rollup
// runs every minute), without a reload: the page asks again each minute.
test.skip(({ isMobile }) => isMobile, "the studio is a laptop tool: the desktop project runs it");

type Product = { variants: { id: string; availability: { locationId: string; available: number }[] }[] };

test("a web order and a counter sale appear in the sales figures within a minute", async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO_ACCOUNTS.marketer, "/studio/insights");
  await expect(page.getByRole("heading", { level: 1, name: "Insights" })).toBeVisible();
  await expect(page.getByText(/^Figures as of /)).toBeVisible();
  const orders = page.getByRole("region", { name: "Totals" }).getByText("Orders", { exact: true }).locator("..");
  const count = async () => Number((await orders.locator("p.text-2xl").textContent())!.replace(/\D/g, ""));
  const before = await count();

  // A guest orders on the web for pickup in Madrid; Madrid's staff sell one at the counter.
  const guest = await playwright.request.newContext({ baseURL });
  const madrid = (await query<{ id: string; name: string }[]>(guest, "locations.list", {})).find(
    (l) => l.name === "Mostrador Madrid",
  )!.id;
  const product = await query<Product>(guest, "catalog.product", { slug: "canvas-tote-bag" });
  const [first, second] = product.variants.filter((v) =>
    v.availability.some((a) => a.locationId === madrid && a.available > 1),
  );
  await call(guest, "cart.addItem", { variantId: first!.id, quantity: 1 });
  await call(guest, "checkout.placeOrder", {
    idempotencyKey: randomUUID(),
    contact: { email: "insights.guest@example.com", name: "Irene Insights" },
    fulfilment: { type: "pickup", locationId: madrid },
    payment: { method: "pay_at_pickup" },
  });
  const staff = await (await page.context().browser()!.newContext({ baseURL })).newPage();
  await signIn(staff, DEMO_ACCOUNTS.staffMadrid, "/staff/sell");
  await call(staff.request, "pos.sell", {
    customerId: null,
    source: { from: "basket", lines: [{ variantId: (second ?? first)!.id, quantity: 1 }] },
    payment: { method: "cash" },
    idempotencyKey: randomUUID(),
  });

  // Within a minute and a bit, with no reload: two more orders, one of them at the counter by Madrid's staff.
  await expect
    .poll(count, {
      timeout: 150_000,
      intervals: [5_000],
    })
    .toBeGreaterThanOrEqual(before + 2);
  await expect(page.getByRole("table", { name: "At the counter, by staff member" })).toBeVisible();
  await expect(page.getByRole("table", { name: "By fulfilment" })).toContainText("At the counter");
  await expect(page.getByRole("table", { name: "By fulfilment" })).toContainText("Click-and-collect");
  // The web order is a click-and-collect order of Madrid's, open and not yet ready.
  const pickups = page.getByRole("table", { name: "Click-and-collect by store" });
  await expect(pickups.getByRole("row", { name: /Mostrador Madrid/ })).toBeVisible();
});

test("the customers and search views, one customer's journey, and a store's own pickup performance", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_ACCOUNTS.marketer, "/studio/insights");
  // Each view is named in the address, so a reload opens it again.
  await page.getByRole("button", { name: "Customers and channels" }).click();
  await expect(page).toHaveURL(/\?view=customers$/);
  await expect(page.getByRole("region", { name: "Channel mix" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Pickup attach" })).toBeVisible();
  await page.getByRole("button", { name: "Search and funnel" }).click();
  await expect(page).toHaveURL(/\?view=search$/);
  await page.reload();
  await expect(page.getByRole("button", { name: "Search and funnel" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("region", { name: "Funnel by channel and device" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Found nothing" })).toBeVisible();

  // Ana orders on the web; her journey in the studio shows it at once, her channel mix within a minute.
  const ana = await (await page.context().browser()!.newContext({ baseURL })).newPage();
  await signIn(ana, DEMO_ACCOUNTS.customer, "/account");
  const madrid = (await query<{ id: string; name: string }[]>(ana.request, "locations.list", {})).find(
    (l) => l.name === "Mostrador Madrid",
  )!.id;
  const product = await query<Product>(ana.request, "catalog.product", { slug: "canvas-tote-bag" });
  const variant = product.variants.find((v) => v.availability.some((a) => a.locationId === madrid && a.available > 1));
  await call(ana.request, "cart.addItem", { variantId: variant!.id, quantity: 1 });
  const placed = await call<{ orderNumber: string }>(ana.request, "checkout.placeOrder", {
    idempotencyKey: randomUUID(),
    fulfilment: { type: "pickup", locationId: madrid },
    payment: { method: "pay_at_pickup" },
  });
  const me = await query<{ id: string }>(ana.request, "account.me", {});
  await page.goto(`/studio/insights/customers/${me.id}`);
  await expect(page.getByRole("region", { name: "Journey" })).toContainText(placed.orderNumber);
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("region", { name: "Channel mix" })).toContainText(/Buys on the web/, {
      timeout: 1_000,
    });
  }).toPass({ timeout: 90_000, intervals: [5_000] });

  // Madrid's staff see their own store's pickups in the console.
  const staff = await (await page.context().browser()!.newContext({ baseURL })).newPage();
  await signIn(staff, DEMO_ACCOUNTS.staffMadrid, "/staff/performance");
  await expect(staff.getByRole("heading", { level: 1, name: "Pickup performance" })).toBeVisible();
  await staff.getByRole("button", { name: "30 days" }).click();
  await expect(staff.getByRole("button", { name: "30 days" })).toHaveAttribute("aria-pressed", "true");
  await expect(staff.getByRole("region", { name: "Pickup figures" })).toContainText("Ready, median");
  await expect(staff.getByText(/promise/).first()).toBeVisible();
});
