import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../db/seed/fixtures";

test("a wrong password gets a clear message; the right one signs in to the account", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=(%2F|\/)account/);

  await page.getByLabel("Email").fill(DEMO_ACCOUNTS.customer);
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();

  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(DEMO_ACCOUNTS.customer).first()).toBeVisible();
});

test("a new shopper signs up and lands signed in", async ({ page }, testInfo) => {
  const email = `shopper-${testInfo.project.name}-${Date.now()}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Full name").fill("Nora Test");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a-good-password");
  await page.getByRole("button", { name: /create account/i }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(email).first()).toBeVisible();
});

test("guesses elsewhere lock an account for other browsers, not for the owner's", async ({ browser, page, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one lockout per run: the limits are shared by every browser");
  const email = DEMO_ACCOUNTS.staffBarcelona;
  const signInWith = async (p: typeof page, password: string) => {
    await p.goto("/sign-in");
    await p.getByLabel("Email").fill(email);
    await p.getByLabel("Password", { exact: true }).fill(password);
    await p.getByRole("button", { name: "Sign in", exact: true }).click();
  };

  // The owner signs in once: the browser gets a device cookie the page's scripts cannot read.
  await signInWith(page, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/staff/);
  const device = (await page.context().cookies()).find((c) => c.name === "mostrador_device");
  expect(device).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/api/auth" });

  // Someone else guesses until the account is locked, for them even with the right password.
  const attacker = await browser.newPage({ baseURL });
  for (let i = 0; i < 5; i++) {
    await signInWith(attacker, `guess-${i}`);
    await expect(attacker.getByText("That email and password do not match an account.")).toBeVisible();
  }
  await signInWith(attacker, DEMO_PASSWORD);
  await expect(attacker.getByText(/Too many failed attempts\. Try again in 1[45] minutes\./)).toBeVisible();

  // The owner's browser (its device cookie, signed out) still gets in.
  const owner = await browser.newContext({ baseURL });
  await owner.addCookies([device!]);
  const ownerPage = await owner.newPage();
  await signInWith(ownerPage, DEMO_PASSWORD);
  await expect(ownerPage).toHaveURL(/\/staff/);
  await attacker.close();
  await owner.close();
});
