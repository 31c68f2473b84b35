import "server-only";
import { env } from "@/env";

export type MailMessage = { to: string; subject: string; text: string };

export interface MailTransport {
  readonly kind: "dev-mailbox" | "smtp";
  /** Resolves when the message is accepted; rejects with a readable error otherwise. */
  send(message: MailMessage): Promise<void>;
}

/** Nothing leaves the machine: the outbox rows are the mailbox (see /staff/mailbox). */
export const devMailbox: MailTransport = { kind: "dev-mailbox", send: async () => {} };

/** Real mail through an SMTP server (SMTP_URL, e.g. smtps://user:pass@smtp.example.com:465). */
export function smtpTransport(url: string, from: string): MailTransport {
  // Loaded on first use, so the dev mailbox never pulls nodemailer into memory.
  let sender:
    Promise<{ sendMail(m: { from: string; to: string; subject: string; text: string }): Promise<unknown> }> | undefined;
  return {
    kind: "smtp",
    async send({ to, subject, text }) {
      sender ??= import("nodemailer").then((m) => m.default.createTransport(url));
      await (await sender).sendMail({ from, to, subject, text });
    },
  };
}

let chosen: MailTransport | undefined;

/** The transport MAIL_TRANSPORT names; one per process. */
export function mailTransport(): MailTransport {
  if (chosen) return chosen;
  if (env.MAIL_TRANSPORT === "smtp") {
    if (!env.SMTP_URL)
      throw new Error("MAIL_TRANSPORT=smtp needs SMTP_URL (smtp://user:pass@host:587 or smtps://…:465)");
    chosen = smtpTransport(env.SMTP_URL, env.MAIL_FROM);
  } else chosen = devMailbox;
  return chosen;
}
