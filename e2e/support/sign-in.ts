import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../db/seed/fixtures";

/** Signs a demo account in through the form and waits to land on `callbackUrl`. */
export async function signIn(page: Page, email: string, callbackUrl: string) {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${callbackUrl}$`));
}
