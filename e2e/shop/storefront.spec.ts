import { expect, test } from "@playwright/test";
import { FIXTURE_LOW_STOCK, FIXTURE_PRODUCT } from "../../db/seed/fixtures";

// A shopper on a phone and on a laptop: search with a typo, open the product, pick a variant,
// and see where it can be picked up.
test("a shopper finds a product by search and sees its availability per store", async ({ page }) => {
  await page.goto("/");
  const search = page.getByRole("combobox").first();
  await search.fill("merino jumpr");
  const suggestion = page.getByRole("option", { name: new RegExp(FIXTURE_PRODUCT.name) });
  await expect(suggestion).toBeVisible();
  await suggestion.click();

  await expect(page).toHaveURL(new RegExp(`/p/${FIXTURE_PRODUCT.slug}`));
  await expect(page.getByRole("heading", { level: 1, name: FIXTURE_PRODUCT.name })).toBeVisible();

  // The radios are visually hidden inside their swatch labels: a shopper taps the label.
  const pick = async (name: string) => {
    const radio = page.getByRole("radio", { name, exact: true });
    await page.locator("label").filter({ has: radio }).click();
    await expect(radio).toBeChecked();
  };
  await pick("Oatmeal");
  await pick("Navy");
  await pick("M");
  await expect(page.getByText(FIXTURE_LOW_STOCK.sku)).toBeVisible();

  const availability = page.locator("section[aria-labelledby='availability-heading']");
  await expect(availability).toContainText(`Only ${FIXTURE_LOW_STOCK.madrid} left at Mostrador Madrid`);
  await expect(availability).toContainText("Out of stock at Mostrador Barcelona");
  await expect(availability).toContainText("In stock at Mostrador Valencia");
  await expect(availability).toContainText(/available for delivery/i);
});

test("the full results page tolerates typos and the store choice is remembered", async ({ page }) => {
  await page.goto("/search?q=jumpr");
  await expect(page.getByRole("link", { name: new RegExp(FIXTURE_PRODUCT.name) }).first()).toBeVisible();

  await page.goto(`/p/${FIXTURE_PRODUCT.slug}?colour=Navy&size=M`);
  const availability = page.locator("section[aria-labelledby='availability-heading']");
  await availability.getByRole("button", { name: "Set Mostrador Madrid as my store" }).click();
  await expect(availability).toContainText("pick up today");
  await page.reload();
  await expect(availability).toContainText("pick up today");
});

test("a category page filters by size and colour through the URL", async ({ page }) => {
  await page.goto(`/c/${FIXTURE_PRODUCT.categorySlug}?size=M&colour=Navy`);
  await expect(page.getByRole("link", { name: new RegExp(FIXTURE_PRODUCT.name) }).first()).toBeVisible();
  await page.goto(`/c/${FIXTURE_PRODUCT.categorySlug}?min=100000`);
  await expect(page.getByText("Nothing matches these filters")).toBeVisible();
});

test("unknown products are a friendly 404", async ({ page }) => {
  const res = await page.goto("/p/no-such-product");
  expect(res?.status()).toBe(404);
});
