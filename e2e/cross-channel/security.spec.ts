import { randomUUID } from "node:crypto";
import { chromium, expect, test, type APIResponse, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../db/seed/fixtures";
import { signIn } from "../support/sign-in";

// What the edge of the app promises an attacker: no redirect off the site, security headers on
// every response, a CSP the pages themselves never break, and bounded requests.
test.skip(({ isMobile }) => isMobile, "headers and limits are the same on every screen");

const ITEM_SLUG = "stoneware-dinner-plates"; // no other spec counts its stock
const get = (procedure: string, input: unknown) =>
  `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

/** CSP violations the page reports, from before its first script runs. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on("console", (msg) => {
    if (/Content[- ]Security[- ]Policy/i.test(msg.text())) fromConsole.push(msg.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [
    ...fromConsole,
    ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])),
  ];
}

function expectSecurityHeaders(res: APIResponse, what: string) {
  const h = res.headers();
  expect(h["x-frame-options"], what).toBe("DENY");
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], what).toContain("camera=(self)");
  expect(h["permissions-policy"], what).toContain("microphone=()");
  expect(h["permissions-policy"], what).toContain("geolocation=()");
  expect(h["content-security-policy"], what).toContain("frame-ancestors 'none'");
  // Served over plain http here: no HSTS (a browser would ignore it, and a proxy may not be https).
  expect(h["strict-transport-security"], what).toBeUndefined();
}

test.describe("after sign-in", () => {
  const CALLBACKS = [
    "/..//evil.example/phish",
    "/%2e%2e//evil.example",
    "/.//evil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "%2F%2Fevil.example",
    "https://evil.example",
    "https://shop@evil.example",
    "javascript:alert(1)",
  ];

  test("signed in, /sign-in and /sign-up only ever send you to this site", async ({ page, baseURL }) => {
    await signIn(page, DEMO_ACCOUNTS.customer, "/account");
    const origin = new URL(baseURL!).origin;
    // In a language: the bare /sign-in first redirects to it, with the callback untouched.
    for (const form of ["/en/sign-in", "/en/sign-up"]) {
      for (const callback of CALLBACKS) {
        const res = await page.request.get(`${form}?callbackUrl=${encodeURIComponent(callback)}`, { maxRedirects: 0 });
        const location = res.headers()["location"];
        expect(res.status(), `${form} ${callback}`).toBe(307);
        expect(new URL(location!, origin).origin, `${form} ${callback} → ${location}`).toBe(origin);
        expect(location, `${form} ${callback}`).not.toMatch(/^\/\/|^\/\\|evil\.example/);
      }
      // A real path of the site still works.
      const ok = await page.request.get(`${form}?callbackUrl=${encodeURIComponent("/c/knitwear?size=M")}`, {
        maxRedirects: 0,
      });
      // It opens in the language of the sign-in page it passed through.
      expect(ok.headers()["location"]).toBe("/en/c/knitwear?size=M");
    }
    // Auth.js's own sign-in entry point passes its callback through the same page.
    const viaAuth = await page.request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent("//evil.example")}`, {
      maxRedirects: 0,
    });
    expect(new URL(viaAuth.headers()["location"]!, origin).origin).toBe(origin);
  });
});

test("every kind of response carries the security headers", async ({ request }) => {
  const page = await request.get("/");
  expectSecurityHeaders(page, "a page");
  const html = await page.text();
  const nonce = /'nonce-([^']+)'/.exec(page.headers()["content-security-policy"]!)?.[1];
  expect(nonce, "a page's CSP has a nonce").toBeTruthy();
  expect(page.headers()["content-security-policy"]).toContain("'strict-dynamic'");
  expect(page.headers()["content-security-policy"]).not.toContain("unsafe-eval");
  // Next put this response's nonce on the page's scripts.
  expect(html).toContain(`nonce="${nonce}"`);
  expect(
    /'nonce-([^']+)'/.exec((await request.get("/")).headers()["content-security-policy"]!)?.[1],
    "a fresh nonce per response",
  ).not.toBe(nonce);

  const asset = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset, "the page loads a /_next/static script").toBeTruthy();
  const responses: [string, APIResponse][] = [
    ["tRPC", await request.get(get("locations.list", {}))],
    ["health", await request.get("/api/health")],
    ["a /_next/static asset", await request.get(asset!)],
    ["a public file", await request.get("/icon.svg")],
    ["a 404", await request.get("/no-such-page")],
    ["an API 404", await request.get("/api/no-such-route")],
  ];
  for (const [what, res] of responses) expectSecurityHeaders(res, what);
  expect(responses.find(([what]) => what === "a 404")![1].status()).toBe(404);
  // What runs no script gets a policy that allows nothing.
  for (const [what, res] of responses.slice(0, 4))
    expect(res.headers()["content-security-policy"], what).toBe("default-src 'none'; frame-ancestors 'none'");

  // Behind a TLS proxy: HSTS, and insecure subresources are upgraded.
  const https = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toMatch(/^max-age=\d{8,}/);
  expect(https.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});

test("the store console cannot be framed by another site", async ({ page, browser, baseURL }) => {
  await signIn(page, DEMO_ACCOUNTS.staffMadrid, "/staff");
  const res = await page.request.get("/staff");
  expect(res.status()).toBe(200);
  expect(res.headers()["x-frame-options"]).toBe("DENY");
  expect(res.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

  // A page elsewhere frames the console: the browser refuses to show it (an error page instead).
  const attacker = await browser.newContext();
  const evil = await attacker.newPage();
  await evil.route("http://evil.example/", (route) =>
    route.fulfill({ contentType: "text/html", body: `<iframe src="${baseURL}/staff"></iframe>` }),
  );
  await evil.goto("http://evil.example/");
  await expect
    .poll(() =>
      evil
        .frames()
        .find((f) => f !== evil.mainFrame())
        ?.url(),
    )
    .toMatch(/^chrome-error:/);
  await expect(evil.frameLocator("iframe").getByRole("button", { name: "Sign in" })).toHaveCount(0);
  await attacker.close();
});

test.describe("the pages run under their CSP with no violation", () => {
  test("shop pages", async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto("/");
    await expect(page.locator("main")).toBeVisible();
    await page.goto(`/p/${ITEM_SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Hydrated: the client-side cart works.
    await page.getByRole("button", { name: "Add to cart" }).click();
    await page.goto("/cart");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("Stoneware Dinner Plates").first()).toBeVisible();
    await page.goto("/no-such-page");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test("the store console", async ({ page }) => {
    const violations = await watchCsp(page);
    await signIn(page, DEMO_ACCOUNTS.staffMadrid, "/staff");
    await expect(page.getByRole("tab", { name: /Ready/ })).toBeVisible();
    await page.goto("/staff/stock");
    await expect(page.getByRole("heading", { level: 1 })).toBeAttached();
    expect(await violations()).toEqual([]);
  });

  test("the scanner, with the camera on", async ({ baseURL, playwright }, testInfo) => {
    // A pickup order at Madrid to pick, placed by a guest through the API.
    const guest = await playwright.request.newContext({ baseURL });
    const locations = (await (await guest.get(get("locations.list", {}))).json()).result.data.json as {
      id: string;
      name: string;
    }[];
    const madrid = locations.find((l) => l.name === "Mostrador Madrid")!.id;
    const product = (await (await guest.get(get("catalog.product", { slug: ITEM_SLUG }))).json()).result.data.json as {
      variants: { id: string; availability: { locationId: string; available: number }[] }[];
    };
    const variant = product.variants.find((v) =>
      v.availability.some((a) => a.locationId === madrid && a.available > 0),
    )!;
    expect(
      (await guest.post("/api/trpc/cart.addItem", { data: { json: { variantId: variant.id, quantity: 1 } } })).status(),
    ).toBe(200);
    const placed = await guest.post("/api/trpc/checkout.placeOrder", {
      data: {
        json: {
          idempotencyKey: randomUUID(),
          contact: { email: "csp.guest@example.com", name: "Cora Guest" },
          fulfilment: { type: "pickup", locationId: madrid },
          payment: { method: "pay_at_pickup" },
        },
      },
    });
    expect(placed.status(), await placed.text()).toBe(200);
    const { orderNumber } = (await placed.json()).result.data.json as { orderNumber: string };

    // Chromium's fake camera (its test pattern); zxing reads it, as on a tablet without BarcodeDetector.
    const launch = testInfo.project.use.launchOptions ?? {};
    const browser = await chromium.launch({
      ...launch,
      args: [...(launch.args ?? []), "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
    });
    const tablet = await browser.newContext({
      viewport: { width: 1024, height: 768 },
      baseURL,
      permissions: ["camera"],
    });
    const page = await tablet.newPage();
    const violations = await watchCsp(page);
    await signIn(page, DEMO_ACCOUNTS.staffMadrid, `/staff/pickups/${orderNumber}`);
    await page.getByRole("button", { name: "Camera" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Hold the item’s barcode in the frame" })).toBeVisible({
      timeout: 20_000,
    });
    expect(await violations()).toEqual([]);
    await browser.close();
    await guest.dispose();
  });
});

test.describe("request limits", () => {
  test("a batch of 120 calls is refused with a message; a normal batch works", async ({ request }) => {
    const many = Array.from({ length: 120 }, () => "catalog.search").join(",");
    const input = encodeURIComponent(
      JSON.stringify(Object.fromEntries(Array.from({ length: 120 }, (_, i) => [i, { json: { q: "wool" } }]))),
    );
    const refused = await request.get(`/api/trpc/${many}?batch=1&input=${input}`);
    expect(refused.status()).toBe(400);
    expect((await refused.json()).error.message).toMatch(/at most \d+ calls/);

    const two = await request.get(
      `/api/trpc/locations.list,catalog.search?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { json: {} }, 1: { json: { q: "wool" } } }))}`,
    );
    expect(two.status()).toBe(200);
    expect(await two.json()).toHaveLength(2);
  });

  test("an 8 MB body is refused with 413, declared or chunked; a normal one goes through", async ({
    request,
    baseURL,
  }) => {
    const big = Buffer.alloc(8 * 1024 * 1024, "a");
    const declared = await request.post("/api/trpc/cart.addItem", {
      data: big,
      headers: { "content-type": "application/json" },
    });
    expect(declared.status()).toBe(413);
    expect((await declared.json()).error.message).toMatch(/too large/);

    // No Content-Length: the body arrives in chunks and is counted as it comes.
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 128; i++) controller.enqueue(new Uint8Array(64 * 1024).fill(97));
        controller.close();
      },
    });
    const chunked = await fetch(`${baseURL}/api/trpc/cart.addItem`, {
      method: "POST",
      body: chunks,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);

    const added = await request.post("/api/trpc/cart.addItem", {
      data: { json: { variantId: randomUUID(), quantity: 1 } },
    });
    expect(added.status()).toBe(404); // read and answered by the procedure: no such item
  });
});
