import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../db/seed/fixtures";
import { submitSignIn } from "../support/sign-in";

// Who may open the store console, and which store it works for.
test.skip(({ isMobile }) => isMobile, "the console is a tablet tool");

test("a shopper who opens the console gets a 403 page saying why", async ({ page }) => {
  await submitSignIn(page, DEMO_ACCOUNTS.customer, { callbackUrl: "/staff" });
  await expect(page.getByRole("heading", { level: 1, name: "This console is for store staff" })).toBeVisible();
  const response = await page.goto("/staff");
  expect(response?.status()).toBe(403);
  await expect(page.getByText(DEMO_ACCOUNTS.customer)).toBeVisible();
});

test("an admin switches the console to another store", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await submitSignIn(page, DEMO_ACCOUNTS.admin, { callbackUrl: "/staff" });
  await expect(page).toHaveURL(/\/staff$/);
  const store = page.getByRole("combobox", { name: "Store" });
  await expect(store).toBeVisible();
  await store.selectOption({ label: "Barcelona" });
  // The page reloads for the new store; the choice holds across reloads.
  await page.waitForEvent("load");
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Store" }).locator("option:checked")).toHaveText("Barcelona");
  await expect(page.getByRole("heading", { level: 1, name: /Mostrador Barcelona/ })).toBeAttached();
});
