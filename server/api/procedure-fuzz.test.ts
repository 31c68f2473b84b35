import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/db/seed/fixtures";
import { callerFor, sessionUserFor } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { fieldVariants, sampleInputs, wholeInputs, type Payload } from "@/server/test/fuzz";
import type { SessionUser } from "./trpc";
import { appRouter } from "./root";

type ProcedureDef = { _def: { type: "query" | "mutation" | "subscription"; inputs: unknown[] } };
const procedures = (appRouter._def as unknown as { procedures: Record<string, ProcedureDef> }).procedures;

type Callable = (input?: unknown) => Promise<unknown>;
function procedureOf(api: unknown, path: string): Callable {
  return path.split(".").reduce((node, key) => (node as Record<string, unknown>)[key], api) as Callable;
}

let t: TestDatabase;
const people: [string, SessionUser | null][] = [];
beforeAll(async () => {
  t = await createTestDatabase();
  people.push(["a guest", null]);
  for (const [label, email] of [
    ["a customer", DEMO_ACCOUNTS.customer],
    ["a staff member", DEMO_ACCOUNTS.staffMadrid],
    ["an admin", DEMO_ACCOUNTS.admin],
  ] as const) {
    people.push([label, await sessionUserFor(t.db, email)]);
  }
});
afterAll(() => t.close());

/** The tRPC code a call ends with ("OK" if it succeeds); a live stream that opened is closed again. */
async function outcome(
  who: SessionUser | null,
  path: string,
  input: unknown,
): Promise<{ code: string; message: string }> {
  const stop = new AbortController();
  try {
    const result = await procedureOf(callerFor(t, who, {}, { signal: stop.signal }).api, path)(input);
    const stream = result as AsyncIterator<unknown> | null;
    if (procedures[path]!._def.type === "subscription" && typeof stream?.return === "function")
      await stream.return(undefined);
    return { code: "OK", message: "" };
  } catch (err) {
    if (err instanceof TRPCError)
      return { code: err.code, message: err.cause ? String(err.cause).slice(0, 200) : err.message };
    return { code: "not a TRPCError", message: String(err).slice(0, 200) };
  } finally {
    stop.abort();
  }
}

// Every procedure, present and future, as every kind of caller: hostile input is a 4xx with a
// message (or harmless), never a 500. Hostile fields are tried only for callers the role check
// lets through, since a refused caller never reaches the input.
describe("no input makes a procedure fail with a server error", () => {
  it.each(Object.keys(procedures))("%s", async (path) => {
    const bases = sampleInputs(procedures[path]!._def.inputs[0]);
    const failures: string[] = [];
    for (const [who, user] of people) {
      const reached = !["UNAUTHORIZED", "FORBIDDEN"].includes((await outcome(user, path, bases[0])).code);
      const payloads: Payload[] = reached ? [...wholeInputs, ...bases.flatMap(fieldVariants)] : wholeInputs;
      for (const { label, input } of payloads) {
        const { code, message } = await outcome(user, path, input);
        if (code === "INTERNAL_SERVER_ERROR" || code === "not a TRPCError")
          failures.push(`${who}, ${label}: ${code} ${message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
