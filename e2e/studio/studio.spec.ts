import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/fixtures";
import { signIn } from "../support/sign-in";

// The marketers' studio: who gets in, where they land, and the product list by keyboard.
test.skip(({ isMobile }) => isMobile, "the studio is a laptop tool: the desktop project runs it");

test("a guest who opens the studio is sent to sign in, and comes back to it", async ({ page }) => {
  await page.goto("/studio");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstudio$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
});

test("a shopper who opens the studio gets its 403 page, saying who is signed in", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.customer, "/studio");
  await expect(page.getByRole("heading", { level: 1, name: "The studio is for marketers" })).toBeVisible();
  await expect(page.getByRole("main").getByText(DEMO_ACCOUNTS.customer)).toBeVisible();
  const response = await page.goto("/studio/catalog");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("navigation", { name: "Studio" })).toHaveCount(0);
});

test("store staff get the 403 page too, with the way back to their console", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.staffMadrid, "/studio/catalog");
  await expect(page.getByRole("heading", { level: 1, name: "The studio is for marketers" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open the store console" })).toHaveAttribute("href", "/staff");
});

test("a marketer signs in, lands in the studio, searches and moves through the list by keyboard", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO_ACCOUNTS.marketer);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/studio\/catalog$/);
  await expect(page.getByRole("heading", { level: 1, name: "Products" })).toBeVisible();
  await expect(page.getByText("Signed in as")).toBeAttached();

  const grid = page.getByRole("grid", { name: "Products" });
  // Drafts are listed too: the catalog has more than one page, and the shop never shows a draft.
  await expect(grid.locator("tbody tr").first()).toBeVisible();
  await expect(page.getByText(/^\d+\+? products$/)).toBeVisible();

  const search = page.getByRole("searchbox", { name: "Search products" });
  await search.fill("wool");
  await expect(grid.locator("tbody tr", { hasText: "Merino Wool Jumper" })).toBeVisible();
  await expect(page).toHaveURL(/\?q=wool$/);
  const names = await grid
    .locator("tbody tr")
    // The first cell is the row's checkbox, the second its product.
    .evaluateAll((rows) => rows.map((r) => r.querySelector("td:nth-child(2)")?.textContent ?? ""));
  expect(names.length).toBeGreaterThanOrEqual(3);
  for (const name of names) expect(name).toMatch(/wool/i);

  // From the search box into the grid: the first row is active, then the arrows move it.
  await search.press("ArrowDown");
  await expect(grid).toBeFocused();
  const active = grid.locator("tbody tr[data-active]");
  await expect(active).toHaveAttribute("aria-rowindex", "2");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(active).toHaveAttribute("aria-rowindex", "4");
  await expect(active.locator("td").nth(1)).toHaveText(names[2]!);
  await page.keyboard.press("ArrowUp");
  await expect(active).toHaveAttribute("aria-rowindex", "3");
  await expect(grid).toHaveAttribute("aria-activedescendant", (await active.getAttribute("id"))!);

  // Enter opens the product's editor; going back finds the search as it was.
  await page.keyboard.press("Home");
  await search.fill("merino wool jumper");
  await expect(grid.locator("tbody tr")).toHaveCount(1);
  await grid.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/studio\/catalog\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Merino Wool Jumper" })).toBeVisible();
  await page.goBack();
  await expect(search).toHaveValue("merino wool jumper");

  // A search that matches nothing says so, and clearing it brings the list back.
  await search.fill("zzzz qqqq");
  await expect(page.getByRole("heading", { name: "No products match “zzzz qqqq”" })).toBeVisible();
  await page.getByRole("button", { name: "Clear search and filters" }).click();
  await expect(grid.locator("tbody tr").first()).toBeVisible();
  await expect(search).toHaveValue("");
});

test("an admin may open the studio and filter drafts", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.admin, "/studio/catalog");
  await page.getByLabel("Status").selectOption("draft");
  const grid = page.getByRole("grid", { name: "Products" });
  await expect(grid.locator("tbody tr").first()).toBeVisible();
  await expect(grid.locator("tbody tr", { hasText: "Published" })).toHaveCount(0);
  await expect(page).toHaveURL(/\?status=draft$/);
});
