import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { rateLimit } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { clearHits, giveBackHit, sweepRateLimits, takeHit } from "./rate-limit";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seed: false });
});
afterAll(() => t.close());

const limit = { rule: "test-rule", max: 3, windowSeconds: 60 };

describe("takeHit", () => {
  it("allows max hits in a window, refuses the next with the seconds left, and starts again after it", async () => {
    const start = new Date("2026-12-01T10:00:00Z");
    for (let i = 0; i < 3; i++) expect(await takeHit(t.db, limit, "a", start)).toEqual({ allowed: true });
    expect(await takeHit(t.db, limit, "a", new Date(start.getTime() + 20_000))).toEqual({
      allowed: false,
      retryAfterSeconds: 40,
    });
    // Another subject has its own count.
    expect(await takeHit(t.db, limit, "b", start)).toEqual({ allowed: true });
    expect(await takeHit(t.db, limit, "a", new Date(start.getTime() + 61_000))).toEqual({ allowed: true });
  });

  it("counts parallel hits exactly: no more than max get through", async () => {
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 20 }, () => takeHit(t.db, limit, "parallel", now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
  });

  it("clears a subject, and the sweep deletes ended windows only", async () => {
    const now = new Date();
    await takeHit(t.db, limit, "cleared", now);
    await takeHit(t.db, limit, "cleared", now);
    await takeHit(t.db, limit, "cleared", now);
    await clearHits(t.db, limit, "cleared");
    expect(await takeHit(t.db, limit, "cleared", now)).toEqual({ allowed: true });

    await takeHit(t.db, { ...limit, windowSeconds: 1 }, "old", new Date(now.getTime() - 10_000));
    const swept = await sweepRateLimits(t.db, now);
    expect(swept).toBeGreaterThanOrEqual(1);
    const keys = (await t.db.select({ key: rateLimit.key }).from(rateLimit)).map((r) => r.key);
    expect(keys).not.toContain("test-rule:old");
    expect(keys).toContain("test-rule:cleared");
  });

  it("gives back a hit, and deletes a window left with none", async () => {
    const now = new Date();
    const hits = async (subject: string) =>
      (
        await t.db
          .select()
          .from(rateLimit)
          .where(eq(rateLimit.key, `test-rule:${subject}`))
      )[0]?.hits;
    await takeHit(t.db, limit, "given-back", now);
    await takeHit(t.db, limit, "given-back", now);
    await giveBackHit(t.db, limit, "given-back");
    expect(await hits("given-back")).toBe(1);
    await giveBackHit(t.db, limit, "given-back");
    expect(await hits("given-back")).toBeUndefined();
  });
});
