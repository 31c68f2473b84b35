import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../db/seed/fixtures";
import { photo } from "../support/photo";
import { signIn } from "../support/sign-in";

// A marketer uploads a product's photos, writes their alt text and orders them from the keyboard;
// the order survives a reload and the storefront shows the renditions, cached for good.
test.skip(({ isMobile }) => isMobile, "the studio is a laptop tool: the desktop project runs it");

test("a marketer uploads two images, sets their alt text, reorders them by keyboard and the storefront shows them", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const name = `Gallery Jumper ${Date.now().toString(36)}`;
  await signIn(page, DEMO_ACCOUNTS.marketer, "/studio/catalog/new");
  await page.getByLabel("Name (English)").fill(name);
  await page.getByLabel("Category").selectOption({ label: "Knitwear" });
  await page.getByLabel("Price (€)").fill("49,90");
  await page.getByLabel("New colour name").fill("Navy");
  await page.getByRole("button", { name: "Add colour" }).click();
  await page.getByLabel("New sizes").fill("M");
  await page.getByRole("button", { name: "Add sizes" }).click();
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.getByRole("link", { name: "Images", exact: true }).click();
  await expect(page.getByText("No images yet")).toBeVisible();
  await page.getByLabel("Choose images").setInputFiles([
    { name: "front.png", mimeType: "image/png", buffer: await photo("png", "#1f2a44") },
    { name: "back.jpg", mimeType: "image/jpeg", buffer: await photo("jpeg", "#d8c3a5") },
  ]);
  for (const [file, alt] of [
    ["front.png", "Navy jumper, front"],
    ["back.jpg", "Navy jumper, back"],
  ] as const) {
    const form = page.getByRole("form", { name: `Details of ${file}` });
    await form.getByLabel("Alt text").fill(alt);
    await form.getByRole("button", { name: "Add to product" }).click();
    await expect(form).toBeHidden();
  }
  const alt = (n: number) => page.getByLabel(`Alt text of image ${n}`);
  await expect(alt(1)).toHaveValue("Navy jumper, front");
  await expect(alt(2)).toHaveValue("Navy jumper, back");
  await page.getByLabel("Texto alternativo of image 1").fill("Jersey azul marino, delante");
  await page.getByRole("form", { name: "Details of image 1" }).getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Image 1 saved")).toBeVisible();

  // The keyboard drag: Space picks the handle up, an arrow moves it, Space drops it.
  const saved = page.waitForResponse((r) => r.url().includes("studio.images.reorder") && r.ok());
  const handle = page.getByRole("button", { name: "Move image 2" });
  await handle.focus();
  await page.keyboard.press("Space");
  // dnd-kit measures the list once the drag starts; an arrow key before that moves nothing.
  await expect(handle).toHaveAttribute("aria-pressed", "true");
  // dnd-kit listens for the arrows a moment after the lift; at machine speed the first press can
  // land before that, so press again until it moves (more presses at the top change nothing).
  await expect(async () => {
    await page.keyboard.press("ArrowUp");
    await expect(page.getByText("Image 2 is over position 1.")).toBeAttached({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await page.keyboard.press("Space");
  await saved;
  await expect(alt(1)).toHaveValue("Navy jumper, back");
  await page.reload();
  await expect(alt(1)).toHaveValue("Navy jumper, back");
  await expect(alt(2)).toHaveValue("Navy jumper, front");
  await expect(page.getByLabel("Texto alternativo of image 2")).toHaveValue("Jersey azul marino, delante");

  // The storefront preview shows the renditions, AVIF first, under their content-addressed URLs.
  const preview = await page.getByRole("link", { name: /Preview on the storefront/ }).getAttribute("href");
  await page.goto(preview!);
  const cover = page.getByRole("img", { name: "Navy jumper, back" }).first();
  await expect(cover).toBeVisible();
  const src = await cover.getAttribute("src");
  expect(src).toMatch(/^\/api\/media\/[0-9a-f]{64}\/w800\.webp$/);
  const avif = page.locator("picture source[type='image/avif']").first();
  await expect(avif).toHaveAttribute("srcset", /\/api\/media\/[0-9a-f]{64}\/w320\.avif 320w, .*w800\.avif 800w/);
  const thumbnails = page.getByRole("list", { name: "More images" }).getByRole("img");
  await expect(thumbnails).toHaveCount(2);

  const res = await page.request.get(src!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/webp");
  expect(res.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(res.headers()["etag"]).toBeTruthy();
  expect((await page.request.get(src!.replace(/[0-9a-f]{64}/, "0".repeat(64)))).status()).toBe(404);
});
