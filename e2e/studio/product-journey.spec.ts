import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../db/seed/fixtures";
import { madridWallClock } from "../../lib/shop-time";
import { photo } from "../support/photo";
import { signIn } from "../support/sign-in";

// A marketer creates a product and publishes it channel by channel; the storefront and the
// counter follow the publication to the second.
test.skip(({ isMobile }) => isMobile, "the studio is a laptop tool: the desktop project runs it");

/** Madrid's wall clock `ms` from now, as a datetime-local input takes it (to the second). */
const madridInput = (ms: number) => madridWallClock(new Date(Date.now() + ms));

test("a new product goes on the web at its minute and to the counter when published to the stores", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const name = `Journey Jumper ${Date.now().toString(36)}`;
  // Two colours and three sizes make six variants.
  await signIn(page, DEMO_ACCOUNTS.marketer, "/studio/catalog/new");
  await page.getByLabel("Name (English)").fill(name);
  await page.getByLabel("Nombre (español)").fill("Jersey del viaje");
  await page.getByLabel("Category").selectOption({ label: "Knitwear" });
  await page.getByLabel("Price (€)").fill("59,90");
  for (const colour of ["Navy", "Sand"]) {
    await page.getByLabel("New colour name").fill(colour);
    await page.getByRole("button", { name: "Add colour" }).click();
  }
  await page.getByLabel("New sizes").fill("S, M, L");
  await page.getByRole("button", { name: "Add sizes" }).click();
  await expect(page.getByText("6 variants:")).toBeVisible();
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const productUrl = page.url();

  await page.getByRole("link", { name: "Variants & prices" }).click();
  const table = page.getByRole("table");
  await expect(table.getByRole("rowheader")).toHaveText([
    "Navy / S",
    "Navy / M",
    "Navy / L",
    "Sand / S",
    "Sand / M",
    "Sand / L",
  ]);
  const sku = await table.getByLabel("SKU of Navy / M").inputValue();
  const barcode = await table.getByLabel("Barcode of Navy / M").inputValue();
  expect(sku).toMatch(/^JOURNEYJUMPER.*-NAVY-M(-\d+)?$/);
  expect(barcode).toMatch(/^20\d{11}$/);

  // An image, with its alt text.
  await page.getByRole("link", { name: "Images", exact: true }).click();
  await page
    .getByLabel("Choose images")
    .setInputFiles([{ name: "navy.jpg", mimeType: "image/jpeg", buffer: await photo("jpeg", "#1f2a44") }]);
  const details = page.getByRole("form", { name: "Details of navy.jpg" });
  await details.getByLabel("Alt text").fill("Navy journey jumper, front");
  await details.getByRole("button", { name: "Add to product" }).click();
  await expect(page.getByLabel("Alt text of image 1")).toHaveValue("Navy journey jumper, front");

  // Shop and console: a draft is nowhere.
  const slug = new URL(
    (await page.getByRole("link", { name: /Preview on the storefront/ }).getAttribute("href")) ?? "",
    baseURL,
  ).pathname.split("/")[2]!;
  expect((await page.request.get(`/p/${slug}`)).status()).toBe(404);
  const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 }, baseURL });
  const counter = await tablet.newPage();
  await signIn(counter, DEMO_ACCOUNTS.staffMadrid, "/staff/sell");
  const finder = counter.getByLabel("Scan or type a SKU, barcode or name");
  await finder.fill(barcode);
  await expect(counter.getByText(/^Nothing matches/)).toBeVisible();

  // The web only, from a minute ahead (Madrid time).
  await page.goto(`${productUrl}/publishing`);
  const web = page.getByRole("form", { name: "Publish on Web" });
  await web.getByLabel("From a date and time").check();
  const opensAt = Date.now() + 60_000;
  await web.getByLabel(/On sale from \(Madrid/).fill(madridInput(60_000));
  await web.getByRole("button", { name: "Save web publishing" }).click();
  await expect(page.getByText("Web: saved")).toBeVisible();
  await expect(page.getByRole("region", { name: "Web" }).getByRole("status").first()).toContainText("From ");

  // Before its second: not found. After: the product page, in English for now.
  expect((await page.request.get(`/p/${slug}`)).status()).toBe(404);
  const shop = await browser.newPage({ baseURL });
  await expect
    .poll(async () => (await shop.request.get(`/p/${slug}`)).status(), { timeout: 90_000, intervals: [2_000] })
    .toBe(200);
  expect(Date.now()).toBeGreaterThanOrEqual(opensAt - 1_500);
  await shop.goto(`/p/${slug}`);
  await expect(shop.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(shop.getByRole("img", { name: "Navy journey jumper, front" }).first()).toBeVisible();

  // Web only: the counter still cannot find it.
  await finder.fill("");
  await finder.fill(barcode);
  await expect(counter.getByText(/^Nothing matches/)).toBeVisible();

  // Published to the stores now: the open sale screen finds it, and it can go in the basket.
  await page.getByRole("form", { name: "Publish on Stores" }).getByLabel("On sale now").check();
  await page.getByRole("button", { name: "Save stores publishing" }).click();
  await expect(page.getByText("Stores: saved")).toBeVisible();
  await finder.fill("");
  await finder.fill(barcode);
  await expect(counter.getByRole("listitem").filter({ hasText: sku })).toBeVisible();
  await tablet.close();
});

test("a renamed product's old address redirects, and a draft can be previewed by its marketer only", async ({
  page,
  browser,
  baseURL,
}) => {
  const name = `Preview Scarf ${Date.now().toString(36)}`;
  await signIn(page, DEMO_ACCOUNTS.marketer, "/studio/catalog/new");
  await page.getByLabel("Name (English)").fill(name);
  await page.getByLabel("Price (€)").fill("19,90");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  // Words in both languages, with formatting, saved and shown after a reload.
  await page.getByLabel("Nombre").fill("Bufanda de prueba");
  const description = page.getByRole("textbox", { name: "Description" });
  await description.click();
  await description.pressSequentially("Soft ");
  await page.keyboard.press("Control+b");
  await page.keyboard.type("lambswool");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  // The toast comes once the server has answered; the bar says "saved" before any edit too.
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Nombre")).toHaveValue("Bufanda de prueba");
  await expect(page.getByRole("textbox", { name: "Description" }).locator("strong")).toHaveText("lambswool");

  const oldSlug = (await page.getByLabel("Product page address").inputValue()).trim();
  const preview = await page.context().newPage();
  await preview.goto(`/p/${oldSlug}?preview=1`);
  await expect(preview.getByText("Preview.")).toBeVisible();
  await expect(preview.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(preview.getByText("lambswool")).toHaveCSS("font-weight", "600");

  // A shopper asking for the same preview gets the shop's answer: not found.
  const shopper = await browser.newPage({ baseURL });
  expect((await shopper.request.get(`/p/${oldSlug}?preview=1`)).status()).toBe(404);

  // Published and then renamed: the old address sends shoppers to the new one.
  await page.goto(`${page.url()}/publishing`);
  await page.getByRole("form", { name: "Publish on Web" }).getByLabel("On sale now").check();
  await page.getByRole("button", { name: "Save web publishing" }).click();
  await expect(page.getByText("Web: saved")).toBeVisible();
  await page.getByRole("link", { name: "Details" }).click();
  await page.getByLabel("Product page address").fill(`${oldSlug}-renamed`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("region", { name: "Address" }).getByText(`/p/${oldSlug}`, { exact: true })).toBeVisible();
  await shopper.goto(`/p/${oldSlug}`);
  await expect(shopper).toHaveURL(new RegExp(`/p/${oldSlug}-renamed$`));
  await expect(shopper.getByRole("heading", { level: 1, name })).toBeVisible();
});
