import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../db/seed/fixtures";
import { query } from "../support/api";
import { signIn, submitSignIn } from "../support/sign-in";
import { consentCookie } from "../support/consent";

// Products no other spec counts views of.
const FIRST = "linen-midi-dress";
const SECOND = "merino-wool-jumper";

type Recent = { viewed: { slug: string }[]; searches: { query: string }[] };

/** Opens a product page and waits for its view to be offered to the server (recorded or not). */
async function viewProduct(page: Page, slug: string) {
  const offered = page.waitForResponse((r) => r.url().includes("history.recordView") && r.ok());
  await page.goto(`/p/${slug}`);
  await offered;
}

test("the banner shows on a first visit; rejecting records nothing; Cookie settings reopens the choice; allowing analytics records", async ({
  page,
  context,
}) => {
  await page.goto("/");
  const banner = page.getByRole("region", { name: "Cookies on Mostrador" });
  await expect(banner).toBeVisible();
  const reject = banner.getByRole("button", { name: "Reject all" });
  const accept = banner.getByRole("button", { name: "Accept all" });
  // As easy to reject as to accept: the same button, at the same level.
  expect(await reject.getAttribute("class")).toBe(await accept.getAttribute("class"));
  const [rejectBox, acceptBox] = [await reject.boundingBox(), await accept.boundingBox()];
  expect(rejectBox!.height).toBe(acceptBox!.height);
  expect(rejectBox!.y).toBe(acceptBox!.y);

  await reject.click();
  await expect(banner).toHaveCount(0);
  expect(await consentCookie(context)).toBe("1.necessary");
  await viewProduct(page, FIRST);
  await expect(page.getByRole("region", { name: "Cookies on Mostrador" })).toHaveCount(0);
  expect((await query<Recent>(page.request, "history.recent")).viewed).toEqual([]);

  // The footer reopens the choice, and the keyboard can make it.
  await page.getByRole("button", { name: "Cookie settings" }).click();
  const dialog = page.getByRole("dialog", { name: "Cookie settings" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("switch", { name: "Necessary" })).toBeChecked();
  await expect(dialog.getByRole("switch", { name: "Necessary" })).toBeDisabled();
  const analytics = dialog.getByRole("switch", { name: "Analytics" });
  await expect(analytics).not.toBeChecked();
  await expect(analytics).toBeFocused();
  await page.keyboard.press("Space");
  await expect(analytics).toBeChecked();
  await dialog.getByRole("button", { name: "Save choices" }).click();
  await expect(dialog).toBeHidden();
  expect(await consentCookie(context)).toBe("1.necessary-analytics");

  await viewProduct(page, SECOND);
  expect((await query<Recent>(page.request, "history.recent")).viewed.map((v) => v.slug)).toEqual([SECOND]);
});

test("Accept all in the banner, by keyboard, records the views that follow", async ({ page, context }) => {
  await page.goto("/");
  const banner = page.getByRole("region", { name: "Cookies on Mostrador" });
  await banner.getByRole("button", { name: "Accept all" }).focus();
  await page.keyboard.press("Enter");
  await expect(banner).toHaveCount(0);
  // Focus moves on to the page rather than being lost with the banner.
  await expect(page.locator("#main")).toBeFocused();
  expect(await consentCookie(context)).toBe("1.necessary-analytics");

  await viewProduct(page, FIRST);
  expect((await query<Recent>(page.request, "history.recent")).viewed.map((v) => v.slug)).toEqual([FIRST]);
  // Not asked again.
  await page.reload();
  await expect(page.getByRole("region", { name: "Cookies on Mostrador" })).toHaveCount(0);
});

test("a customer turns personalising on in their account, and their views are kept from then on", async ({
  page,
  context,
}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "one account's setting, turned on once per run");
  await signIn(page, DEMO_ACCOUNTS.customer, "/account");
  const privacy = page.getByRole("region", { name: "Privacy" });
  const personalise = privacy.getByRole("switch", { name: "Use my browsing to personalise the shop" });
  await expect(personalise).not.toBeChecked();
  await personalise.check();
  await expect(privacy.getByText("On: your browsing is noted from now on.")).toBeVisible();
  // The browser's cookie follows the account, so the banner does not ask again.
  await expect.poll(() => consentCookie(context)).toBe("1.necessary-analytics");
  await expect(page.getByRole("region", { name: "Cookies on Mostrador" })).toHaveCount(0);

  await viewProduct(page, SECOND);
  await page.goto("/account");
  await expect(page.getByRole("switch", { name: "Use my browsing to personalise the shop" })).toBeChecked();
  await expect(
    page.getByRole("region", { name: "Recently viewed" }).getByRole("link", { name: /Merino Wool Jumper/i }),
  ).toBeVisible();
});

// Staff at the counter and marketers in the studio are not shoppers being profiled.
for (const [who, email, path] of [
  ["store staff", DEMO_ACCOUNTS.staffMadrid, "/staff"],
  ["a marketer", DEMO_ACCOUNTS.marketer, "/studio/catalog"],
] as const) {
  test(`no banner for ${who} in ${path}`, async ({ page }) => {
    await submitSignIn(page, email, { callbackUrl: path });
    // The first studio or console load after signing in can be slow on a busy machine.
    await expect(page).toHaveURL(new RegExp(`${path}$`), { timeout: 30_000 });
    await page.waitForLoadState("load");
    await expect(page.getByRole("region", { name: "Cookies on Mostrador" })).toHaveCount(0);
  });
}
