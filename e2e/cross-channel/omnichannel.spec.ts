import { devices, expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../db/seed/fixtures";
import { allowAnalytics } from "../support/consent";
import { signIn } from "../support/sign-in";

// One cart and one order history across devices. Items and store are ones no other spec counts.
const GUEST_ITEM = { slug: "canvas-tote-bag", colour: "Ecru", name: "Canvas Tote Bag" };
const ACCOUNT_ITEM = { slug: "ribbed-beanie", colour: "Mustard", name: "Ribbed Beanie" };
const STORE = "Mostrador Barcelona";

async function addToCart(page: Page, item: { slug: string; colour: string }, expectedCount: number) {
  await page.goto(`/p/${item.slug}?colour=${item.colour}`);
  // The count alone could already read so from an earlier run: wait for this add itself.
  const added = page.waitForResponse((r) => r.url().includes("cart.addItem") && r.ok());
  await page.getByRole("button", { name: "Add to cart" }).click();
  await added;
  await expect(
    page.getByRole("link", { name: `Cart, ${expectedCount} ${expectedCount === 1 ? "item" : "items"}` }),
  ).toBeVisible();
}

async function expectCartLines(page: Page, lines: Array<[string, number]>) {
  await page.goto("/cart");
  for (const [name, quantity] of lines) {
    const line = page.getByRole("listitem").filter({ has: page.getByRole("link", { name }) });
    await expect(line.getByRole("spinbutton")).toHaveValue(String(quantity));
  }
}

test("a guest cart joins the account on sign-in, is one cart on phone and laptop, and an order placed on one shows on the other", async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one run drives both devices");
  const baseURL = testInfo.project.use.baseURL;
  const phone = await browser.newContext({ ...devices["Pixel 7"], viewport: { width: 390, height: 844 }, baseURL });
  const laptop = await browser.newContext({ viewport: { width: 1440, height: 900 }, baseURL });
  // The phone's guest accepted analytics in the cookie banner: its search and views are kept.
  await allowAnalytics(phone, baseURL);
  const onPhone = await phone.newPage();
  const onLaptop = await laptop.newPage();

  // Ben already has a beanie in his account's cart, put there on the laptop.
  await signIn(onLaptop, DEMO_ACCOUNTS.customerNoStore, "/account");
  await addToCart(onLaptop, ACCOUNT_ITEM, 1);

  // On the phone, still a guest, he searches, adds a tote bag; signing in merges it into the account's cart.
  // (The search is noted once the page is live; leaving at once would cancel that call.)
  const searchNoted = onPhone.waitForResponse((r) => r.url().includes("history.recordSearch") && r.ok());
  await onPhone.goto("/search?q=tote");
  await expect(onPhone.getByRole("link", { name: new RegExp(GUEST_ITEM.name) }).first()).toBeVisible();
  await searchNoted;
  await addToCart(onPhone, GUEST_ITEM, 1);
  const guestCookie = async () => (await phone.cookies()).find((c) => c.name === "mostrador_guest")?.value;
  const asGuest = await guestCookie();
  expect(asGuest).toBeTruthy();
  await signIn(onPhone, DEMO_ACCOUNTS.customerNoStore, "/cart");
  // Signing in ends the guest: whatever it did that the account did not take stays out of reach.
  expect(await guestCookie()).not.toBe(asGuest);
  await expectCartLines(onPhone, [
    [GUEST_ITEM.name, 1],
    [ACCOUNT_ITEM.name, 1],
  ]);

  // The laptop shows the same cart; a change there shows on the phone.
  await expectCartLines(onLaptop, [
    [GUEST_ITEM.name, 1],
    [ACCOUNT_ITEM.name, 1],
  ]);
  const tote = onLaptop.getByRole("listitem").filter({ has: onLaptop.getByRole("link", { name: GUEST_ITEM.name }) });
  await tote.getByRole("button", { name: /increase/i }).click();
  await expect(tote.getByRole("spinbutton")).toHaveValue("2");
  await expect(onLaptop.getByRole("link", { name: "Cart, 3 items" })).toBeVisible();
  await expectCartLines(onPhone, [
    [GUEST_ITEM.name, 2],
    [ACCOUNT_ITEM.name, 1],
  ]);

  // Click-and-collect from the phone, paid at pickup.
  await onPhone.getByRole("link", { name: "Checkout" }).click();
  await expect(onPhone).toHaveURL(/\/checkout$/);
  const collect = onPhone.getByRole("radio", { name: /Click & collect/ });
  await onPhone.locator("label").filter({ has: collect }).click();
  const store = onPhone.getByRole("radio", { name: new RegExp(STORE) });
  await onPhone.locator("label").filter({ has: store }).click();
  await expect(onPhone.getByText(new RegExp(`holding your items at ${STORE}`, "i"))).toBeVisible();
  const payAtPickup = onPhone.getByRole("radio", { name: /Pay at pickup/ });
  await onPhone.locator("label").filter({ has: payAtPickup }).click();
  await onPhone.getByRole("button", { name: /Place order/ }).click();

  await expect(onPhone).toHaveURL(/\/orders\/BCN-\d+/);
  const orderNumber = /\/orders\/(BCN-\d+)/.exec(onPhone.url())![1]!;
  await expect(onPhone.getByRole("heading", { level: 1 })).toContainText(orderNumber);
  await expect(onPhone.getByRole("img", { name: /QR code/ })).toBeVisible();
  await expect(onPhone.getByRole("link", { name: "Cart, empty" })).toBeVisible();

  // The laptop lists the order in the account, and its cart is empty too.
  // …with what he looked at and searched for as a guest on the phone.
  await onLaptop.goto("/account");
  await expect(onLaptop.getByRole("link", { name: new RegExp(orderNumber) }).first()).toBeVisible();
  await expect(
    onLaptop.getByRole("region", { name: "Recently viewed" }).getByRole("link", { name: new RegExp(GUEST_ITEM.name) }),
  ).toBeVisible();
  await expect(
    onLaptop.getByRole("region", { name: "Recent searches" }).getByRole("link", { name: /tote/ }),
  ).toBeVisible();
  await onLaptop.goto("/cart");
  await expect(onLaptop.getByRole("heading", { name: "Your cart is empty" })).toBeVisible();

  // Signing out on the phone leaves a fresh guest: no cart, no orders of Ben's.
  await onPhone.goto("/account");
  await onPhone.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(onPhone).toHaveURL(/\/$/);
  await onPhone.goto("/orders");
  await expect(onPhone.getByRole("heading", { level: 1, name: "Your orders" })).toBeVisible();
  await expect(onPhone.getByText(orderNumber)).toHaveCount(0);
  await expect(onPhone.getByRole("link", { name: "Cart, empty" })).toBeVisible();

  await phone.close();
  await laptop.close();
});
