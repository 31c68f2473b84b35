import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/db/seed/fixtures";
import { callerFor, sessionUserFor, trpcCodeOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { appRouter } from "./root";

/** The store console's routers: nothing in them is for shoppers. */
const CONSOLE_ROUTERS = ["pickup", "customers", "pos", "returns", "inventory", "notifications", "staff"];
const procedures = Object.keys((appRouter._def as unknown as { procedures: Record<string, unknown> }).procedures);
const consoleProcedures = procedures
  .filter((path) => CONSOLE_ROUTERS.includes(path.split(".")[0]!))
  .concat("live.pickupQueue", "live.customerCart");

type Callable = (input?: unknown) => Promise<unknown>;
function procedureOf(api: unknown, path: string): Callable {
  return path.split(".").reduce((node, key) => (node as Record<string, unknown>)[key], api) as Callable;
}

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

// Every console procedure, present and future: the role is checked before the input is read,
// so even a call with no input is refused for who is calling, not for what it sent.
describe("no store console procedure is open to shoppers", () => {
  it("covers every console router", () => {
    for (const name of CONSOLE_ROUTERS)
      expect(
        consoleProcedures.some((p) => p.startsWith(`${name}.`)),
        name,
      ).toBe(true);
  });

  it.each(consoleProcedures)("%s refuses a signed-in shopper (403) and a guest (401)", async (path) => {
    const ana = await sessionUserFor(t.db, DEMO_ACCOUNTS.customer);
    expect(await trpcCodeOf(procedureOf(callerFor(t, ana).api, path)({}))).toBe("FORBIDDEN");
    expect(await trpcCodeOf(procedureOf(callerFor(t).api, path)({}))).toBe("UNAUTHORIZED");
  });
});
