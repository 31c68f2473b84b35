import { describe, expect, it, vi } from "vitest";

const getDatabase = vi.fn();
vi.mock("@/server/db", () => ({ getDatabase: () => getDatabase() }));

const { GET } = await import("@/app/api/health/route");

describe("GET /api/health", () => {
  it("names the database when it answers", async () => {
    const { createTestDatabase } = await import("@/server/test/database");
    const t = await createTestDatabase({ seed: false });
    getDatabase.mockResolvedValueOnce(t);
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: t.driver });
    await t.close();
  });

  it("answers 503 when the database cannot be reached", async () => {
    const { log } = await import("@/server/log");
    const logged = vi.spyOn(log, "error").mockImplementation(() => {});
    getDatabase.mockRejectedValueOnce(new Error("connect ECONNREFUSED 127.0.0.1:5432"));
    const res = await GET();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "error", database: "unreachable" });
    expect(logged).toHaveBeenCalledOnce();
  });
});
