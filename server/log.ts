import "server-only";
import pino, { type DestinationStream, type LevelWithSilent, type LogFn, type Logger } from "pino";
import { env } from "@/env";

/**
 * The server's log: one JSON line per event on stdout, from LOG_LEVEL up. What it never carries:
 * a query's bound values, password hashes, emails, addresses, card data. Errors are summarised by
 * serializeError (name, SQLSTATE, a message without values); keys below are censored wherever an
 * event puts them, at its top or one level down. Worker-thread transports are not used: Next
 * bundles server code, and a log shipper can read stdout.
 */
const PRIVATE_KEYS = [
  "password",
  "passwordHash",
  "email",
  "phone",
  "address",
  "card",
  "cardNumber",
  "cvc",
  "pickupCode",
  "token",
  "cookie",
  "authorization",
  "params",
  "secret",
];

/** Values that may sit inside a message (a driver's, a library's): masked wherever they appear. */
const PRIVATE_TEXT: [RegExp, string][] = [
  [/scrypt\$[^\s"',)]+/g, "[hash]"],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, "[email]"],
  [/\b(?:\d[ -]?){12,18}\d\b/g, "[number]"],
];

export function scrubText(text: string): string {
  return PRIVATE_TEXT.reduce((t, [pattern, mask]) => t.replace(pattern, mask), text);
}

export type LoggedError = {
  name: string;
  message: string;
  /** SQLSTATE for a database error, errno for a system one (ECONNREFUSED). */
  code?: string;
  /** Auth.js's error type (CredentialsSignin, JWTSessionError…). */
  type?: string;
  /** The statement, with placeholders and no literal values. */
  query?: string;
  table?: string;
  constraint?: string;
  /** Call frames, only for what looks like a bug in the code rather than a refusal or an outage. */
  stack?: string;
  cause?: LoggedError;
};

type ErrorLike = Error & {
  code?: unknown;
  type?: unknown;
  query?: unknown;
  params?: unknown;
  table?: unknown;
  constraint?: unknown;
};

const isSqlState = (code: unknown): code is string => typeof code === "string" && /^[0-9A-Z]{5}$/.test(code);

/**
 * Expected in operation, not a bug: bad data (22), a constraint (23), a conflict or deadlock (40),
 * the server's resources or shutdown (53, 57), the connection (08), a refusal by the shop's own
 * database functions (MS400), a system error (ECONNRESET…), an Auth.js error (a client's token).
 */
function operational(err: ErrorLike): boolean {
  if (isSqlState(err.code)) return ["08", "22", "23", "40", "53", "57", "MS"].includes(err.code.slice(0, 2));
  return (typeof err.code === "string" && /^E[A-Z]+$/.test(err.code)) || typeof err.type === "string";
}

function framesOf(err: Error): string | undefined {
  // Frames only: a stack's first line repeats the message, values and all.
  const frames = (err.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  return frames.length
    ? frames
        .slice(0, 12)
        .map((f) => f.trim())
        .join("\n")
    : undefined;
}

/** A database message names values after a colon (`invalid input syntax for type uuid: "…"`). */
function databaseMessage(message: string): string {
  return scrubText(message.replace(/: ".*"$/s, ': "…"').slice(0, 300));
}

function maskQuery(query: string): string {
  return scrubText(query.replace(/'(?:[^']|'')*'/g, "'…'")).slice(0, 400);
}

/** drizzle's wrapper round a driver error: its message lists the bound values ("params: …"). */
function isDrizzleQueryError(err: ErrorLike): boolean {
  return typeof err.query === "string" && "params" in err && err.message.startsWith("Failed query:");
}

export function serializeError(value: unknown, depth = 0): LoggedError {
  if (!(value instanceof Error)) {
    // Auth.js puts the error it wraps in `cause.err`, beside details of its own.
    const inner = value && typeof value === "object" && "err" in value ? (value as { err: unknown }).err : undefined;
    if (inner instanceof Error) return serializeError(inner, depth);
    return { name: typeof value, message: scrubText(String(value)).slice(0, 300) };
  }
  const err = value as ErrorLike;
  if (isDrizzleQueryError(err)) {
    const driver = (err.cause instanceof Error ? err.cause : {}) as Partial<ErrorLike>;
    return {
      name: "DrizzleQueryError",
      message: driver.message ? databaseMessage(driver.message) : "query failed",
      ...(isSqlState(driver.code) && { code: driver.code }),
      query: maskQuery(err.query as string),
      ...(typeof driver.table === "string" && { table: driver.table }),
      ...(typeof driver.constraint === "string" && { constraint: driver.constraint }),
      ...(!operational({ ...err, code: driver.code }) && { stack: framesOf(err) }),
    };
  }
  const database = isSqlState(err.code);
  const out: LoggedError = {
    name: database ? "DatabaseError" : err.name || "Error",
    message: database ? databaseMessage(err.message) : scrubText(err.message.split("\nparams:")[0]!.slice(0, 500)),
  };
  if (typeof err.code === "string" || typeof err.code === "number") out.code = String(err.code);
  if (typeof err.type === "string") out.type = err.type;
  if (database && typeof err.table === "string") out.table = err.table;
  if (database && typeof err.constraint === "string") out.constraint = err.constraint;
  if (!operational(err)) out.stack = framesOf(err);
  if (err.cause !== undefined && depth < 3) out.cause = serializeError(err.cause, depth + 1);
  return out;
}

/** The message of an error as a person running a command may read it: no values. */
export function safeErrorMessage(err: unknown): string {
  return serializeError(err).message;
}

const LEVELS: LevelWithSilent[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

export function createLogger(destination?: DestinationStream, level: LevelWithSilent = env.LOG_LEVEL): Logger {
  const options: pino.LoggerOptions = {
    level: LEVELS.includes(level) ? level : "info",
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: serializeError, error: serializeError },
    redact: { paths: PRIVATE_KEYS.flatMap((key) => [key, `*.${key}`]), censor: "[redacted]" },
    hooks: {
      // `log.error(err)` would make the raw message the event's message: file it under `err`.
      logMethod(args, method) {
        const [first, ...rest] = args as unknown[];
        const call = first instanceof Error ? [{ err: first }, ...(rest.length ? rest : [first.name])] : args;
        return method.apply(this, call.map((a) => (typeof a === "string" ? scrubText(a) : a)) as Parameters<LogFn>);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const log = createLogger();
