import { expect, test } from "@playwright/test";
import { FIXTURE_PRODUCT } from "../../db/seed/fixtures";

// The HTTP face of the API: statuses and messages a script or integration relies on.
test.describe("API over HTTP", () => {
  test.skip(({ isMobile }) => isMobile, "the API does not depend on the viewport");

  const get = (path: string, input: unknown) =>
    `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

  test("health names the database", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: "pglite" });
  });

  test("a first page visit gets its guest cookie, so a new visitor's first calls share one guest", async ({
    request,
  }) => {
    const first = await request.get("/search?q=tote", { maxRedirects: 0 });
    const cookie = first.headers()["set-cookie"] ?? "";
    expect(cookie).toMatch(/mostrador_guest=[A-Za-z0-9_-]{43};.*HttpOnly/);
    // The same visitor's next page keeps it; API calls and assets never mint one.
    expect((await request.get("/")).headers()["set-cookie"] ?? "").not.toContain("mostrador_guest");
    expect((await request.get("/api/health")).headers()["set-cookie"] ?? "").not.toContain("mostrador_guest");
  });

  test("a product by slug, and 404 for an unknown one", async ({ request }) => {
    const ok = await request.get(get("catalog.product", { slug: FIXTURE_PRODUCT.slug }));
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(body.result.data.json.name).toBe(FIXTURE_PRODUCT.name);

    const missing = await request.get(get("catalog.product", { slug: "no-such-product" }));
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.json.message).toBe("That product was not found.");
  });

  test("bad input is a 4xx with a message, never a 500", async ({ request }) => {
    const cases: Array<[string, unknown]> = [
      ["catalog.product", { slug: "x".repeat(5_000) }],
      ["catalog.product", { slug: 12 }],
      ["catalog.search", { q: ["array"] }],
      ["catalog.search", null],
      ["catalog.list", { limit: "ten" }],
      ["catalog.browse", { page: 1e9 }],
    ];
    for (const [path, input] of cases) {
      const res = await request.get(get(path, input));
      expect(res.status(), `${path} ${JSON.stringify(input).slice(0, 40)}`).toBe(400);
      expect((await res.json()).error.json.message).toBeTruthy();
    }
    const garbage = await request.get("/api/trpc/catalog.product?input=%7Bnot-json");
    expect(garbage.status()).toBe(400);
    const unknown = await request.get(get("catalog.nothing", {}));
    expect(unknown.status()).toBe(404);
  });

  test("checkout errors name the field or the domain's reason", async ({ request }) => {
    const post = (path: string, input: unknown) => request.post(`/api/trpc/${path}`, { data: { json: input } });
    const order = {
      idempotencyKey: "e2e-api-checkout-1",
      contact: { email: "api@example.com", name: "Api" },
      fulfilment: {
        type: "delivery",
        address: { name: "A", line1: "Calle 1", city: "Madrid", postalCode: "123", country: "ES" },
      },
      payment: { method: "card", card: { number: "4242424242424242", expiry: "12/39", cvc: "123" } },
    };
    const invalid = await post("checkout.placeOrder", order);
    expect(invalid.status()).toBe(400);
    const body = (await invalid.json()).error.json;
    expect(body.message).toBe("Enter a 5-digit postcode, like 28013.");
    expect(body.data.fieldErrors["fulfilment.address.postalCode"]).toEqual(["Enter a 5-digit postcode, like 28013."]);

    const empty = await post("checkout.placeOrder", {
      ...order,
      fulfilment: { ...order.fulfilment, address: { ...order.fulfilment.address, postalCode: "28013" } },
    });
    expect(empty.status()).toBe(400);
    expect((await empty.json()).error.json.data.domainCode).toBe("CART_EMPTY");
  });

  test("a live stream the caller may not see is refused with a 4xx before it opens", async ({ request }) => {
    const stream = (path: string, input?: unknown) =>
      request.get(input === undefined ? `/api/trpc/${path}` : get(path, input), {
        headers: { accept: "text/event-stream" },
      });
    const queue = await stream("live.pickupQueue", { locationId: "00000000-0000-4000-8000-000000000000" });
    expect(queue.status()).toBe(401);
    expect((await queue.json()).error.message).toBe("Sign in to continue.");
    expect((await stream("live.order", { number: "MAD-999999" })).status()).toBe(404);
    expect((await stream("live.myOrders")).status()).toBe(401);
  });

  test("a mutation from another origin is refused", async ({ request }) => {
    const res = await request.post("/api/trpc/locations.choose", {
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      data: { json: { locationId: null } },
    });
    expect(res.status()).toBe(403);
  });
});
