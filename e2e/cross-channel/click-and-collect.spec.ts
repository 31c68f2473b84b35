import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/fixtures";
import { submitSignIn } from "../support/sign-in";

// The click-and-collect journey across a shopper's phone and the Madrid store's tablet.
test.skip(({ isMobile }) => isMobile, "the test drives a phone and a tablet itself");

const ITEM = { slug: "ribbed-beanie", colour: "Ecru" };

async function pickRadio(page: Page, name: RegExp) {
  const radio = page.getByRole("radio", { name });
  await page.locator("label").filter({ has: radio }).click();
}

test("an order placed on the phone appears live on the store tablet, is picked, readied and handed over with its code", async ({
  browser,
  baseURL,
}) => {
  // Two devices, checkout, picking, handover and the mailbox: more than the default minute on a small CI box.
  test.setTimeout(120_000);
  const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true, baseURL });
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    baseURL,
  });
  const onTablet = await tablet.newPage();
  const onPhone = await phone.newPage();

  // Staff sign in and land on their store's console.
  await submitSignIn(onTablet, DEMO_ACCOUNTS.staffMadrid);
  await expect(onTablet).toHaveURL(/\/staff$/);
  await expect(onTablet.getByText("Mostrador Madrid").first()).toBeVisible();
  await expect(onTablet.getByText("Live", { exact: true })).toBeVisible();

  // A guest orders on the phone for pickup in Madrid, paying at the counter.
  await onPhone.goto(`/p/${ITEM.slug}?colour=${ITEM.colour}`);
  await onPhone.getByRole("button", { name: "Add to cart" }).click();
  await expect(onPhone.getByRole("link", { name: "Cart, 1 item" })).toBeVisible();
  await onPhone.goto("/checkout");
  await onPhone.getByLabel("Email").fill("marta.guest@example.com");
  await onPhone.getByLabel("Full name").fill("Marta Guest");
  await pickRadio(onPhone, /Click & collect/);
  await pickRadio(onPhone, /Mostrador Madrid/);
  await pickRadio(onPhone, /Pay at pickup/);
  await onPhone.getByRole("button", { name: /Place order/ }).click();
  await expect(onPhone).toHaveURL(/\/orders\/MAD-\d+/);
  const orderNumber = /\/orders\/(MAD-\d+)/.exec(onPhone.url())![1]!;
  const pickupCode = ((await onPhone.getByRole("img", { name: /QR code/ }).getAttribute("aria-label")) ?? "")
    .replace(/.*pickup code /, "")
    .replaceAll(" ", "");
  expect(pickupCode).toMatch(/^\d{6}$/);

  // It appears on the tablet without a reload.
  const card = onTablet.getByRole("article", { name: orderNumber });
  await expect(card).toBeVisible();
  await expect(card).toContainText("Marta Guest");
  await card.getByRole("button", { name: "Start picking" }).click();

  // The order opens for picking: the SKU on the label is typed into the scanner's field.
  await expect(onTablet).toHaveURL(new RegExp(`/staff/pickups/${orderNumber}$`));
  const line = onTablet.getByRole("listitem", { name: "Ribbed Beanie" });
  await expect(line).toContainText("Picked 0 of 1");
  const sku = /ACC-BEANIE-[A-Z]+/.exec((await line.textContent()) ?? "")![0];
  const scanner = onTablet.getByLabel("Scan or type an item");
  await scanner.fill("NOT-IN-THIS-ORDER");
  await scanner.press("Enter");
  await expect(onTablet.getByText(/isn’t in this order/)).toBeVisible();
  await scanner.fill(sku.toLowerCase());
  await onTablet.getByRole("button", { name: "Pick", exact: true }).click();
  await expect(line).toContainText("Picked 1 of 1");
  await onTablet.getByRole("button", { name: "Mark ready" }).click();
  await expect(onTablet).toHaveURL(/\/staff$/);

  // The phone's order page says ready, without a reload.
  await expect(onPhone.getByText("Ready to collect").first()).toBeVisible();

  // At the counter: a wrong code is refused, the right one hands it over, paid in cash.
  await onTablet.getByRole("tab", { name: /Ready/ }).click();
  await card.getByRole("button", { name: "Hand over" }).click();
  const dialog = onTablet.getByRole("dialog");
  await dialog.getByLabel("Pickup code").fill(pickupCode === "000000" ? "111111" : "000000");
  await pickRadio(onTablet, /Cash/);
  await dialog.getByRole("button", { name: /Hand over|Confirm/ }).click();
  await expect(dialog.getByText(/not the pickup code/)).toBeVisible();
  await dialog.getByLabel("Pickup code").fill(pickupCode);
  await dialog.getByRole("button", { name: /Hand over|Confirm/ }).click();
  await expect(onTablet.getByText(`${orderNumber} collected`)).toBeVisible();
  await expect(card).toHaveCount(0);

  // The customer was told it was ready: the store's mailbox shows the message.
  await onTablet.getByRole("link", { name: "Mailbox" }).click();
  const message = onTablet.getByRole("button", {
    name: new RegExp(`Your order ${orderNumber} is ready for pickup at Mostrador Madrid`),
  });
  await expect(message).toContainText("marta.guest@example.com");
  await message.click();
  await expect(onTablet.getByRole("dialog")).toContainText(`Your pickup code: ${pickupCode}`);

  // The shopper's history shows it collected.
  await expect(onPhone.getByText("Collected").first()).toBeVisible();
  await onPhone.goto("/orders");
  await expect(onPhone.getByRole("link", { name: new RegExp(orderNumber) }).first()).toBeVisible();
  await expect(onPhone.getByText("Collected").first()).toBeVisible();
  await tablet.close();
  await phone.close();
});

test("an item missing from the shelf is not charged, and the customer sees and is told so", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const tablet = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true, baseURL });
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    baseURL,
  });
  const onTablet = await tablet.newPage();
  const onPhone = await phone.newPage();

  // A guest orders two scarves for pickup in Madrid.
  await onPhone.goto("/p/lambswool-scarf?colour=Camel");
  await onPhone.getByRole("button", { name: "Add to cart" }).click();
  await expect(onPhone.getByRole("link", { name: "Cart, 1 item" })).toBeVisible();
  await onPhone.goto("/p/lambswool-scarf?colour=Burgundy");
  await onPhone.getByRole("button", { name: "Add to cart" }).click();
  await expect(onPhone.getByRole("link", { name: "Cart, 2 items" })).toBeVisible();
  await onPhone.goto("/checkout");
  await onPhone.getByLabel("Email").fill("nora.guest@example.com");
  await onPhone.getByLabel("Full name").fill("Nora Guest");
  await pickRadio(onPhone, /Click & collect/);
  await pickRadio(onPhone, /Mostrador Madrid/);
  await pickRadio(onPhone, /Pay at pickup/);
  await onPhone.getByRole("button", { name: /Place order/ }).click();
  await expect(onPhone).toHaveURL(/\/orders\/MAD-\d+/);
  const orderNumber = /\/orders\/(MAD-\d+)/.exec(onPhone.url())![1]!;

  // Staff open it straight from its number; the burgundy one is not on the shelf.
  await submitSignIn(onTablet, DEMO_ACCOUNTS.staffMadrid, { callbackUrl: `/staff/pickups/${orderNumber}` });
  // The first load after signing in can wait behind the other worker's journey on a busy machine.
  await expect(onTablet.getByRole("heading", { name: orderNumber, exact: true })).toBeVisible({ timeout: 20_000 });
  const burgundy = onTablet.getByRole("listitem", { name: "Lambswool Scarf" }).filter({ hasText: "Burgundy" });
  await burgundy.getByRole("button", { name: /Missing/ }).click();
  await onTablet.getByRole("dialog").getByRole("button", { name: "Mark 1 missing" }).click();
  await expect(burgundy).toContainText("1 missing — not charged");
  await onTablet
    .getByRole("listitem", { name: "Lambswool Scarf" })
    .filter({ hasText: "Camel" })
    .getByRole("button", { name: /Pick 1/ })
    .click();
  await onTablet.getByRole("button", { name: "Mark ready" }).click();
  await expect(onTablet).toHaveURL(/\/staff$/);

  // The phone shows the missing scarf, not charged; the mailbox has the message.
  await expect(onPhone.getByText("1 unavailable — not charged")).toBeVisible();
  await onTablet.goto("/staff/mailbox");
  await onTablet
    .getByRole("button", { name: new RegExp(`items in your order ${orderNumber} are unavailable`) })
    .click();
  await expect(onTablet.getByRole("dialog")).toContainText("You won’t be charged for them.");
  await tablet.close();
  await phone.close();
});

test("shoppers are turned away from the console", async ({ page }) => {
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstaff/);
  await page.getByLabel("Email").fill(DEMO_ACCOUNTS.customerNoStore);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "This console is for store staff" })).toBeVisible();
});
