import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/db/seed/fixtures";
import { callerFor, sessionUserFor, trpcCodeOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { locationId } from "@/server/test/shop";
import { CONSOLE_STORE_COOKIE } from "./trpc";

let t: TestDatabase;
let madrid: string;
let barcelona: string;
beforeAll(async () => {
  t = await createTestDatabase();
  madrid = await locationId(t.db, "madrid");
  barcelona = await locationId(t.db, "barcelona");
});
afterAll(() => t.close());

describe("which store the console works for", () => {
  it("is always a staff member's own store, whatever the request says", async () => {
    const staff = await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid);
    const asStaff = callerFor(t, staff, { [CONSOLE_STORE_COOKIE]: barcelona }).api;
    const place = await asStaff.staff.whereAmI();
    expect(place.store.id).toBe(madrid);
    expect(place.canSwitchStore).toBe(false);
    expect(await trpcCodeOf(asStaff.staff.switchStore({ locationId: barcelona }))).toBe("FORBIDDEN");
  });

  it("is the store an admin switched to, for every console call after", async () => {
    const admin = await sessionUserFor(t.db, DEMO_ACCOUNTS.admin);
    const first = callerFor(t, admin);
    const before = await first.api.staff.whereAmI();
    expect(before.canSwitchStore).toBe(true);
    expect(before.stores.map((s) => s.id)).toEqual(expect.arrayContaining([madrid, barcelona]));

    await first.api.staff.switchStore({ locationId: barcelona });
    expect(first.setCookies[0]).toMatch(new RegExp(`^${CONSOLE_STORE_COOKIE}=${barcelona};.*HttpOnly`));
    const later = callerFor(t, admin, { [CONSOLE_STORE_COOKIE]: barcelona }).api;
    expect((await later.staff.whereAmI()).store.id).toBe(barcelona);
    // A cookie naming something that is not a store falls back to a store, never to it.
    const odd = callerFor(t, admin, { [CONSOLE_STORE_COOKIE]: "not-a-store" }).api;
    expect((await odd.staff.whereAmI()).stores.map((s) => s.id)).toContain((await odd.staff.whereAmI()).store.id);
    expect(await trpcCodeOf(first.api.staff.switchStore({ locationId: "00000000-0000-4000-8000-000000000000" }))).toBe(
      "NOT_FOUND",
    );
  });

  it("refuses shoppers and guests", async () => {
    const ana = await sessionUserFor(t.db, DEMO_ACCOUNTS.customer);
    expect(await trpcCodeOf(callerFor(t, ana).api.staff.whereAmI())).toBe("FORBIDDEN");
    expect(await trpcCodeOf(callerFor(t).api.staff.whereAmI())).toBe("UNAUTHORIZED");
  });
});
