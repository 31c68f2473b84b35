import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { like } from "drizzle-orm";
import { rateLimit, user } from "@/db/schema";
import { hashPassword } from "@/server/auth/password";
import { sweepRateLimits } from "@/server/domain/security/rate-limit";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { signInWithPassword, verifyCredentials, type SignInAttempt, type SignInOptions } from "./accounts";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, DEVICE_LIMIT, SIGN_IN_LIMITS, type SignInLimits } from "./sign-in-throttle";

const PASSWORD = "the-right-password";
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase({ seed: false });
  const passwordHash = await hashPassword(PASSWORD);
  const names = ["owner", "parallel", "timing", "device", ...Array.from({ length: 10 }, (_, i) => `spray${i}`)];
  await t.db.insert(user).values(names.map((name) => ({ name, email: `${name}@example.com`, passwordHash })));
});
afterAll(() => t.close());

/** The production limits under rule names of one test's own, so tests do not share windows. */
function limitsFor(tag: string, max: Partial<Record<keyof SignInLimits, number>> = {}): SignInLimits {
  const entries = Object.entries(SIGN_IN_LIMITS).map(([name, limit]) => [
    name,
    { ...limit, rule: `${limit.rule}-${tag}`, max: max[name as keyof SignInLimits] ?? limit.max },
  ]);
  return Object.fromEntries(entries) as SignInLimits;
}

/** The outcome's code: "ok", INVALID_CREDENTIALS (the password was checked) or TOO_MANY_ATTEMPTS (it was not). */
async function outcome(attempt: SignInAttempt, opts?: SignInOptions): Promise<string> {
  return signInWithPassword(t.db, attempt, opts).then(
    () => "ok",
    (err: { code?: string }) => err.code ?? "error",
  );
}

function count(outcomes: string[], code: string) {
  return outcomes.filter((o) => o === code).length;
}

describe("sign-in limits", () => {
  it("checks no more than the account's allowance of 100 parallel wrong guesses, then refuses even the right password", async () => {
    const email = "parallel@example.com";
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, () =>
        verifyCredentials(t.db, email, "a-guess").then(
          () => "ok",
          (err: { code?: string }) => err.code ?? "error",
        ),
      ),
    );
    expect(count(outcomes, "INVALID_CREDENTIALS")).toBe(ACCOUNT_LIMIT.max);
    expect(count(outcomes, "TOO_MANY_ATTEMPTS")).toBe(100 - ACCOUNT_LIMIT.max);
    // An untrusted client with the right password is still refused inside the window.
    await expect(verifyCredentials(t.db, email, PASSWORD)).rejects.toMatchObject({ code: "TOO_MANY_ATTEMPTS" });
  });

  it("stops one address guessing over many accounts at the address limit", async () => {
    const limits = limitsFor("address");
    const guesses = Array.from({ length: 50 }, (_, i) => ({
      email: `spray${i % 10}@example.com`,
      password: `guess-${i}`,
      clientAddress: "203.0.113.7",
    }));
    const outcomes = await Promise.all(guesses.map((g) => outcome(g, { limits })));
    expect(count(outcomes, "INVALID_CREDENTIALS")).toBe(ADDRESS_LIMIT.max);
    expect(count(outcomes, "TOO_MANY_ATTEMPTS")).toBe(50 - ADDRESS_LIMIT.max);
    // Another address is not held back by it.
    expect(
      await outcome({ email: "spray0@example.com", password: "typo", clientAddress: "198.51.100.2" }, { limits }),
    ).toBe("INVALID_CREDENTIALS");
  });

  it("caps guesses across accounts and addresses, and unknown emails leave a bounded number of rows that the sweep removes", async () => {
    const ceiling = 10;
    const limits = limitsFor("ceiling", { everyone: ceiling });
    const now = new Date();
    const guesses = Array.from({ length: 60 }, (_, i) => ({
      email: `nobody${i}@example.com`,
      password: "guess",
      clientAddress: `192.0.2.${i}`,
    }));
    const outcomes = await Promise.all(guesses.map((g) => outcome(g, { limits, now })));
    expect(count(outcomes, "INVALID_CREDENTIALS")).toBe(ceiling);
    expect(count(outcomes, "TOO_MANY_ATTEMPTS")).toBe(60 - ceiling);

    // One row for the ceiling, and per checked guess one for its address and two for its account.
    const rows = () =>
      t.db.select({ key: rateLimit.key }).from(rateLimit).where(like(rateLimit.key, "sign-in-%-ceiling:%"));
    expect((await rows()).length).toBeLessThanOrEqual(1 + 3 * ceiling);
    // Every window has ended a day later, and the sweep forgets them all.
    await sweepRateLimits(t.db, new Date(now.getTime() + 24 * 60 * 60 * 1000 + 1000));
    expect(await rows()).toEqual([]);
  });

  it("lets the owner in from a browser that signed in before while the account is locked for everyone else", async () => {
    const email = "owner@example.com";
    // A small address limit, so filling it is quick; the rest are the production limits.
    const limits = limitsFor("owner", { address: 3 });
    const { device } = await signInWithPassword(
      t.db,
      { email, password: PASSWORD, clientAddress: "198.51.100.10" },
      { limits },
    );

    // Guessers elsewhere lock the account, and someone fills the limit of an address the owner shares.
    const guess = (i: number) =>
      outcome({ email, password: `guess-${i}`, clientAddress: `203.0.113.${i}` }, { limits });
    const spray = (i: number) =>
      outcome({ email: `other${i}@example.com`, password: "x", clientAddress: "198.51.100.10" }, { limits });
    await Promise.all([
      ...Array.from({ length: ACCOUNT_LIMIT.max + 3 }, (_, i) => guess(i)),
      ...Array.from({ length: 4 }, (_, i) => spray(i)),
    ]);
    expect(await spray(99)).toBe("TOO_MANY_ATTEMPTS");
    expect(await outcome({ email, password: PASSWORD, clientAddress: "192.0.2.200" }, { limits })).toBe(
      "TOO_MANY_ATTEMPTS",
    );

    // The owner's browser still signs in, and gets a fresh device cookie.
    const signedIn = await signInWithPassword(
      t.db,
      { email, password: PASSWORD, clientAddress: "198.51.100.10", device },
      { limits },
    );
    expect(signedIn.profile.email).toBe(email);
    expect(signedIn.device).not.toBe(device);
    // Its success does not reopen the account to the guessers.
    expect(await outcome({ email, password: PASSWORD, clientAddress: "203.0.113.50" }, { limits })).toBe(
      "TOO_MANY_ATTEMPTS",
    );

    // A forged cookie, or a genuine one of another account, is no way around the lockout.
    const forged = `${device.slice(0, -2)}${device.endsWith("AA") ? "BB" : "AA"}`;
    expect(await outcome({ email, password: PASSWORD, device: forged }, { limits })).toBe("TOO_MANY_ATTEMPTS");
    const other = await signInWithPassword(t.db, { email: "device@example.com", password: PASSWORD }, { limits });
    expect(await outcome({ email, password: PASSWORD, device: other.device }, { limits })).toBe("TOO_MANY_ATTEMPTS");
  }, 60_000);

  it("gives a trusted browser its own small allowance of mistakes", async () => {
    const email = "device@example.com";
    const limits = limitsFor("device");
    const { device } = await signInWithPassword(t.db, { email, password: PASSWORD }, { limits });
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => outcome({ email, password: `typo-${i}`, device }, { limits })),
    );
    expect(count(outcomes, "INVALID_CREDENTIALS")).toBe(DEVICE_LIMIT.max);
    expect(await outcome({ email, password: PASSWORD, device }, { limits })).toBe("TOO_MANY_ATTEMPTS");
  });

  it("forgets an account's failures once the right password is given", async () => {
    const email = "spray9@example.com";
    const limits = limitsFor("clear");
    for (let i = 0; i < ACCOUNT_LIMIT.max - 1; i++)
      expect(await outcome({ email, password: "typo" }, { limits })).toBe("INVALID_CREDENTIALS");
    expect(await outcome({ email, password: PASSWORD }, { limits })).toBe("ok");
    for (let i = 0; i < ACCOUNT_LIMIT.max; i++)
      expect(await outcome({ email, password: "typo" }, { limits })).toBe("INVALID_CREDENTIALS");
  });
});

describe("sign-in timing", () => {
  it("takes about as long for an unknown email as for a wrong password", async () => {
    const limits = limitsFor("timing", { account: 1000, accountDay: 1000, address: 1000, everyone: 1000 });
    const timed = async (email: string) => {
      const start = performance.now();
      expect(await outcome({ email, password: "wrong-password" }, { limits })).toBe("INVALID_CREDENTIALS");
      return performance.now() - start;
    };
    await timed("warm-up@example.com");
    const known: number[] = [];
    const unknown: number[] = [];
    // Interleaved, so a busy moment of the machine falls on both.
    for (let i = 0; i < 10; i++) {
      known.push(await timed("timing@example.com"));
      unknown.push(await timed(`unknown${i}@example.com`));
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const ratio = mean(unknown) / mean(known);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});
