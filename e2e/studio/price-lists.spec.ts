import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../db/seed/fixtures";
import { call, query } from "../support/api";
import { madridWallClock } from "../../lib/shop-time";
import { signIn } from "../support/sign-in";

// A marketer schedules a web-only sale in the studio; a shopper's open product page takes the
// sale price at its second and drops it at its end, without a reload, with the lowest price of
// the 30 days before struck through; the counter keeps the store price throughout.
test.skip(({ isMobile }) => isMobile, "the studio is a laptop tool: the desktop project runs it");

test("a web sale starts and ends on time on an open product page, with the 30-day 'was' price", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const name = `Sale Throw ${Date.now().toString(36)}`;
  await signIn(page, DEMO_ACCOUNTS.marketer, "/studio/catalog");
  const categories = await query<{ id: string; name: string }[]>(page.request, "studio.categories.list");
  const made = await call<{ id: string; slug: string; variants: { sku: string }[] }>(
    page.request,
    "studio.products.create",
    {
      name,
      categoryId: categories.find((c) => c.name === "Home")!.id,
      variants: [{ size: "One size", priceMinor: 4000 }],
    },
  );
  for (const channel of ["web", "store"])
    await call(page.request, "studio.publishing.set", { productId: made.id, channel, from: new Date().toISOString() });

  const shopper = await (await browser.newContext({ baseURL })).newPage();
  await shopper.goto(`/p/${made.slug}`);
  const price = shopper.getByRole("main").locator("p.tabular-nums").first();
  await expect(price).toHaveText("40,00 €");

  // The studio: from 30 s ahead until 30 s after that, web only, 25 % off the chosen product.
  const startsAt = new Date(Math.ceil((Date.now() + 30_000) / 1000) * 1000);
  const endsAt = new Date(startsAt.getTime() + 30_000);
  await page.goto("/studio/prices/new");
  await page.getByLabel("Name", { exact: true }).fill(`Rebajas de enero ${name}`);
  await page.getByLabel("From", { exact: true }).fill(madridWallClock(startsAt));
  await page.getByLabel("Until", { exact: true }).fill(madridWallClock(endsAt));
  await expect(page.getByRole("checkbox", { name: "Web", exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Stores (the counter)" })).not.toBeChecked();
  await page.getByRole("radio", { name: "Chosen products" }).check();
  await page.getByLabel("Find products").fill(name);
  await page.getByRole("button", { name: new RegExp(`^${name}`) }).click();
  await page.getByLabel("Percent", { exact: true }).fill("25");
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview).toContainText("30,00 €");
  await expect(preview).toContainText("40,00 €");
  await page.getByRole("button", { name: "Schedule price list" }).click();
  await expect(page).toHaveURL(/\/studio\/prices\/[0-9a-f-]{36}$/);
  expect(Date.now(), "the list was saved before its start").toBeLessThan(startsAt.getTime());

  // Before the start the page is as it was; at the start it shows the sale with no reload.
  await expect(price).toHaveText("40,00 €");
  await expect(price).toHaveText(/^Sale price 30,00\s€.*40,00\s€$/, { timeout: 45_000 });
  expect(Date.now()).toBeGreaterThanOrEqual(startsAt.getTime());
  await expect(price.locator("s")).toHaveText("40,00 €");

  // A web-only sale: the counter sells at the store price meanwhile.
  const counter = await (await browser.newContext({ baseURL, viewport: { width: 1024, height: 768 } })).newPage();
  await signIn(counter, DEMO_ACCOUNTS.staffMadrid, "/staff/sell");
  await counter.getByLabel("Scan or type a SKU, barcode or name").fill(made.variants[0]!.sku);
  await expect(counter.getByRole("listitem").filter({ hasText: made.variants[0]!.sku })).toContainText("40,00 €");

  // At the end the sale goes, again with no reload.
  await expect(price).toHaveText("40,00 €", { timeout: 45_000 });
  expect(Date.now()).toBeGreaterThanOrEqual(endsAt.getTime());
  await expect(price.locator("s")).toHaveCount(0);
});
