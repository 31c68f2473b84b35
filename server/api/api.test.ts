import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, FIXTURE_PRODUCT, MIN_PUBLISHED_PRODUCTS } from "@/db/seed/fixtures";
import { callerFor, sessionUserFor, trpcErrorOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { STORE_COOKIE } from "./trpc";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const huge = "x".repeat(100_000);

describe("public catalog API", () => {
  it("pages through every product with catalog.list cursors", async () => {
    const { api } = callerFor(t);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof api.catalog.list>> = await api.catalog.list({ cursor, limit: 25 });
      expect(page.items.every((i) => typeof i.slug === "string" && typeof i.name === "string")).toBe(true);
      seen.push(...page.items.map((i) => i.slug));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThanOrEqual(MIN_PUBLISHED_PRODUCTS);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("returns a product with variants, prices and per-location availability", async () => {
    const { api } = callerFor(t);
    const p = await api.catalog.product({ slug: FIXTURE_PRODUCT.slug });
    const v = p.variants[0]!;
    expect(v).toMatchObject({
      id: expect.any(String),
      sku: expect.any(String),
      price: { amountMinor: expect.any(Number), currency: "EUR" },
    });
    expect(v.availability[0]).toMatchObject({
      locationId: expect.any(String),
      locationName: expect.any(String),
      available: expect.any(Number),
    });
  });

  it("lists locations with their kind and click-and-collect flag", async () => {
    const { api } = callerFor(t);
    const locations = await api.locations.list();
    expect(locations.filter((l) => l.kind === "store" && l.clickAndCollect)).toHaveLength(3);
    expect(locations.filter((l) => l.kind === "warehouse")).toHaveLength(1);
  });

  it("answers bad input with BAD_REQUEST and unknown things with NOT_FOUND, never a 500", async () => {
    const { api } = callerFor(t);
    const bad: Array<() => Promise<unknown>> = [
      () => api.catalog.product({ slug: huge }),
      () => api.catalog.product({ slug: 42 as unknown as string }),
      () => api.catalog.product({ slug: "Robert'); DROP TABLE product;--" }),
      () => api.catalog.search({ q: huge }),
      () => api.catalog.search({} as { q: string }),
      () => api.catalog.list({ limit: 10_000 }),
      () => api.catalog.list({ cursor: "abc" }),
      () => api.catalog.browse({ page: -1 }),
      () => api.catalog.browse({ sizes: Array.from({ length: 500 }, () => "M") }),
      () => api.catalog.browse({ availableAt: "madrid" }),
      () => api.locations.choose({ locationId: "not-a-uuid" }),
      () => api.account.signUp({ name: huge, email: "a@b.co", password: "long-enough" }),
    ];
    for (const call of bad) {
      const err = await trpcErrorOf(call());
      expect(err.code).toBe("BAD_REQUEST");
      expect(err.message.length).toBeGreaterThan(0);
    }
    const missing = await trpcErrorOf(api.catalog.product({ slug: "does-not-exist" }));
    expect(missing).toMatchObject({ code: "NOT_FOUND", message: "That product was not found." });
    expect((await trpcErrorOf(api.catalog.category({ slug: "nope" }))).code).toBe("NOT_FOUND");
  });
});

describe("the shopper's store", () => {
  it("remembers a guest's store in an http-only cookie and uses it for availability", async () => {
    const stores = await callerFor(t).api.locations.list();
    const valencia = stores.find((s) => s.slug === "valencia")!;
    const guest = callerFor(t);
    await guest.api.locations.choose({ locationId: valencia.id });
    expect(guest.setCookies[0]).toMatch(new RegExp(`^${STORE_COOKIE}=${valencia.id};.*HttpOnly`));

    const returning = callerFor(t, null, { [STORE_COOKIE]: valencia.id });
    expect((await returning.api.locations.chosen())?.slug).toBe("valencia");
    const { items } = await returning.api.catalog.browse({ category: "knitwear" });
    expect(items.every((i) => i.availableAtStore !== null)).toBe(true);
  });

  it("saves a signed-in shopper's store to their profile, for every device", async () => {
    const ben = await sessionUserFor(t.db, DEMO_ACCOUNTS.customerNoStore);
    const stores = await callerFor(t).api.locations.list();
    const barcelona = stores.find((s) => s.slug === "barcelona")!;
    await callerFor(t, ben).api.locations.choose({ locationId: barcelona.id });
    const otherDevice = callerFor(t, ben);
    expect((await otherDevice.api.locations.chosen())?.id).toBe(barcelona.id);
    expect((await otherDevice.api.account.me()).preferredLocationId).toBe(barcelona.id);
  });

  it("refuses the warehouse as a pickup store", async () => {
    const stores = await callerFor(t).api.locations.list();
    const warehouse = stores.find((s) => s.kind === "warehouse")!;
    const err = await trpcErrorOf(callerFor(t).api.locations.choose({ locationId: warehouse.id }));
    expect(err.code).toBe("NOT_FOUND");
  });
});

describe("accounts", () => {
  it("requires a session for the profile", async () => {
    expect((await trpcErrorOf(callerFor(t).api.account.me())).code).toBe("UNAUTHORIZED");
  });

  it("answers a sign-up the same for a new and a taken email", async () => {
    const { api } = callerFor(t);
    expect(await api.account.signUp({ name: "Dani", email: "dani@example.com", password: "long-enough" })).toEqual({
      sentTo: "dani@example.com",
    });
    expect(await api.account.signUp({ name: "Dani", email: "ANA@mostrador.dev", password: "long-enough" })).toEqual({
      sentTo: "ana@mostrador.dev",
    });
  });

  it("never returns the password hash", async () => {
    const ana = await sessionUserFor(t.db, DEMO_ACCOUNTS.customer);
    const me = await callerFor(t, ana).api.account.me();
    expect(JSON.stringify(me)).not.toMatch(/scrypt|passwordHash/);
  });
});
