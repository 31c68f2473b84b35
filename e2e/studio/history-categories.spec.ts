import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../db/seed/fixtures";
import { call, query } from "../support/api";
import { signIn } from "../support/sign-in";

// Who changed what, and putting it back; the storefront menu's categories.
test.skip(({ isMobile }) => isMobile, "the studio is a laptop tool: the desktop project runs it");

test("a product's history names the marketer, and one field can be put back", async ({ page }) => {
  const name = `History Tote ${Date.now().toString(36)}`;
  await signIn(page, DEMO_ACCOUNTS.marketer, "/studio/catalog");
  const categories = await query<{ id: string; name: string }[]>(page.request, "studio.categories.list");
  const made = await call<{ id: string }>(page.request, "studio.products.create", {
    name,
    categoryId: categories.find((c) => c.name === "Home")!.id,
    variants: [{ size: "One size", priceMinor: 2490 }],
  });

  await page.goto(`/studio/catalog/${made.id}`);
  await page.getByLabel("Name", { exact: true }).fill(`${name} Large`);
  await page.getByLabel("Category").selectOption({ label: "Knitwear" });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${name} Large` })).toBeVisible();

  await page.getByRole("link", { name: "History" }).click();
  const latest = page.getByRole("list", { name: "Changes, newest first" }).getByRole("listitem").first();
  await expect(latest).toContainText("Marta Vidal");
  await expect(latest).toContainText("changed 2 fields");
  const nameRow = latest.getByRole("row", { name: /^Name/ });
  await expect(nameRow.getByRole("cell").nth(0)).toHaveText(name);
  await expect(nameRow.getByRole("cell").nth(1)).toHaveText(`${name} Large`);
  // Category ids read as the categories' names.
  await expect(latest.getByRole("row", { name: /^Category/ })).toContainText("HomeKnitwear");

  await latest.getByRole("button", { name: "Put back Name" }).click();
  await expect(page.getByText("Put back. The history lists it as a new change.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const undone = page.getByRole("list", { name: "Changes, newest first" }).getByRole("listitem").first();
  await expect(undone).toContainText("put back an earlier value");
  // Only the name went back: the category is still the new one.
  await page.getByRole("link", { name: "Details" }).click();
  await expect(page.getByRole("combobox", { name: "Category" })).toHaveValue(
    categories.find((c) => c.name === "Knitwear")!.id,
  );
});

test("categories are created, renamed, reordered by keyboard and emptied into another", async ({ page }) => {
  const stamp = Date.now().toString(36);
  await signIn(page, DEMO_ACCOUNTS.marketer, "/studio/categories");
  await expect(page.getByRole("heading", { level: 1, name: "Categories" })).toBeVisible();

  await page.getByLabel("Name").fill(`Shelf ${stamp}`);
  await page.getByRole("button", { name: "Add category" }).click();
  await expect(page.getByText(`“Shelf ${stamp}” added at the end of the menu`)).toBeVisible();
  const menu = page.getByRole("list", { name: "Categories in menu order" });
  await expect(menu.getByRole("listitem").last()).toContainText(`Shelf ${stamp}`);

  await menu.getByRole("button", { name: `Rename Shelf ${stamp}` }).click();
  await menu.getByLabel(`New name for Shelf ${stamp}`).fill(`Rack ${stamp}`);
  await menu.getByLabel(`New name for Shelf ${stamp}`).press("Enter");
  await expect(menu.getByRole("listitem").last()).toContainText(`Rack ${stamp}`);

  // Picked up with Space, moved up one with the arrow key, dropped with Space.
  const count = await menu.getByRole("listitem").count();
  const handle = menu.getByRole("button", { name: `Move Rack ${stamp}, position ${count}` });
  await handle.focus();
  await page.keyboard.press("Space");
  // dnd-kit measures the list once the drag starts; an arrow key before that moves nothing.
  await expect(handle).toHaveAttribute("aria-pressed", "true");
  // dnd-kit listens for the arrows a moment after the lift: press again until it moves up one
  // (the announcement names the position; one press at a time, so it stops there).
  await expect(async () => {
    if (!(await page.getByText(`Rack ${stamp} is over position ${count - 1}.`).count()))
      await page.keyboard.press("ArrowUp");
    await expect(page.getByText(`Rack ${stamp} is over position ${count - 1}.`)).toBeAttached({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await page.keyboard.press("Space");
  await expect(page.getByText("Menu order saved")).toBeVisible();
  await page.reload();
  await expect(menu.getByRole("listitem").nth(count - 2)).toContainText(`Rack ${stamp}`);

  // A product in it moves with "Move products", and the shop's category page follows.
  const categories = await query<{ id: string; name: string; slug: string }[]>(page.request, "studio.categories.list");
  const rack = categories.find((c) => c.name === `Rack ${stamp}`)!;
  await call(page.request, "studio.products.create", {
    name: `Rack Basket ${stamp}`,
    categoryId: rack.id,
    variants: [{ size: "One size", priceMinor: 1990 }],
  });
  await page.reload();
  await menu.getByRole("button", { name: `Move products of Rack ${stamp}` }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Move them to").selectOption(categories.find((c) => c.name === "Home")!.id);
  await dialog.getByRole("button", { name: "Move 1 product" }).click();
  await expect(page.getByText("1 product moved to Home")).toBeVisible();
  await expect(menu.getByRole("listitem").filter({ hasText: `Rack ${stamp}` })).toContainText("0 products");
});
