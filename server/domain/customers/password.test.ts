import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { notification, rateLimit, user } from "@/db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed/fixtures";
import { verifyPassword } from "@/server/auth/password";
import { liveSession, startSession } from "@/server/domain/security/sessions";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { sessionUserFor } from "@/server/test/session-user";
import { changePassword, PASSWORD_CHANGES_PER_ACCOUNT } from "./password";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());
beforeEach(() => t.db.delete(rateLimit));

async function storedHash(email: string) {
  const [row] = await t.db.select({ passwordHash: user.passwordHash }).from(user).where(eq(user.email, email));
  return row!.passwordHash!;
}

describe("changing a password", () => {
  it("ends the account's other sessions but not the one that changed it, and tells the owner", async () => {
    const ana = await sessionUserFor(t.db, DEMO_ACCOUNTS.customer);
    const here = await startSession(t.db, ana.id);
    const laptop = await startSession(t.db, ana.id);
    const stolen = await startSession(t.db, ana.id);
    const ben = await sessionUserFor(t.db, DEMO_ACCOUNTS.customerNoStore);
    const someoneElse = await startSession(t.db, ben.id);

    const result = await changePassword(
      t.db,
      ana.id,
      { currentPassword: DEMO_PASSWORD, newPassword: "a-brand-new-password" },
      { keepSession: here },
    );
    expect(result).toEqual({ signedOutSessions: 2 });
    expect(await liveSession(t.db, here)).toMatchObject({ userId: ana.id });
    expect(await liveSession(t.db, laptop)).toBeNull();
    expect(await liveSession(t.db, stolen)).toBeNull();
    expect(await liveSession(t.db, someoneElse)).not.toBeNull();

    const hash = await storedHash(DEMO_ACCOUNTS.customer);
    expect(await verifyPassword("a-brand-new-password", hash)).toBe(true);
    expect(await verifyPassword(DEMO_PASSWORD, hash)).toBe(false);
    const [mail] = await t.db.select().from(notification).where(eq(notification.toEmail, DEMO_ACCOUNTS.customer));
    expect(mail).toMatchObject({ kind: "password_changed", customerId: ana.id });
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const ben = await sessionUserFor(t.db, DEMO_ACCOUNTS.customerNoStore);
    const session = await startSession(t.db, ben.id);
    const before = await storedHash(DEMO_ACCOUNTS.customerNoStore);
    await expect(
      changePassword(
        t.db,
        ben.id,
        { currentPassword: "not-it", newPassword: "a-brand-new-password" },
        { keepSession: null },
      ),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Your current password is not right.",
      details: { field: "currentPassword" },
    });
    expect(await storedHash(DEMO_ACCOUNTS.customerNoStore)).toBe(before);
    expect(await liveSession(t.db, session)).not.toBeNull();
  });

  it(`allows ${PASSWORD_CHANGES_PER_ACCOUNT.max} tries at the current password per ${PASSWORD_CHANGES_PER_ACCOUNT.windowSeconds / 60} minutes`, async () => {
    const marketer = await sessionUserFor(t.db, DEMO_ACCOUNTS.marketer);
    const guess = { currentPassword: "guess", newPassword: "a-brand-new-password" };
    for (let i = 0; i < PASSWORD_CHANGES_PER_ACCOUNT.max; i++) {
      await expect(changePassword(t.db, marketer.id, guess, { keepSession: null })).rejects.toMatchObject({
        code: "INVALID_INPUT",
      });
    }
    // Even the right password waits: the session may be a thief's.
    await expect(
      changePassword(t.db, marketer.id, { ...guess, currentPassword: DEMO_PASSWORD }, { keepSession: null }),
    ).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });
});
