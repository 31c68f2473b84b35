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

// Every studio and insights procedure, present and future: marketers' tools, closed to shoppers and
// store staff (staff will see their own store's click-and-collect figures, and only those).
describe("no studio or insights procedure is open to shoppers or store staff", () => {
  const studioProcedures = procedures.filter(
    (path) => path.startsWith("studio.") || (path.startsWith("insights.") && path !== "insights.clickAndCollect"),
  );

  it("covers the studio's public list", () => {
    expect(studioProcedures).toEqual(expect.arrayContaining(["studio.products.list", "insights.sales"]));
  });

  it.each(studioProcedures)("%s refuses a shopper and store staff (403) and a guest (401)", async (path) => {
    for (const email of [DEMO_ACCOUNTS.customer, DEMO_ACCOUNTS.staffMadrid]) {
      expect(await trpcCodeOf(procedureOf(callerFor(t, await sessionUserFor(t.db, email)).api, path)({})), email).toBe(
        "FORBIDDEN",
      );
    }
    expect(await trpcCodeOf(procedureOf(callerFor(t).api, path)({}))).toBe("UNAUTHORIZED");
  });

  it("lets marketers and admins list products, and refuses unbounded input", async () => {
    for (const email of [DEMO_ACCOUNTS.marketer, DEMO_ACCOUNTS.admin]) {
      const studio = callerFor(t, await sessionUserFor(t.db, email)).api.studio;
      const page = await studio.products.list({ limit: 2 });
      expect(page.items, email).toHaveLength(2);
      expect(Object.keys(page.items[0]!)).toEqual(expect.arrayContaining(["id", "slug", "name", "status", "channels"]));
      expect(page.nextCursor).toEqual(expect.any(String));
      expect(await trpcCodeOf(studio.products.list({ query: "x".repeat(101) }))).toBe("BAD_REQUEST");
      expect(await trpcCodeOf(studio.products.list({ limit: 0 }))).toBe("BAD_REQUEST");
      expect(await trpcCodeOf(studio.products.list({ limit: 201 }))).toBe("BAD_REQUEST");
      expect(await trpcCodeOf(studio.products.list({ status: "archived" as "draft" }))).toBe("BAD_REQUEST");
      expect(await trpcCodeOf(studio.products.list({ categoryId: "knitwear" }))).toBe("BAD_REQUEST");
      expect(await trpcCodeOf(studio.products.list({ cursor: "made-up" }))).toBe("BAD_REQUEST");
    }
  });
});
