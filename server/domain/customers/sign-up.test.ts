import { issueMessage } from "@/server/issue-words";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { accountLink, notification, rateLimit, user } from "@/db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed/fixtures";
import { verifyPassword } from "@/server/auth/password";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { signUpInput } from "./inputs";
import { LINK_VALID_SECONDS } from "./links";
import { confirmSignUp, requestSignUp, SIGN_UP_PER_ADDRESS, SIGN_UP_PER_EMAIL, sweepLinks } from "./sign-up";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());
// Each test starts with fresh limits and an empty outbox.
beforeEach(async () => {
  await t.db.delete(rateLimit);
  await t.db.delete(notification);
});

const form = (email: string, password = "a-long-password") =>
  signUpInput.parse({ name: "Carla Ruiz", email, password });

async function mailTo(email: string) {
  return t.db.select().from(notification).where(eq(notification.toEmail, email)).orderBy(desc(notification.createdAt));
}

/** The token in the link of the latest sign-up email to `email`. */
async function tokenSentTo(email: string) {
  const [mail] = await mailTo(email);
  const match = /\/sign-up\/confirm\?token=([A-Za-z0-9_-]+)/.exec(mail?.body ?? "");
  expect(match, "a sign-up link in the email").not.toBeNull();
  return match![1]!;
}

async function account(email: string) {
  const [row] = await t.db.select().from(user).where(eq(user.email, email));
  return row ?? null;
}

describe("sign-up answers the same whether or not the email has an account", () => {
  it("a new email gets a link and no account yet", async () => {
    const answer = await requestSignUp(t.db, form("Carla@Example.com"), { clientAddress: "203.0.113.1" });
    expect(answer).toEqual({ sentTo: "carla@example.com" });
    const [mail] = await mailTo("carla@example.com");
    expect(mail).toMatchObject({
      kind: "sign_up_link",
      subject: "Finish creating your Mostrador account",
      customerId: null,
      orderId: null,
    });
    expect(mail!.body).toMatch(/https?:\/\/[^/\s]+\/en\/sign-up\/confirm\?token=/);
    expect(await account("carla@example.com")).toBeNull();
    // The table holds the token's hash, never the token itself.
    const token = await tokenSentTo("carla@example.com");
    const links = await t.db.select().from(accountLink).where(eq(accountLink.email, "carla@example.com"));
    expect(links).toHaveLength(1);
    expect(links[0]!.tokenHash).not.toBe(token);
  });

  it("writes the link's email in the language of the page the form was sent from, and links to it", async () => {
    await requestSignUp(t.db, form("lucia@example.com"), { clientAddress: "203.0.113.9", locale: "es" });
    const [mail] = await mailTo("lucia@example.com");
    expect(mail!.subject).toBe("Termina de crear tu cuenta de Mostrador");
    expect(mail!.body).toContain("Solo funciona una vez, durante los próximos");
    expect(mail!.body).toMatch(/https?:\/\/[^/\s]+\/es\/sign-up\/confirm\?token=/);
  });

  it("a taken email gets the same answer; its owner is told, and nothing about the account changes", async () => {
    const before = await account(DEMO_ACCOUNTS.customer);
    const answer = await requestSignUp(t.db, form("ANA@mostrador.dev", "someone-elses-password"), {
      clientAddress: "203.0.113.2",
    });
    expect(answer).toEqual({ sentTo: DEMO_ACCOUNTS.customer });

    const mail = await mailTo(DEMO_ACCOUNTS.customer);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({
      kind: "sign_up_attempt",
      customerId: before!.id,
      subject: "Someone tried to create a Mostrador account with your email",
    });
    expect(mail[0]!.body).toMatch(/\/sign-in/);
    expect(mail[0]!.body).not.toMatch(/token=/);

    const after = await account(DEMO_ACCOUNTS.customer);
    expect(after).toEqual(before);
    expect(await verifyPassword(DEMO_PASSWORD, after!.passwordHash!)).toBe(true);
    expect(await t.db.select().from(accountLink).where(eq(accountLink.email, DEMO_ACCOUNTS.customer))).toHaveLength(0);
  });
});

describe("the link from the email", () => {
  it("creates the account once, with the name and password given; a second use is refused", async () => {
    await requestSignUp(t.db, form("dora@example.com"), { clientAddress: null });
    const token = await tokenSentTo("dora@example.com");
    const created = await confirmSignUp(t.db, token);
    expect(created).toMatchObject({ email: "dora@example.com", name: "Carla Ruiz", role: "customer" });
    expect(created).not.toHaveProperty("passwordHash");
    const row = await account("dora@example.com");
    expect(await verifyPassword("a-long-password", row!.passwordHash!)).toBe(true);

    await expect(confirmSignUp(t.db, token)).rejects.toMatchObject({
      code: "LINK_INVALID",
      details: { reason: "used" },
    });
    // No copy of the password hash is left in the links table.
    const [link] = await t.db.select().from(accountLink).where(eq(accountLink.email, "dora@example.com"));
    expect(link).toMatchObject({ passwordHash: null, usedAt: expect.any(Date) });
  });

  it("two clicks at once create one account", async () => {
    await requestSignUp(t.db, form("twice@example.com"), { clientAddress: null });
    const token = await tokenSentTo("twice@example.com");
    const results = await Promise.allSettled([confirmSignUp(t.db, token), confirmSignUp(t.db, token)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await t.db.select({ id: user.id }).from(user).where(eq(user.email, "twice@example.com"))).toHaveLength(1);
  });

  it("is refused after an hour, and an unknown token is refused", async () => {
    const start = new Date("2026-03-01T10:00:00Z");
    await requestSignUp(t.db, form("late@example.com"), { clientAddress: null, now: start });
    const token = await tokenSentTo("late@example.com");
    const late = new Date(start.getTime() + (LINK_VALID_SECONDS + 1) * 1000);
    await expect(confirmSignUp(t.db, token, late)).rejects.toMatchObject({
      code: "LINK_INVALID",
      details: { reason: "expired" },
    });
    await expect(confirmSignUp(t.db, "x".repeat(43))).rejects.toMatchObject({
      code: "LINK_INVALID",
      details: { reason: "expired" },
    });
    expect(await account("late@example.com")).toBeNull();
    // The sweep forgets it.
    expect(await sweepLinks(t.db, late)).toBeGreaterThanOrEqual(1);
    expect(await t.db.select().from(accountLink).where(eq(accountLink.email, "late@example.com"))).toHaveLength(0);
  });

  it("a second sign-up's link for the same email stops working once one is used", async () => {
    await requestSignUp(t.db, form("again@example.com", "first-password"), { clientAddress: null });
    const first = await tokenSentTo("again@example.com");
    await requestSignUp(t.db, form("again@example.com", "second-password"), { clientAddress: null });
    const second = await tokenSentTo("again@example.com");
    expect(second).not.toBe(first);
    await confirmSignUp(t.db, second);
    await expect(confirmSignUp(t.db, first)).rejects.toMatchObject({ code: "LINK_INVALID" });
    expect(await verifyPassword("second-password", (await account("again@example.com"))!.passwordHash!)).toBe(true);
  });
});

describe("sign-up limits", () => {
  it(`allows ${SIGN_UP_PER_ADDRESS.max} sign-ups an hour from one client address, then refuses with the wait`, async () => {
    const now = new Date("2026-03-02T10:00:00Z");
    for (let i = 0; i < SIGN_UP_PER_ADDRESS.max; i++) {
      await requestSignUp(t.db, form(`many-${i}@example.com`), { clientAddress: "198.51.100.7", now });
    }
    const refused = await requestSignUp(t.db, form("one-more@example.com"), {
      clientAddress: "198.51.100.7",
      now,
    }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: "RATE_LIMITED",
      details: { retryAfterSeconds: SIGN_UP_PER_ADDRESS.windowSeconds },
    });
    expect(await mailTo("one-more@example.com")).toHaveLength(0);
    // Another address is not affected; the first one is let in again after the hour.
    await requestSignUp(t.db, form("one-more@example.com"), { clientAddress: "198.51.100.8", now });
    const later = new Date(now.getTime() + SIGN_UP_PER_ADDRESS.windowSeconds * 1000);
    await requestSignUp(t.db, form("later@example.com"), { clientAddress: "198.51.100.7", now: later });
  });

  it(`sends at most ${SIGN_UP_PER_EMAIL.max} sign-up emails an hour to one address, taken or not`, async () => {
    for (const email of ["flood@example.com", DEMO_ACCOUNTS.customerNoStore]) {
      for (let i = 0; i < SIGN_UP_PER_EMAIL.max; i++)
        await requestSignUp(t.db, form(email), { clientAddress: `192.0.2.${i}` });
      await expect(requestSignUp(t.db, form(email), { clientAddress: "192.0.2.99" })).rejects.toMatchObject({
        code: "RATE_LIMITED",
      });
      expect(await mailTo(email)).toHaveLength(SIGN_UP_PER_EMAIL.max);
    }
  });

  it("keeps client addresses and emails out of the limits table", async () => {
    await requestSignUp(t.db, form("private@example.com"), { clientAddress: "203.0.113.50" });
    const keys = (await t.db.select({ key: rateLimit.key }).from(rateLimit)).map((r) => r.key).join(" ");
    expect(keys).toMatch(/sign-up-address:/);
    expect(keys).not.toMatch(/203\.0\.113\.50|private@example\.com/);
  });

  it("validates name, email and password with readable messages", () => {
    const result = signUpInput.safeParse({ name: "", email: "not-an-email", password: "short" });
    expect(result.success).toBe(false);
    const said = (locale: "es" | "en") => result.error!.issues.map((i) => issueMessage(i, locale));
    expect(said("en")).toEqual(
      expect.arrayContaining(["Enter your name.", "Enter a valid email address.", "Enter at least 8 characters."]),
    );
    expect(said("es")).toEqual(expect.arrayContaining(["Escribe tu nombre.", "Escribe al menos 8 caracteres."]));
  });
});
