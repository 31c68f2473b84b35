import { eq } from "drizzle-orm";
import type { JWT } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authSession, location, user } from "@/db/schema";
import { DEMO_ACCOUNTS } from "@/db/seed/fixtures";
import { sessionToken } from "@/server/auth/session-token";
import { changeRole } from "@/server/domain/staff/roles";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { sessionUserFor } from "@/server/test/session-user";
import { endSession, endSessionsOf, liveSessionCount, SESSION_MAX_AGE_SECONDS, sweepSessions } from "./sessions";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

/** What Auth.js does at sign-in: the jwt callback with the user authorize() returned. */
async function signIn(email: string): Promise<JWT> {
  const who = await sessionUserFor(t.db, email);
  const token = await sessionToken(t.db, {
    token: { sub: who.id, email: who.email },
    user: { ...who },
    trigger: "signIn",
  });
  expect(token?.sid).toEqual(expect.any(String));
  return token!;
}

/** What every later request does with the cookie's token: null means signed out. */
const read = (token: JWT) => sessionToken(t.db, { token });

async function storeId(code: string) {
  const [row] = await t.db.select({ id: location.id }).from(location).where(eq(location.code, code));
  return row!.id;
}

describe("sessions are rows the server can end", () => {
  it("a token keeps working until its session is signed out, then never again", async () => {
    const token = await signIn(DEMO_ACCOUNTS.customer);
    expect(await read(token)).toMatchObject({ sid: token.sid, role: "customer", email: DEMO_ACCOUNTS.customer });
    // Auth.js's signOut event: a copy of the cookie kept from before is now worthless.
    await endSession(t.db, token.sid!);
    expect(await read(token)).toBeNull();
    expect(await read(token)).toBeNull();
  });

  it("refuses a token from before sessions had rows, and one naming no session", async () => {
    const who = await sessionUserFor(t.db, DEMO_ACCOUNTS.customer);
    expect(await read({ sub: who.id, role: "admin" })).toBeNull();
    expect(await read({ sub: who.id, sid: "00000000-0000-4000-8000-000000000000" })).toBeNull();
    expect(await read({ sub: who.id, sid: "not-a-uuid" })).toBeNull();
  });

  it("refuses a session older than the cookie's max age, even if never ended", async () => {
    const token = await signIn(DEMO_ACCOUNTS.customer);
    const old = new Date(Date.now() - (SESSION_MAX_AGE_SECONDS + 60) * 1000);
    await t.db.update(authSession).set({ createdAt: old }).where(eq(authSession.id, token.sid!));
    expect(await read(token)).toBeNull();
  });

  it("reads the account's role and store as they are now, not as the token says", async () => {
    const token = await signIn(DEMO_ACCOUNTS.customerNoStore);
    const barcelona = await storeId("BCN");
    await t.db
      .update(user)
      .set({ role: "staff", staffLocationId: barcelona })
      .where(eq(user.email, DEMO_ACCOUNTS.customerNoStore));
    // The token still says "customer": the row wins.
    expect(token.role).toBe("customer");
    expect(await read(token)).toMatchObject({ role: "staff", staffLocationId: barcelona });
    await t.db
      .update(user)
      .set({ role: "customer", staffLocationId: null })
      .where(eq(user.email, DEMO_ACCOUNTS.customerNoStore));
  });

  it("a role change ends every session of the account; signing in again gives the new role", async () => {
    const admin = await sessionUserFor(t.db, DEMO_ACCOUNTS.admin);
    const phone = await signIn(DEMO_ACCOUNTS.staffMadrid);
    const tablet = await signIn(DEMO_ACCOUNTS.staffMadrid);
    const target = await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid);
    const barcelona = await storeId("BCN");

    const changed = await changeRole(t.db, admin.id, { userId: target.id, role: "staff", staffLocationId: barcelona });
    expect(changed).toMatchObject({ role: "staff", staffLocationId: barcelona, signedOutSessions: 2 });
    expect(await read(phone)).toBeNull();
    expect(await read(tablet)).toBeNull();
    expect(await read(await signIn(DEMO_ACCOUNTS.staffMadrid))).toMatchObject({
      role: "staff",
      staffLocationId: barcelona,
    });

    // Leaving the staff drops the store too.
    await changeRole(t.db, admin.id, { userId: target.id, role: "customer", staffLocationId: barcelona });
    expect(await read(await signIn(DEMO_ACCOUNTS.staffMadrid))).toMatchObject({
      role: "customer",
      staffLocationId: null,
    });
    await changeRole(t.db, admin.id, { userId: target.id, role: "staff", staffLocationId: await storeId("MAD") });
  });

  it("refuses a staff role without a store, a warehouse as a store, and changing one's own role", async () => {
    const admin = await sessionUserFor(t.db, DEMO_ACCOUNTS.admin);
    const ben = await sessionUserFor(t.db, DEMO_ACCOUNTS.customerNoStore);
    await expect(
      changeRole(t.db, admin.id, { userId: ben.id, role: "staff", staffLocationId: null }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      changeRole(t.db, admin.id, { userId: ben.id, role: "staff", staffLocationId: await storeId("WH") }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      changeRole(t.db, admin.id, { userId: admin.id, role: "customer", staffLocationId: null }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await sessionUserFor(t.db, DEMO_ACCOUNTS.customerNoStore)).role).toBe("customer");
  });

  it("signing out everywhere ends every session; another account's are untouched", async () => {
    const a = await signIn(DEMO_ACCOUNTS.marketer);
    const b = await signIn(DEMO_ACCOUNTS.marketer);
    const other = await signIn(DEMO_ACCOUNTS.customer);
    const marketer = await sessionUserFor(t.db, DEMO_ACCOUNTS.marketer);
    expect(await endSessionsOf(t.db, marketer.id)).toBe(2);
    expect(await read(a)).toBeNull();
    expect(await read(b)).toBeNull();
    expect(await read(other)).not.toBeNull();
    expect(await liveSessionCount(t.db, marketer.id)).toBe(0);
  });

  it("the sweep forgets ended and too-old sessions only", async () => {
    const live = await signIn(DEMO_ACCOUNTS.customer);
    const ended = await signIn(DEMO_ACCOUNTS.customer);
    await endSession(t.db, ended.sid!, new Date(Date.now() - 1000));
    await sweepSessions(t.db);
    const ids = (await t.db.select({ id: authSession.id }).from(authSession)).map((r) => r.id);
    expect(ids).toContain(live.sid);
    expect(ids).not.toContain(ended.sid);
  });
});
