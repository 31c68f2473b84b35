import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/db/seed/fixtures";
import { refreshSales } from "@/server/domain/insights/rollup";
import { callerFor, sessionUserFor, trpcCodeOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe("insights.sales over the API", () => {
  it("answers marketers and admins with figures and when they were computed; refuses shoppers, staff and guests", async () => {
    const before = await callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.marketer)).api.insights.sales({
      from: "2020-01-01",
      to: "2020-01-02",
    });
    expect(before.computedAt).toBeNull();
    await refreshSales(t.db);
    for (const email of [DEMO_ACCOUNTS.marketer, DEMO_ACCOUNTS.admin]) {
      const api = callerFor(t, await sessionUserFor(t.db, email)).api;
      const f = await api.insights.sales({ from: "2020-01-01", to: "2020-01-31", by: "week" });
      expect(f.computedAt, email).toBeInstanceOf(Date);
      expect(f.previousPeriod).toEqual({ from: "2019-12-01", to: "2019-12-31" });
    }
    for (const email of [DEMO_ACCOUNTS.customer, DEMO_ACCOUNTS.staffMadrid]) {
      const api = callerFor(t, await sessionUserFor(t.db, email)).api;
      expect(await trpcCodeOf(api.insights.sales({ from: "2020-01-01", to: "2020-01-31" })), email).toBe("FORBIDDEN");
    }
    expect(await trpcCodeOf(callerFor(t).api.insights.sales({ from: "2020-01-01", to: "2020-01-31" }))).toBe(
      "UNAUTHORIZED",
    );
  });

  it("refuses bad ranges with a 400 and a message", async () => {
    const api = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.marketer)).api;
    for (const input of [
      { from: "2020-02-01", to: "2020-01-01" },
      { from: "2018-01-01", to: "2020-01-01" },
      { from: "yesterday", to: "2020-01-01" },
      { from: "2020-01-01", to: "2020-01-02", storeId: "madrid" },
      { from: "2020-01-01", to: "2020-01-02", channel: "phone" as "web" },
    ])
      expect(await trpcCodeOf(api.insights.sales(input)), JSON.stringify(input)).toBe("BAD_REQUEST");
  });
});
