import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { location, rateLimit } from "@/db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed/fixtures";
import { SIGN_UP_PER_ADDRESS } from "@/server/domain/customers/sign-up";
import { liveSession, liveSessionCount, startSession } from "@/server/domain/security/sessions";
import { callerFor, sessionUserFor, trpcCodeOf, trpcErrorOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const as = (email: string) => sessionUserFor(t.db, email);

describe("account.signUp", () => {
  it("is open to guests, and refuses a client address past its limit with 429 and the wait", async () => {
    await t.db.delete(rateLimit);
    const guest = callerFor(t, null, {}, { clientAddress: "198.51.100.20" }).api;
    for (let i = 0; i < SIGN_UP_PER_ADDRESS.max; i++) {
      await guest.account.signUp({ name: "Eva", email: `eva-${i}@example.com`, password: "long-enough" });
    }
    const err = await trpcErrorOf(
      guest.account.signUp({ name: "Eva", email: "eva-more@example.com", password: "long-enough" }),
    );
    expect(err.code).toBe("TOO_MANY_REQUESTS");
    expect(err.message).toMatch(/Too many sign-ups\. Try again in \d+ minutes?\./);
  });

  it("refuses bad input with 400 and a message", async () => {
    for (const input of [
      { name: "", email: "a@b.co", password: "long-enough" },
      { name: "A", email: "nope", password: "long-enough" },
      { name: "A", email: "a@b.co", password: "x".repeat(201) },
    ]) {
      const err = await trpcErrorOf(callerFor(t).api.account.signUp(input));
      expect(err.code).toBe("BAD_REQUEST");
      expect(err.message.length).toBeGreaterThan(0);
    }
  });
});

describe("account.changePassword", () => {
  it("needs a session, and the current password", async () => {
    const input = { currentPassword: DEMO_PASSWORD, newPassword: "a-new-password" };
    expect(await trpcCodeOf(callerFor(t).api.account.changePassword(input))).toBe("UNAUTHORIZED");
    const ben = await as(DEMO_ACCOUNTS.customerNoStore);
    const wrong = await trpcErrorOf(
      callerFor(t, ben).api.account.changePassword({ ...input, currentPassword: "wrong" }),
    );
    expect([wrong.code, wrong.message]).toEqual(["BAD_REQUEST", "Your current password is not right."]);
    expect(await trpcCodeOf(callerFor(t, ben).api.account.changePassword({ ...input, newPassword: "short" }))).toBe(
      "BAD_REQUEST",
    );
  });

  it("keeps the caller's session and ends the others, for any role", async () => {
    const staff = await as(DEMO_ACCOUNTS.staffBarcelona);
    const here = await startSession(t.db, staff.id);
    const other = await startSession(t.db, staff.id);
    const api = callerFor(t, staff, {}, { sessionId: here }).api;
    expect(await api.account.changePassword({ currentPassword: DEMO_PASSWORD, newPassword: "a-new-password" })).toEqual(
      { signedOutSessions: 1 },
    );
    expect(await liveSession(t.db, here)).not.toBeNull();
    expect(await liveSession(t.db, other)).toBeNull();
  });
});

describe("account.setLocale", () => {
  it("needs a session; keeps any signed-in person's language on their account and in this browser", async () => {
    expect(await trpcCodeOf(callerFor(t).api.account.setLocale({ locale: "en" }))).toBe("UNAUTHORIZED");
    for (const email of [DEMO_ACCOUNTS.customer, DEMO_ACCOUNTS.staffMadrid]) {
      const { api, setCookies } = callerFor(t, await as(email));
      expect(await api.account.setLocale({ locale: "en" })).toEqual({ locale: "en" });
      expect((await api.account.me()).locale).toBe("en");
      expect(setCookies.at(-1)).toMatch(/^NEXT_LOCALE=en; Path=\/;/);
      expect(setCookies.at(-1)).not.toMatch(/HttpOnly/);
      await api.account.setLocale({ locale: "es" });
      expect((await api.account.me()).locale).toBe("es");
    }
    const refused = await trpcCodeOf(
      callerFor(t, await as(DEMO_ACCOUNTS.customer)).api.account.setLocale({ locale: "fr" as "es" }),
    );
    expect(refused).toBe("BAD_REQUEST");
  });
});

describe("account.signOutEverywhere", () => {
  it("needs a session, and ends every session of the caller's account only", async () => {
    expect(await trpcCodeOf(callerFor(t).api.account.signOutEverywhere())).toBe("UNAUTHORIZED");
    const ana = await as(DEMO_ACCOUNTS.customer);
    const ben = await as(DEMO_ACCOUNTS.customerNoStore);
    const [here, phone, bens] = [
      await startSession(t.db, ana.id),
      await startSession(t.db, ana.id),
      await startSession(t.db, ben.id),
    ];
    expect(await callerFor(t, ana, {}, { sessionId: here }).api.account.signOutEverywhere()).toEqual({
      signedOutSessions: 2,
    });
    expect(await liveSession(t.db, here)).toBeNull();
    expect(await liveSession(t.db, phone)).toBeNull();
    expect(await liveSession(t.db, bens)).not.toBeNull();
  });
});

describe("staff.changeRole", () => {
  it("is for admins only", async () => {
    const ben = await as(DEMO_ACCOUNTS.customerNoStore);
    const input = { userId: ben.id, role: "marketer" as const, staffLocationId: null };
    expect(await trpcCodeOf(callerFor(t).api.staff.changeRole(input))).toBe("UNAUTHORIZED");
    for (const email of [DEMO_ACCOUNTS.customer, DEMO_ACCOUNTS.staffMadrid, DEMO_ACCOUNTS.marketer]) {
      expect(await trpcCodeOf(callerFor(t, await as(email)).api.staff.changeRole(input)), email).toBe("FORBIDDEN");
    }
    expect((await as(DEMO_ACCOUNTS.customerNoStore)).role).toBe("customer");
  });

  it("lets an admin make a customer staff of a store, ending their sessions; bad input is a 4xx", async () => {
    const admin = callerFor(t, await as(DEMO_ACCOUNTS.admin)).api;
    const ben = await as(DEMO_ACCOUNTS.customerNoStore);
    const session = await startSession(t.db, ben.id);
    const [valencia] = await t.db.select({ id: location.id }).from(location).where(eq(location.code, "VLC"));
    const changed = await admin.staff.changeRole({ userId: ben.id, role: "staff", staffLocationId: valencia!.id });
    expect(changed).toMatchObject({ role: "staff", staffLocationId: valencia!.id });
    expect(changed.signedOutSessions).toBeGreaterThanOrEqual(1);
    expect(await liveSession(t.db, session)).toBeNull();
    expect(await liveSessionCount(t.db, ben.id)).toBe(0);

    expect(await trpcCodeOf(admin.staff.changeRole({ userId: ben.id, role: "staff", staffLocationId: null }))).toBe(
      "BAD_REQUEST",
    );
    expect(
      await trpcCodeOf(admin.staff.changeRole({ userId: ben.id, role: "owner" as "admin", staffLocationId: null })),
    ).toBe("BAD_REQUEST");
    expect(
      await trpcCodeOf(
        admin.staff.changeRole({
          userId: "00000000-0000-4000-8000-000000000000",
          role: "customer",
          staffLocationId: null,
        }),
      ),
    ).toBe("NOT_FOUND");
    await admin.staff.changeRole({ userId: ben.id, role: "customer", staffLocationId: null });
  });
});

describe("account mail in the dev mailbox", () => {
  it("shows sign-up links to admins only, never to a store's staff", async () => {
    await t.db.delete(rateLimit);
    await callerFor(t).api.account.signUp({ name: "Lia", email: "lia@example.com", password: "long-enough" });
    const admin = callerFor(t, await as(DEMO_ACCOUNTS.admin)).api;
    const mail = (await admin.notifications.list()).find((m) => m.toEmail === "lia@example.com");
    expect(mail).toMatchObject({ kind: "sign_up_link", orderNumber: null });
    expect((await admin.notifications.get({ id: mail!.id })).body).toMatch(/\/sign-up\/confirm\?token=/);

    const staff = callerFor(t, await as(DEMO_ACCOUNTS.staffMadrid)).api;
    expect((await staff.notifications.list()).some((m) => m.toEmail === "lia@example.com")).toBe(false);
    expect(await trpcCodeOf(staff.notifications.get({ id: mail!.id }))).toBe("NOT_FOUND");
  });
});
