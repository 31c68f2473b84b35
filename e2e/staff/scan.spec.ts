import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { chromium, expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../db/seed/fixtures";
import { call, query } from "../support/api";
import { signIn } from "../support/sign-in";
import { writeQrVideo } from "../support/fake-camera";

// The handover's camera reads the customer's pickup QR. Chromium's fake camera plays a video of
// the QR on the customer's order page, so the real scanning code runs (zxing: Chromium on Linux
// has no BarcodeDetector).
test.skip(({ isMobile }) => isMobile, "the test drives the store tablet itself");

const ITEM_SLUG = "fig-leaf-soy-candle";

test("at handover the tablet's camera reads the customer's pickup QR", async ({ baseURL, playwright }, testInfo) => {
  // A guest orders for pickup in Madrid; the store picks it and marks it ready (through the API).
  const guest = await playwright.request.newContext({ baseURL });
  const madrid = (await query<{ id: string; name: string }[]>(guest, "locations.list", {})).find(
    (l) => l.name === "Mostrador Madrid",
  )!.id;
  const product = await query<{
    variants: { id: string; availability: { locationId: string; available: number }[] }[];
  }>(guest, "catalog.product", { slug: ITEM_SLUG });
  const variant = product.variants.find((v) => v.availability.some((a) => a.locationId === madrid && a.available > 0))!;
  await call(guest, "cart.addItem", { variantId: variant.id, quantity: 1 });
  const placed = await call<{ orderNumber: string; pickupCode: string }>(guest, "checkout.placeOrder", {
    idempotencyKey: randomUUID(),
    contact: { email: "qr.guest@example.com", name: "Quique Guest" },
    fulfilment: { type: "pickup", locationId: madrid },
    payment: { method: "pay_at_pickup" },
  });

  // The camera sees the pickup QR the order page shows (app/[locale]/(shop)/orders/[number]/_components/pickup-code.tsx): same text, same library.
  const video = path.join(os.tmpdir(), `mostrador-qr-${testInfo.workerIndex}-${Date.now()}.y4m`);
  writeQrVideo(video, `MOSTRADOR:${placed.orderNumber}:${placed.pickupCode}`);
  const launch = testInfo.project.use.launchOptions ?? {};
  const browser = await chromium.launch({
    ...launch,
    args: [
      ...(launch.args ?? []),
      "--use-fake-device-for-media-stream",
      "--use-fake-ui-for-media-stream",
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  const tablet = await browser.newContext({
    viewport: { width: 1024, height: 768 },
    hasTouch: true,
    baseURL,
    permissions: ["camera"],
  });
  const page = await tablet.newPage();
  await signIn(page, DEMO_ACCOUNTS.staffMadrid, "/staff");
  await call(page.request, "pickup.pickAll", { orderNumber: placed.orderNumber });
  await call(page.request, "pickup.markReady", { orderNumber: placed.orderNumber });

  await page.getByRole("tab", { name: /Ready/ }).click();
  await page.getByRole("article", { name: placed.orderNumber }).getByRole("button", { name: "Hand over" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Scan QR" }).click();
  await expect(dialog.getByLabel("Pickup code")).toHaveValue(placed.pickupCode, { timeout: 20_000 });
  await page
    .locator("label")
    .filter({ has: page.getByRole("radio", { name: /Cash/ }) })
    .click();
  await dialog.getByRole("button", { name: /Hand over|Confirm/ }).click();
  await expect(page.getByText(`${placed.orderNumber} collected`)).toBeVisible();
  await browser.close();
  await guest.dispose();
});
