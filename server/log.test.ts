import { sql } from "drizzle-orm";
import { CredentialsSignin, JWTSessionError } from "@auth/core/errors";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { user } from "@/db/schema";
import { env } from "@/env";
import { ServerFault, type Context } from "@/server/api/trpc";
import { createCaller } from "@/server/api/root";
import { authLogger } from "@/server/auth/logger";
import { hashPassword } from "@/server/auth/password";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { trpcErrorOf } from "@/server/test/caller";
import { createLogger, log, serializeError } from "./log";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seed: false });
});
afterAll(() => t.close());

/** A logger writing into an array, one entry per write, as stdout would get them. */
function capture(level: "debug" | "info" | "warn" | "silent" = "debug") {
  const lines: string[] = [];
  const logger = createLogger({ write: (line: string) => void lines.push(line) }, level);
  return {
    logger,
    lines,
    events: () => lines.map((l) => JSON.parse(l) as Record<string, unknown> & { err?: Record<string, unknown> }),
  };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("expected the statement to fail"),
    (err: unknown) => err,
  );
}

describe("the server log", () => {
  it("logs a failed sign-up insert without the email, the password hash or any bound value", async () => {
    const passwordHash = await hashPassword("correct horse battery");
    const err = await failure(
      t.db.insert(user).values({ email: "leak.me@example.com", name: "Ana\u0000", passwordHash, role: "customer" }),
    );
    const { logger, lines, events } = capture();
    logger.error({ err, path: "account.signUp" }, "procedure failed");
    expect(lines).toHaveLength(1);
    expect(lines[0]!.trimEnd()).not.toContain("\n");
    for (const secret of ["leak.me@example.com", passwordHash, passwordHash.split("$").at(-1)!, "params"])
      expect(lines[0]).not.toContain(secret);
    const [event] = events();
    expect(event).toMatchObject({ level: "error", msg: "procedure failed", path: "account.signUp" });
    expect(event!.err).toMatchObject({
      name: "DrizzleQueryError",
      code: "22021",
      message: expect.stringContaining("invalid byte sequence"),
    });
    expect(event!.err!.query).toContain('insert into "user"');
    // Bad data is not a bug in the code: no stack.
    expect(event!.err!.stack).toBeUndefined();
  });

  it("masks the value a database message quotes", async () => {
    const err = await failure(t.db.execute(sql`select ${"ana@mostrador.dev"}::uuid`));
    const logged = JSON.stringify(serializeError(err));
    expect(logged).not.toContain("ana@mostrador.dev");
    expect(serializeError(err)).toMatchObject({ code: "22P02", message: 'invalid input syntax for type uuid: "…"' });
  });

  it("keeps the frames of a real bug, without repeating its message", () => {
    let err: unknown;
    try {
      (null as unknown as { x: () => void }).x();
    } catch (e) {
      err = e;
    }
    const logged = serializeError(err);
    expect(logged.name).toBe("TypeError");
    expect(logged.stack).toMatch(/^at /);
    expect(logged.stack).not.toContain(logged.message);
  });

  it("censors private keys and masks emails, hashes and card numbers in any text", () => {
    const { logger, lines } = capture();
    logger.info(
      { email: "ana@mostrador.dev", customer: { passwordHash: "scrypt$1$2", address: "Calle Mayor 1" } },
      "mail to ben@mostrador.dev for 4242 4242 4242 4242",
    );
    for (const secret of ["ana@mostrador.dev", "scrypt$1$2", "Calle Mayor", "ben@mostrador.dev", "4242 4242"])
      expect(lines[0]).not.toContain(secret);
    const err = new Error("no account for carla@mostrador.dev with hash scrypt$16384$8$1$c2FsdA==$a2V5");
    const { logger: second, lines: more } = capture();
    second.error(err);
    expect(more[0]).not.toContain("carla@");
    expect(more[0]).not.toContain("a2V5");
    // A bare error is filed under `err`: its raw message does not become the event's.
    expect(JSON.parse(more[0]!)).toMatchObject({
      msg: "Error",
      err: { message: "no account for [email] with hash [hash]" },
    });
  });

  it("writes from its level up: silent writes nothing, and tests default to warn", () => {
    const quiet = capture("silent");
    quiet.logger.error("failed");
    expect(quiet.lines).toEqual([]);
    const info = capture("info");
    info.logger.debug("detail");
    info.logger.info("event");
    expect(info.events().map((e) => e.level)).toEqual(["info"]);
    expect(env.LOG_LEVEL).toBe(process.env.LOG_LEVEL || "warn");
  });
});

describe("Auth.js's logger", () => {
  // The app's own refusal (server/auth/index.ts) subclasses CredentialsSignin: its `name` is its
  // own, and a minifier renames it again; Auth.js's `type` stays "CredentialsSignin".
  class SignInFailed extends CredentialsSignin {}
  const Minified = class extends CredentialsSignin {};
  Object.defineProperty(Minified, "name", { value: "e" });

  it("logs a wrong password or a throttled sign-in at debug, never as an error", () => {
    const atInfo = capture("info");
    const refusals = [new SignInFailed(), new Minified(), new CredentialsSignin()];
    for (const refusal of refusals) authLogger(atInfo.logger).error(refusal);
    expect(atInfo.lines).toEqual([]);
    const atDebug = capture("debug");
    const throttled = new SignInFailed();
    throttled.code = "throttled-60";
    authLogger(atDebug.logger).error(throttled);
    expect(atDebug.events()).toEqual([
      expect.objectContaining({ level: "debug", code: "throttled-60", msg: "sign-in refused" }),
    ]);
    expect(atDebug.lines[0]).not.toContain("at ");
  });

  it("logs anything else as an error, with the type Auth.js gave it", () => {
    const { logger, events } = capture("info");
    authLogger(logger).error(new JWTSessionError("invalid token"));
    expect(events()).toEqual([
      expect.objectContaining({ level: "error", err: expect.objectContaining({ type: "JWTSessionError" }) }),
    ]);
  });
});

describe("a procedure that fails unexpectedly", () => {
  it("is logged once without values, and what travels on (to a page's log) carries none either", async () => {
    const failed = await failure(t.db.execute(sql`select ${"dana@mostrador.dev"}::uuid`));
    // A database whose every statement, however it is built, fails with that error.
    const broken: Context["db"] = new Proxy(() => {}, {
      get: (_, key) => (key === "then" ? (_ok: unknown, fail: (e: unknown) => void) => fail(failed) : broken),
      apply: () => broken,
    }) as unknown as Context["db"];
    const ctx: Context = {
      db: broken,
      driver: t.driver,
      user: null,
      cookie: () => null,
      setCookie: () => {},
      secure: false,
      clientAddress: null,
      device: null,
      consent: null,
      locale: "en",
      sessionId: null,
    };
    const logged = vi.spyOn(log, "error").mockImplementation(() => {});
    try {
      const err = await trpcErrorOf(createCaller(ctx).catalog.categories());
      expect(err.code).toBe("INTERNAL_SERVER_ERROR");
      expect(err.cause).toBeInstanceOf(ServerFault);
      expect(`${err.message} ${err.cause?.message} ${err.stack}`).not.toContain("dana@");
      expect(logged).toHaveBeenCalledTimes(1);
      expect(logged.mock.calls[0]![0]).toMatchObject({ path: "catalog.categories", err: failed });
    } finally {
      logged.mockRestore();
    }
  });
});
