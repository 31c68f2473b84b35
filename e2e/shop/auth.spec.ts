import { expect, test, type Browser } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/fixtures";
import { signIn, submitSignIn } from "../support/sign-in";

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

/** The sign-up link emailed to `email`, read from the dev mailbox as an admin would. */
async function signUpLinkFor(browser: Browser, baseURL: string | undefined, email: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, DEMO_ACCOUNTS.admin, "/staff/mailbox");
  await page
    .getByRole("button", { name: /Finish creating your Mostrador account/ })
    .filter({ hasText: email })
    .click();
  const body = await page.getByRole("dialog").locator("pre").innerText();
  await context.close();
  const link = /https?:\/\/\S+\/sign-up\/confirm\?token=[\w-]+/.exec(body)?.[0];
  expect(link, "a sign-up link in the email").toBeTruthy();
  // The link names the configured site; the test server answers on its own port.
  const url = new URL(link!);
  return `${url.pathname}${url.search}`;
}

test("a new shopper signs up through the emailed link and lands signed in; the link works once", async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000);
  const email = `shopper-${testInfo.project.name}-${Date.now()}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Full name").fill("Nora Test");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a-good-password");
  await page.getByRole("button", { name: /create account/i }).click();
  await expect(page.getByText(`We’ve sent a link to ${email} to finish creating your account.`)).toBeVisible();

  const link = await signUpLinkFor(browser, baseURL, email);
  await page.goto(link);
  await page.getByRole("button", { name: "Create my account" }).click();
  // Creating the account, signing in and rendering the account page: slow on a busy CI box.
  await expect(page).toHaveURL(/\/account$/, { timeout: 30_000 });
  await expect(page.getByText(email).first()).toBeVisible();

  // A second use (a forwarded email, a copy of the link) creates nothing.
  await page.goto(link);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByText("This link has already been used.")).toBeVisible();
});

test("signing up with an email that has an account answers exactly as for a new one", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Full name").fill("Not Ana");
  await page.getByLabel("Email").fill(DEMO_ACCOUNTS.customer);
  await page.getByLabel("Password", { exact: true }).fill("someone-elses-password");
  await page.getByRole("button", { name: /create account/i }).click();
  await expect(
    page.getByText(`We’ve sent a link to ${DEMO_ACCOUNTS.customer} to finish creating your account.`),
  ).toBeVisible();
});

test("a session cookie copied before sign-out no longer signs anyone in", async ({ page, browser, baseURL }) => {
  await signIn(page, DEMO_ACCOUNTS.customerNoStore, "/account");
  const copied = await page.context().cookies();

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);

  const thief = await browser.newContext({ baseURL });
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/account");
  await expect(stolen).toHaveURL(/\/sign-in/);
  await thief.close();
});

test("guesses elsewhere lock an account for other browsers, not for the owner's", async ({
  browser,
  page,
  baseURL,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one lockout per run: the limits are shared by every browser");
  // Seven sign-ins and their pages, on a machine that runs the rest of the suite meanwhile.
  test.setTimeout(150_000);
  const email = DEMO_ACCOUNTS.staffBarcelona;
  const signInWith = (p: typeof page, password: string) => submitSignIn(p, email, { password });

  // The owner signs in once: the browser gets a device cookie the page's scripts cannot read.
  await signInWith(page, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/staff/, { timeout: 30_000 });
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
  await expect(ownerPage).toHaveURL(/\/staff/, { timeout: 30_000 });
  await attacker.close();
  await owner.close();
});
