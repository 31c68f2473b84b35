import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interaction } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { deleteOldInteractions } from "./retention";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seed: false });
});
afterAll(() => t.close());

const NOW = new Date("2026-06-15T10:00:00Z");
const ago = (months: number, days = 0) => {
  const at = new Date(NOW);
  at.setUTCMonth(at.getUTCMonth() - months);
  at.setUTCDate(at.getUTCDate() - days);
  return at;
};

async function touch(guestId: string, createdAt: Date) {
  await t.db.insert(interaction).values({ guestId, channel: "web", kind: "view", payload: {}, createdAt });
}

describe("the retention job", () => {
  it("deletes touchpoints older than the retention period, in batches, and keeps newer ones", async () => {
    for (let i = 0; i < 7; i++) await touch("old", ago(13, 1 + i));
    await touch("old", ago(24));
    await touch("kept", ago(13, -1)); // a day inside the period
    await touch("kept", ago(1));
    await touch("kept", NOW);

    let statements = 0;
    const counting = { execute: ((query) => (statements++, t.db.execute(query))) as typeof t.db.execute };
    const { deleted, before } = await deleteOldInteractions(counting, { months: 13, now: NOW, batchSize: 3 });
    expect(deleted).toBe(8);
    expect(before.toISOString()).toBe("2025-05-15T10:00:00.000Z");
    // The cut-off, then 3 + 3 + 2 rows: one short statement each, never one delete of everything.
    expect(statements).toBe(4);
    const left = await t.db
      .select({ guestId: interaction.guestId })
      .from(interaction)
      .where(inArray(interaction.guestId, ["old", "kept"]));
    expect(left.map((r) => r.guestId)).toEqual(["kept", "kept", "kept"]);

    // Nothing more to do: a second run deletes nothing.
    expect((await deleteOldInteractions(t.db, { months: 13, now: NOW, batchSize: 3 })).deleted).toBe(0);
  });

  it("follows the configured period", async () => {
    await t.db.delete(interaction);
    await touch("short", ago(2));
    await touch("short", ago(0, 10));
    expect((await deleteOldInteractions(t.db, { months: 1, now: NOW })).deleted).toBe(1);
    expect(await t.db.select().from(interaction).where(eq(interaction.guestId, "short"))).toHaveLength(1);
  });
});
