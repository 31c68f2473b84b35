import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../db/seed/fixtures";
import { submitSignIn } from "../support/sign-in";

// A counter sale on the Madrid tablet, seen on the customer's phone.
test.skip(({ isMobile }) => isMobile, "the test drives a tablet and a phone itself");

// Used by no other spec, so parallel journeys do not move its stock under this one.
const ITEM = { sku: "HOM-BUDVASE-AMB", label: "Glass Bud Vase (Amber)" };

/** Units on the Madrid shelf, as the item finder shows them. */
async function unitsHere(onTablet: Page) {
  const finder = onTablet.getByLabel("Scan or type a SKU, barcode or name");
  await finder.fill(ITEM.sku);
  const row = onTablet.getByRole("listitem").filter({ hasText: ITEM.sku });
  await expect(row).toBeVisible();
  const text = (await row.getByText(/\d+ here|None here/).textContent()) ?? "";
  return text.startsWith("None") ? 0 : Number.parseInt(text, 10);
}

test("staff sell at the counter to a known customer, paid in cash: it is in her online history and the store's stock drops", async ({
  browser,
  baseURL,
}) => {
  const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true, baseURL });
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    baseURL,
  });
  const onTablet = await tablet.newPage();
  const onPhone = await phone.newPage();

  // Staff find Ana by name and open her view: profile and history across channels.
  await submitSignIn(onTablet, DEMO_ACCOUNTS.staffMadrid);
  await expect(onTablet).toHaveURL(/\/staff$/);
  await onTablet.getByRole("link", { name: "Customers" }).click();
  await onTablet.getByLabel("Find a customer").fill("ana garc");
  await onTablet.getByRole("link", { name: /Ana García/ }).click();
  await expect(onTablet.getByRole("heading", { name: "Ana García" })).toBeVisible();
  await expect(onTablet.getByText("Prefers Mostrador Madrid")).toBeVisible();

  // A new sale for her, from Madrid's shelf.
  await onTablet.getByRole("link", { name: "New sale for Ana" }).click();
  await expect(onTablet).toHaveURL(/\/staff\/sell\?customer=/);
  await expect(onTablet.getByText("Ana García")).toBeVisible();
  const before = await unitsHere(onTablet);
  expect(before).toBeGreaterThan(0);
  await onTablet.getByRole("button", { name: `Add: ${ITEM.label}` }).click();
  await expect(onTablet.getByRole("list", { name: "Items in the sale" })).toContainText(ITEM.label);

  // Paid in cash with a 20 € note: the change is shown, then the order number.
  await onTablet.getByRole("button", { name: "Cash", exact: true }).click();
  const dialog = onTablet.getByRole("dialog");
  await dialog.getByLabel("Cash received").fill("100");
  await expect(dialog.getByText("Change due")).toBeVisible();
  await dialog.getByRole("button", { name: /Take .* in cash/ }).click();
  const done = onTablet.getByRole("heading", { name: /Sold · MAD-\d+/ });
  await expect(done).toBeVisible();
  const orderNumber = /MAD-\d+/.exec((await done.textContent()) ?? "")![0];
  await expect(onTablet.getByText(/change due/)).toBeVisible();

  // The shelf has one fewer.
  await onTablet.getByRole("button", { name: "New sale" }).click();
  await expect.poll(() => unitsHere(onTablet)).toBe(before - 1);

  // Ana's phone: the order is in her online history, bought in store.
  await submitSignIn(onPhone, DEMO_ACCOUNTS.customer);
  await expect(onPhone).not.toHaveURL(/sign-in/);
  await onPhone.goto("/account");
  const entry = onPhone.getByRole("link", { name: new RegExp(orderNumber) }).first();
  await expect(entry).toBeVisible();
  await entry.click();
  await expect(onPhone.getByText(/Bought at the counter in Mostrador Madrid/).first()).toBeVisible();
  await expect(onPhone.getByText(ITEM.label.replace(/ \(.*/, "")).first()).toBeVisible();

  await tablet.close();
  await phone.close();
});
