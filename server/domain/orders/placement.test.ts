import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { DomainError } from "@/server/errors";
import { AlreadyPlaced, claimKey, earlierOrder, newPickupCode, orderOfRace, shortInWords } from "./placement";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seed: false });
});
afterAll(() => t.close());

const words = { reused: "errors.pos.keyReused", stillPlacing: "errors.pos.saleStillProcessing" } as const;
const english = {
  reused: "That sale belongs to someone else. Start a new sale.",
  stillPlacing: "That sale is still being processed. Check the customer’s orders in a moment.",
};

describe("placing an order's shared steps", () => {
  it("claim a key once; a second claim finds it taken", async () => {
    await t.db.transaction((tx) => claimKey(tx, "key-claimed-once", "staff:a"));
    await expect(t.db.transaction((tx) => claimKey(tx, "key-claimed-once", "staff:a"))).rejects.toBeInstanceOf(
      AlreadyPlaced,
    );
  });

  it("answer a key with no order yet as still being placed, safe to retry (details.reason)", async () => {
    expect(await earlierOrder(t.db, "key-claimed-once", "staff:a", words.reused)).toBeNull();
    const err = await orderOfRace(t.db, "key-claimed-once", "staff:a", words).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({
      code: "IDEMPOTENCY_KEY_REUSED",
      message: english.stillPlacing,
      details: { reason: "in_progress" },
    });
  });

  it("refuse someone else's key in the caller's words", async () => {
    const err = await earlierOrder(t.db, "key-claimed-once", "staff:b", words.reused).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", message: english.reused, details: undefined });
  });

  it("give six-digit pickup codes and short lines in words", () => {
    expect(newPickupCode()).toMatch(/^\d{6}$/);
    expect(
      shortInWords(
        [
          { name: "Tote", available: 0 },
          { name: "Scarf", available: 2 },
        ],
        "en",
      ),
    ).toBe("Tote is sold out and only 2 of Scarf left");
    expect(
      shortInWords(
        [
          { name: "Tote", available: 0 },
          { name: "Scarf", available: 1 },
        ],
        "es",
      ),
    ).toBe("no quedan unidades de Tote y solo queda 1 unidad de Scarf");
  });
});
