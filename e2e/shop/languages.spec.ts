import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, FIXTURE_PRODUCT } from "../../db/seed/fixtures";
import { call, query } from "../support/api";

test.describe("a Spanish browser", () => {
  test.use({ locale: "es-ES", extraHTTPHeaders: { "accept-language": "es-ES,es;q=0.9" } });

  test("lands on the Spanish shop, and the switch keeps the page and the cart in English", async ({ page }) => {
    await page.goto(`/p/${FIXTURE_PRODUCT.slug}`);
    await expect(page).toHaveURL(new RegExp(`/es/p/${FIXTURE_PRODUCT.slug}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    // Search engines find the page in both languages.
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      "href",
      new RegExp(`/en/p/${FIXTURE_PRODUCT.slug}$`),
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`/es/p/${FIXTURE_PRODUCT.slug}$`),
    );

    const product = await query<{ variants: { id: string }[] }>(page.request, "catalog.product", {
      slug: FIXTURE_PRODUCT.slug,
    });
    await call(page.request, "cart.addItem", { variantId: product.variants[0]!.id, quantity: 1 });
    await page.reload();
    await expect(page.getByRole("link", { name: "Cesta, 1 artículo" }).first()).toBeVisible();

    // The footer's switch: on a phone the header's is inside the closed menu.
    await page.getByRole("navigation", { name: "Idioma" }).last().getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/p/${FIXTURE_PRODUCT.slug}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "Cart, 1 item" }).first()).toBeVisible();

    // The choice is remembered: an address without a language now opens in English.
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
  });

  test("a Spanish member of staff reads the console in Spanish, and may switch it for good", async ({ page }) => {
    await signInInSpanish(page);
    await expect(page).toHaveURL(/\/staff/);
    // The account may keep English from another run of this spec: a Spanish member of staff's is Spanish.
    await call(page.request, "account.setLocale", { locale: "es" });
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("navigation", { name: "Secciones del panel" })).toBeVisible();

    await page.getByRole("navigation", { name: "Idioma" }).first().getByRole("link", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    // Kept on the account: their emails, and every device they sign in on.
    const me = await query<{ locale: string | null }>(page.request, "account.me");
    // Left in English: the other specs sign this account in and read its console in English.
    expect(me.locale).toBe("en");
  });
});

/** The sign-in form in Spanish (the shared helper fills the English one). */
async function signInInSpanish(page: Page) {
  await page.goto("/es/sign-in?callbackUrl=%2Fstaff");
  await page.getByLabel("Correo electrónico").fill(DEMO_ACCOUNTS.staffMadrid);
  await page.getByLabel("Contraseña", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Iniciar sesión", exact: true }).click();
}
