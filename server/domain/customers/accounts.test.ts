import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed/fixtures";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { FREE_ATTEMPTS, throttleWaitSeconds, verifyCredentials } from "./accounts";
import { ACCOUNT_LIMIT, waitWords } from "./sign-in-throttle";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe("sign-in", () => {
  it("signs in the demo accounts with their role", async () => {
    const staff = await verifyCredentials(t.db, DEMO_ACCOUNTS.staffMadrid, DEMO_PASSWORD);
    expect(staff.role).toBe("staff");
    expect(staff.staffLocationId).not.toBeNull();
    expect((await verifyCredentials(t.db, DEMO_ACCOUNTS.marketer, DEMO_PASSWORD)).role).toBe("marketer");
  });

  it("gives the same message for an unknown email and a wrong password", async () => {
    const unknown = await verifyCredentials(t.db, "nobody@example.com", "whatever").catch((e: unknown) => e);
    const wrong = await verifyCredentials(t.db, DEMO_ACCOUNTS.admin, "wrong-password").catch((e: unknown) => e);
    expect(unknown).toMatchObject({ code: "INVALID_CREDENTIALS" });
    expect(wrong).toMatchObject({ code: "INVALID_CREDENTIALS", message: (unknown as Error).message });
  });

  it("refuses repeated failures, even with the right password, until the window has passed", async () => {
    const email = DEMO_ACCOUNTS.customerNoStore;
    const start = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < ACCOUNT_LIMIT.max; i++) {
      await expect(verifyCredentials(t.db, email, "guess", start)).rejects.toMatchObject({
        code: "INVALID_CREDENTIALS",
      });
    }
    const blocked = await verifyCredentials(t.db, email, DEMO_PASSWORD, new Date(start.getTime() + 60_000)).catch(
      (e: unknown) => e,
    );
    expect(blocked).toMatchObject({
      code: "TOO_MANY_ATTEMPTS",
      details: { retryAfterSeconds: ACCOUNT_LIMIT.windowSeconds - 60 },
    });
    expect((blocked as Error).message).toBe("Too many failed attempts. Try again in 14 minutes.");

    const later = new Date(start.getTime() + ACCOUNT_LIMIT.windowSeconds * 1000);
    const user = await verifyCredentials(t.db, email, DEMO_PASSWORD, later);
    expect(user.email).toBe(email);
    // A success clears the count: the next mistake is a plain failure again.
    await expect(verifyCredentials(t.db, email, "guess", later)).rejects.toMatchObject({ code: "INVALID_CREDENTIALS" });
  });

  it("says how long to wait in words a person reads", () => {
    expect(waitWords(1, "en")).toBe("1 second");
    expect(waitWords(45, "en")).toBe("45 seconds");
    expect(waitWords(14 * 60, "en")).toBe("14 minutes");
    expect(waitWords(20 * 60 * 60, "en")).toBe("20 hours");
    expect(waitWords(1, "es")).toBe("1 segundo");
    expect(waitWords(14 * 60, "es")).toBe("14 minutos");
  });

  // The pickup-code check at the counter waits this way.
  it("doubles the wait with each further failure, up to a cap", () => {
    expect(throttleWaitSeconds(FREE_ATTEMPTS - 1)).toBe(0);
    expect(throttleWaitSeconds(FREE_ATTEMPTS)).toBe(1);
    expect(throttleWaitSeconds(FREE_ATTEMPTS + 3)).toBe(8);
    expect(throttleWaitSeconds(FREE_ATTEMPTS + 40)).toBe(900);
  });
});
