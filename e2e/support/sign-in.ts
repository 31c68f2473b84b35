import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../db/seed/fixtures";

/**
 * Fills the sign-in form and submits it; where the browser lands is the caller's to check.
 * Without a callbackUrl the form's own default applies (staff land on the console).
 */
export async function submitSignIn(page: Page, email: string, opts: { callbackUrl?: string; password?: string } = {}) {
  await page.goto(opts.callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(opts.callbackUrl)}` : "/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(opts.password ?? DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Signs a demo account in through the form and waits to land on `callbackUrl`. */
export async function signIn(page: Page, email: string, callbackUrl: string) {
  await submitSignIn(page, email, { callbackUrl });
  await expect(page).toHaveURL(new RegExp(`${callbackUrl}$`));
}
