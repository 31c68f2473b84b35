import { z } from "zod";

// The only reader of process.env: everything else imports `env`.
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    PGLITE_DIR: z.string().min(1).default("./.data"),
    AUTH_SECRET: z.string().min(16).optional(),
    /** How long checkout holds a cart's units at the chosen store or the warehouse. */
    STOCK_HOLD_MINUTES: z.coerce.number().int().min(1).max(240).default(15),
    /** Ready pickup orders not collected within this many days expire and release their stock. */
    PICKUP_EXPIRY_DAYS: z.coerce.number().int().min(1).max(60).default(7),
    /**
     * Pickup orders paid at the counter are kept this many days from placement, whatever their
     * status; not collected by then, they expire and their stock goes back on sale.
     */
    PICKUP_COLLECT_DAYS: z.coerce.number().int().min(1).max(60).default(7),
    /** Web and store touchpoints (interaction rows) older than this many months are deleted once a day. */
    INTERACTION_RETENTION_MONTHS: z.coerce
      .number({ message: "INTERACTION_RETENTION_MONTHS must be a whole number of months" })
      .int("INTERACTION_RETENTION_MONTHS must be a whole number of months")
      .min(1, "INTERACTION_RETENTION_MONTHS must be at least 1")
      .max(120)
      .default(13),
    /**
     * The shop's language for a visitor whose browser asks for neither Spanish nor English, and
     * for the console and studio before a person chooses (es: a Spanish shop).
     */
    DEFAULT_LOCALE: z.enum(["es", "en"], { message: "DEFAULT_LOCALE must be es or en" }).default("es"),
    /** "dev-mailbox" keeps customer mail in the outbox (shown at /staff/mailbox); "smtp" sends it through SMTP_URL. */
    MAIL_TRANSPORT: z.enum(["dev-mailbox", "smtp"]).default("dev-mailbox"),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
      .optional(),
    MAIL_FROM: z.string().min(3).default("Mostrador <orders@mostrador.dev>"),
    /**
     * Proxies in front of the app that append the client's address to X-Forwarded-For (a TLS proxy:
     * 1). The app's own server appends the socket's address, so 0 is right when browsers connect directly.
     */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
    /**
     * The address people reach the shop at (https://shop.example), for links in emails. Never taken
     * from a request's Host header, which a sender could set to their own site. Default: http://localhost:PORT.
     */
    SITE_URL: z.url().optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Least severe server log events written (server/log.ts); unset: info, or warn under tests. */
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /** Set by Next while it builds; nothing may open the database then. */
    NEXT_PHASE: z.string().optional(),
    /** "nodejs" or "edge", set by Next in each runtime. */
    NEXT_RUNTIME: z.string().optional(),
  })
  // Caught at start, not at the first email an hour later.
  .refine((e) => e.MAIL_TRANSPORT !== "smtp" || !!e.SMTP_URL, {
    message: "MAIL_TRANSPORT=smtp needs SMTP_URL (smtp://user:pass@host:587 or smtps://…:465)",
    path: ["SMTP_URL"],
  })
  .transform((e) => ({
    ...e,
    LOG_LEVEL: e.LOG_LEVEL ?? (e.NODE_ENV === "test" ? ("warn" as const) : ("info" as const)),
  }));

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
  throw new Error(`Invalid environment:\n${problems}`);
}

export const env = parsed.data;
export type Env = typeof env;
