import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { interaction } from "@/db/schema";
import { CONSENT_COOKIE, consentCookieValue } from "@/lib/consent";
import { guestIdFromToken } from "@/server/domain/customers/shopper";
import { adoptGuestSession } from "@/server/domain/customers/sign-in";
import { addToCustomerCart } from "@/server/domain/customers/serve";
import { callerFor, sessionUserFor, trpcCodeOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { locationId, setStock, variantBySku } from "@/server/test/shop";
import { GUEST_COOKIE } from "./shopper";

let t: TestDatabase;
let variantId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  variantId = (await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU)).id;
  await setStock(t.db, variantId, await locationId(t.db, "madrid"), 50);
});
afterAll(() => t.close());

/** A guest's browser with a cart (so a guest cookie), and the given cookie choice. */
async function guestWith(consent?: "granted" | "denied") {
  const first = callerFor(t, null, {}, { consent });
  await first.api.cart.addItem({ variantId, quantity: 1 });
  const token = /=([^;]+)/.exec(first.setCookies.find((c) => c.startsWith(`${GUEST_COOKIE}=`)) ?? "")?.[1] ?? "";
  return { api: first.api, guestId: guestIdFromToken(token), setCookies: first.setCookies };
}

const kindsOf = async (owner: { guestId?: string; customerId?: string }) =>
  (
    await t.db
      .select({ kind: interaction.kind })
      .from(interaction)
      .where(
        and(
          owner.guestId ? eq(interaction.guestId, owner.guestId) : eq(interaction.customerId, owner.customerId!),
          eq(interaction.channel, "web"),
        ),
      )
      .orderBy(interaction.seq)
  ).map((r) => r.kind);

async function browse(api: ReturnType<typeof callerFor>["api"]) {
  const view = await api.history.recordView({ slug: "merino-wool-jumper" });
  const search = await api.history.recordSearch({ query: "merino", resultCount: 3 });
  return [view.recorded, search.recorded];
}

describe("a guest's browsing is recorded only with analytics consent", () => {
  it("leaves no view, search or add to cart behind without a choice, or after rejecting; the cart still works", async () => {
    for (const consent of [undefined, "denied"] as const) {
      const guest = await guestWith(consent);
      expect(await browse(guest.api), consent).toEqual([false, false]);
      await guest.api.cart.addItem({ variantId, quantity: 1 });
      expect((await guest.api.cart.get()).count, consent).toBe(2);
      expect(await kindsOf({ guestId: guest.guestId }), consent).toEqual([]);
      expect((await guest.api.history.recent()).viewed, consent).toEqual([]);
    }
  });

  it("gives a new guest no cookie for a view it does not record", async () => {
    const { api, setCookies } = callerFor(t);
    await api.history.recordView({ slug: "merino-wool-jumper" });
    expect(setCookies).toEqual([]);
  });

  it("records them when the cookie allows analytics", async () => {
    const guest = await guestWith("granted");
    expect(await browse(guest.api)).toEqual([true, true]);
    expect(await kindsOf({ guestId: guest.guestId })).toEqual(["add_to_cart", "view", "search"]);
    expect((await guest.api.history.recent()).viewed.map((v) => v.slug)).toEqual(["merino-wool-jumper"]);
  });

  it("still records store-side touchpoints: staff adding to a customer's cart at the counter", async () => {
    const ana = await sessionUserFor(t.db, DEMO_ACCOUNTS.customer);
    const staff = await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid);
    await addToCustomerCart(t.db, staff.id, ana.id, variantId, 1);
    const store = await t.db
      .select({ kind: interaction.kind })
      .from(interaction)
      .where(and(eq(interaction.customerId, ana.id), eq(interaction.channel, "store")));
    expect(store).toEqual([{ kind: "add_to_cart" }]);
  });
});

describe("a signed-in customer's browsing follows their account's privacy setting", () => {
  it("records nothing by default, whatever the cookie says; once allowed in the account, it does", async () => {
    const ben = await sessionUserFor(t.db, DEMO_ACCOUNTS.customerNoStore);
    const asBen = callerFor(t, ben, {}, { consent: "granted" });
    expect((await asBen.api.account.me()).analyticsConsent).toBe(false);
    expect(await browse(asBen.api)).toEqual([false, false]);
    await asBen.api.cart.addItem({ variantId, quantity: 1 });
    expect(await kindsOf({ customerId: ben.id })).toEqual([]);

    expect(await asBen.api.account.setAnalyticsConsent({ allowed: true })).toEqual({ allowed: true });
    expect(await browse(asBen.api)).toEqual([true, true]);
    await asBen.api.cart.addItem({ variantId, quantity: 1 });
    expect(await kindsOf({ customerId: ben.id })).toEqual(["view", "search", "add_to_cart"]);
    // This browser's cookie follows the account.
    expect(asBen.setCookies.at(-1)).toMatch(
      new RegExp(`^${CONSENT_COOKIE}=${consentCookieValue({ analytics: true })};`),
    );

    await asBen.api.account.setAnalyticsConsent({ allowed: false });
    expect(await browse(asBen.api)).toEqual([false, false]);
    expect(await kindsOf({ customerId: ben.id })).toHaveLength(3);
  });

  it("takes the banner's choice made while signed in into the account, and sets the cookie", async () => {
    const dora = await sessionUserFor(t.db, DEMO_ACCOUNTS.marketer);
    const asDora = callerFor(t, dora);
    expect(await asDora.api.consent.current()).toEqual({ analytics: false, ask: true });
    expect(await asDora.api.consent.choose({ analytics: true })).toEqual({ analytics: true });
    const me = await asDora.api.account.me();
    expect(me.analyticsConsent).toBe(true);
    expect(me.analyticsConsentAt).toBeInstanceOf(Date);
    const cookie = asDora.setCookies.find((c) => c.startsWith(`${CONSENT_COOKIE}=`)) ?? "";
    expect(cookie).toMatch(/Max-Age=31536000/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    // Another browser without the cookie is not asked again: the account has chosen.
    expect(await callerFor(t, dora).api.consent.current()).toEqual({ analytics: true, ask: false });
    expect(await browse(callerFor(t, dora).api)).toEqual([true, true]);
    await asDora.api.consent.choose({ analytics: false });
    expect((await asDora.api.account.me()).analyticsConsent).toBe(false);
  });
});

describe("the consent procedures", () => {
  it("asks a guest until they choose, then shows the choice", async () => {
    expect(await callerFor(t).api.consent.current()).toEqual({ analytics: false, ask: true });
    expect(await callerFor(t, null, {}, { consent: "granted" }).api.consent.current()).toEqual({
      analytics: true,
      ask: false,
    });
    expect(await callerFor(t, null, {}, { consent: "denied" }).api.consent.current()).toEqual({
      analytics: false,
      ask: false,
    });
    const { api, setCookies } = callerFor(t);
    await api.consent.choose({ analytics: false });
    expect(setCookies).toEqual([expect.stringMatching(new RegExp(`^${CONSENT_COOKIE}=1\\.necessary;`))]);
  });

  it("refuses input that is not a yes or no (400)", async () => {
    const guest = callerFor(t).api;
    const ana = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.customer)).api;
    expect(await trpcCodeOf(guest.consent.choose({ analytics: "yes" as unknown as boolean }))).toBe("BAD_REQUEST");
    expect(await trpcCodeOf(guest.consent.choose({} as { analytics: boolean }))).toBe("BAD_REQUEST");
    expect(await trpcCodeOf(ana.account.setAnalyticsConsent({ allowed: 1 as unknown as boolean }))).toBe("BAD_REQUEST");
    expect(await trpcCodeOf(ana.account.setAnalyticsConsent(undefined as unknown as { allowed: boolean }))).toBe(
      "BAD_REQUEST",
    );
  });

  it("keeps the account setting for signed-in people (401 for a guest)", async () => {
    expect(await trpcCodeOf(callerFor(t).api.account.setAnalyticsConsent({ allowed: true }))).toBe("UNAUTHORIZED");
  });
});

describe("signing in", () => {
  it("brings the guest's consented views and searches into the account", async () => {
    const ana = await sessionUserFor(t.db, DEMO_ACCOUNTS.customer);
    const guest = await guestWith("granted");
    await guest.api.history.recordView({ slug: "canvas-tote-bag" });
    await guest.api.history.recordSearch({ query: "raincoat", resultCount: 2 });

    await adoptGuestSession(t.db, ana.id, { guestId: guest.guestId, storeId: null, consent: { analytics: true } });

    expect(await kindsOf({ guestId: guest.guestId })).toEqual([]);
    const asAna = callerFor(t, ana).api;
    const recent = await asAna.history.recent();
    expect(recent.viewed.map((v) => v.slug)).toContain("canvas-tote-bag");
    expect(recent.searches.map((s) => s.query)).toContain("raincoat");
  });

  it("adopts the browser's choice into an account that never chose, and leaves a chosen one alone", async () => {
    const staff = await sessionUserFor(t.db, DEMO_ACCOUNTS.staffBarcelona);
    await adoptGuestSession(t.db, staff.id, { guestId: null, storeId: null, consent: { analytics: true } });
    expect((await callerFor(t, staff).api.account.me()).analyticsConsent).toBe(true);
    await adoptGuestSession(t.db, staff.id, { guestId: null, storeId: null, consent: { analytics: false } });
    expect((await callerFor(t, staff).api.account.me()).analyticsConsent).toBe(true);

    const admin = await sessionUserFor(t.db, DEMO_ACCOUNTS.admin);
    await adoptGuestSession(t.db, admin.id, { guestId: null, storeId: null, consent: null });
    expect((await callerFor(t, admin).api.account.me()).analyticsConsentAt).toBeNull();
  });
});
