import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/db/seed/fixtures";
import { inputProblem, isStorableText } from "@/lib/storable-text";
import { credentialsInput } from "@/server/domain/customers/inputs";
import { callerFor, sessionUserFor, trpcErrorOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { callOverHttp } from "@/server/test/over-http";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

function nested(depth: number): unknown {
  let value: unknown = "a";
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

const overHttp = (path: string, input: unknown, encoded?: string) => callOverHttp(t, path, input, { encoded });

describe("text the database cannot store", () => {
  it("tells a NUL or half a surrogate pair from any other text, emoji included", () => {
    for (const bad of ["a\u0000b", "\uD800", "x\uDFFFy", "\uDE00\uD83D"])
      expect(isStorableText(bad), JSON.stringify(bad)).toBe(false);
    for (const good of ["Ana", "Ana 😀", "Ñandú — «café»", "", "tab\tand\nnewline"])
      expect(isStorableText(good), good).toBe(true);
  });

  it("finds it in keys, arrays and nested fields, and names where", () => {
    expect(inputProblem({ contact: { name: "Ana\u0000" } })).toEqual({ kind: "unstorable", path: ["contact", "name"] });
    expect(inputProblem({ lines: ["ok", "\uD800"] })).toEqual({ kind: "unstorable", path: ["lines", 1] });
    expect(inputProblem({ ["a\u0000"]: 1 })).toEqual({ kind: "unstorable", path: [] });
    expect(inputProblem(new Map([["k", "\uD800"]]))).toEqual({ kind: "unstorable", path: ["k"] });
    expect(inputProblem(nested(5_000))).toMatchObject({ kind: "too-deep" });
    expect(inputProblem({ q: "fine", n: 1, list: Array.from({ length: 100_000 }, () => "a") })).toBeNull();
  });

  it("is refused by every procedure with a 400 naming the field, before anything runs", async () => {
    const { api } = callerFor(t);
    const signUp = await trpcErrorOf(
      api.account.signUp({ name: "Ana\u0000", email: "nul@example.com", password: "long-enough" }),
    );
    expect(signUp).toMatchObject({ code: "BAD_REQUEST", message: "Remove the unusual characters from name." });
    const search = await trpcErrorOf(api.catalog.search({ q: "\uD800" }));
    expect(search).toMatchObject({ code: "BAD_REQUEST", message: "Remove the unusual characters from q." });
    // Refused before the role check too: a staff procedure, from a guest.
    expect(await trpcErrorOf(api.customers.find({ query: "an\u0000a" }))).toMatchObject({ code: "BAD_REQUEST" });
    const staff = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid)).api;
    expect(await trpcErrorOf(staff.customers.find({ query: "an\u0000a" }))).toMatchObject({ code: "BAD_REQUEST" });
    expect(await trpcErrorOf(api.catalog.search(nested(5_000) as { q: string }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "The request is nested too deeply.",
    });
  });

  it("lets ordinary text through, emoji and accents included", async () => {
    const { api } = callerFor(t);
    await expect(api.catalog.search({ q: "jersey 😀 ñ" })).resolves.toBeTruthy();
  });

  it("answers 400 over HTTP, with the superjson-decoded input checked and the field placed for the form", async () => {
    const nul = await overHttp("account.signUp", {
      name: "Ana\u0000",
      email: "nul@example.com",
      password: "long-enough",
    });
    expect(nul).toMatchObject({
      status: 400,
      error: {
        message: "Remove the unusual characters from name.",
        data: { fieldErrors: { name: ["Remove the unusual characters from name."] } },
      },
    });
    const surrogate = await overHttp("catalog.search", { q: "\uD800" });
    expect(surrogate).toMatchObject({ status: 400, error: { data: { fieldErrors: { q: [expect.any(String)] } } } });
    // Inside a value superjson rebuilds (a Map), which the JSON text alone does not show.
    expect((await overHttp("catalog.search", new Map([["q", "\uD800"]]))).status).toBe(400);
    // Written out by hand: JSON.stringify and superjson themselves overflow the stack on it; the server's parser does not.
    const deep = `{"json":${'{"a":'.repeat(5_000)}"a"${"}".repeat(5_000)}}`;
    expect(await overHttp("account.signUp", undefined, deep)).toMatchObject({
      status: 400,
      error: { message: "The request is nested too deeply." },
    });
  });

  it("is refused by the sign-in form's schema", () => {
    expect(credentialsInput.safeParse({ email: "ana@mostrador.dev", password: "secret\u0000" }).success).toBe(false);
    expect(credentialsInput.safeParse({ email: "ana@mostrador.dev", password: "\uD800secret" }).success).toBe(false);
    expect(credentialsInput.safeParse({ email: "ana@mostrador.dev", password: "sécret 😀" }).success).toBe(true);
  });
});
