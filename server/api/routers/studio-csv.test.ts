import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/db/seed/fixtures";
import { aliasedUrl, onlyProcedures } from "@/server/api/procedure-aliases";
import { exportAnswer } from "@/server/api/studio-export";
import { callerFor, sessionUserFor, trpcCodeOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { appRouter } from "../root";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const studioOf = async (email: string) => callerFor(t, await sessionUserFor(t.db, email)).api.studio;

describe("bulk edit and CSV import over the API", () => {
  it("lets marketers and admins count, bulk-update and preview; others are refused", async () => {
    for (const email of [DEMO_ACCOUNTS.marketer, DEMO_ACCOUNTS.admin]) {
      const studio = await studioOf(email);
      const { count } = await studio.products.count({ query: "merino" });
      expect(count, email).toBeGreaterThan(0);
      const [first] = (await studio.products.list({ query: "merino", limit: 1 })).items;
      expect(
        await studio.products.bulkUpdate({
          selection: { ids: [first!.id] },
          change: { kind: "category", categoryId: (await studio.categories.list())[0]!.id },
        }),
      ).toMatchObject({ matched: 1 });
      const preview = await studio.import.preview({ csv: "slug;sku\r\nno-such-product;NOPE-1\r\n" });
      expect(preview).toMatchObject({ separator: ";", errorCount: 2, changeCount: 0 });
      expect(await trpcCodeOf(studio.import.commit({ csv: "slug;sku\r\nno-such-product;NOPE-1\r\n" }))).toBe(
        "BAD_REQUEST",
      );
    }
    for (const email of [DEMO_ACCOUNTS.customer, DEMO_ACCOUNTS.staffMadrid]) {
      const studio = await studioOf(email);
      expect(await trpcCodeOf(studio.products.count({})), email).toBe("FORBIDDEN");
      expect(await trpcCodeOf(studio.import.preview({ csv: "slug;sku" })), email).toBe("FORBIDDEN");
    }
    expect(await trpcCodeOf(callerFor(t).api.studio.import.commit({ csv: "slug;sku" }))).toBe("UNAUTHORIZED");
  });

  it("refuses unbounded input with 400", async () => {
    const studio = await studioOf(DEMO_ACCOUNTS.marketer);
    const ids = Array.from({ length: 10_001 }, () => crypto.randomUUID());
    const refusals = [
      studio.products.bulkUpdate({ selection: { ids }, change: { kind: "status", status: "draft" } }),
      studio.products.bulkUpdate({ selection: { ids: [] }, change: { kind: "status", status: "draft" } }),
      studio.products.bulkUpdate({
        selection: { ids: [ids[0]!] },
        change: { kind: "price", by: "percent", percent: -100 },
      }),
      studio.products.count({ query: "x".repeat(101) }),
      studio.import.preview({ csv: "" }),
      studio.import.preview({ csv: "x".repeat(10_000_001) }),
      studio.import.commit({ csv: "slug;sku", expected: "short" }),
    ];
    for (const [i, call] of refusals.entries()) expect(await trpcCodeOf(call), `call ${i}`).toBe("BAD_REQUEST");
    const tooMany = `slug;sku\r\n${"a;B\r\n".repeat(10_001)}`;
    expect(await trpcCodeOf(studio.import.preview({ csv: tooMany }))).toBe("BAD_REQUEST");
  });

  it("answers studio.import.apply as studio.import.commit, and lets only imports send big bodies", () => {
    const procedures = Object.keys((appRouter._def as unknown as { procedures: Record<string, unknown> }).procedures);
    expect(procedures).toEqual(expect.arrayContaining(["studio.import.preview", "studio.import.commit"]));
    expect(aliasedUrl("http://shop.test/api/trpc/studio.import.apply")).toBe(
      "http://shop.test/api/trpc/studio.import.commit",
    );
    expect(aliasedUrl("http://shop.test/api/trpc/cart.get,studio.import.apply?batch=1")).toBe(
      "http://shop.test/api/trpc/cart.get,studio.import.commit?batch=1",
    );
    expect(aliasedUrl("http://shop.test/api/trpc/studio.import.applyx")).toBe(
      "http://shop.test/api/trpc/studio.import.applyx",
    );
    expect(onlyProcedures("http://shop.test/api/trpc/studio.import.preview", "studio.import.")).toBe(true);
    expect(onlyProcedures("http://shop.test/api/trpc/studio.import.preview,cart.get", "studio.import.")).toBe(false);
  });

  it("exports CSV to marketers only", async () => {
    const url = new URL("http://shop.test/api/studio/export?format=standard");
    expect(exportAnswer(null, t.db, url).status).toBe(401);
    expect(exportAnswer({ role: "customer" }, t.db, url).status).toBe(403);
    expect(exportAnswer({ role: "staff" }, t.db, url).status).toBe(403);
    expect(
      exportAnswer({ role: "marketer" }, t.db, new URL("http://shop.test/api/studio/export?format=xls")).status,
    ).toBe(400);
    const answer = exportAnswer({ role: "admin" }, t.db, url);
    expect(answer.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const text = await answer.text();
    expect(text.split("\r\n")[0]).toBe(
      "slug,name,name_es,brand,category,web,store,sku,barcode,colour,colour_hex,size,price",
    );
    expect(text.split("\r\n").length).toBeGreaterThan(10);
    const excel = new Uint8Array(
      await exportAnswer({ role: "marketer" }, t.db, new URL("http://shop.test/api/studio/export")).arrayBuffer(),
    );
    // A byte-order mark, then `;`: what a Spanish Excel opens without an import wizard.
    expect([...excel.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(excel.slice(3, 13))).toBe("slug;name;");
  });
});
