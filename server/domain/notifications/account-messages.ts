import "server-only";
import type { Tx } from "@/db/client";
import { queueNotification } from "./outbox";

const signOff = "Mostrador";
const hello = (name: string | null) => `Hello ${name?.trim().split(/\s+/)[0] || "there"},`;

/** The link that finishes a sign-up: the only way an account gets its email address. */
export async function queueSignUpLink(tx: Tx, to: { email: string; name: string }, link: string, validMinutes: number) {
  return queueNotification(tx, {
    kind: "sign_up_link",
    orderId: null,
    customerId: null,
    toEmail: to.email,
    subject: "Finish creating your Mostrador account",
    body: [
      hello(to.name),
      "",
      "To finish creating your Mostrador account, open this link:",
      "",
      link,
      "",
      `It works once, for the next ${validMinutes} minutes.`,
      "If you didn’t ask for an account, ignore this email: nothing is created without the link.",
      "",
      signOff,
    ].join("\n"),
  });
}

/**
 * Someone tried to sign up with an email that already has an account. The form told them the
 * same as anyone else (so it reveals nothing); the owner hears about it here, with a way in.
 */
export async function queueSignUpAttempt(
  tx: Tx,
  owner: { id: string; email: string; name: string },
  signInLink: string,
) {
  return queueNotification(tx, {
    kind: "sign_up_attempt",
    orderId: null,
    customerId: owner.id,
    toEmail: owner.email,
    subject: "Someone tried to create a Mostrador account with your email",
    body: [
      hello(owner.name),
      "",
      "Someone (perhaps you) tried to create a new Mostrador account with this email address.",
      "You already have an account, so nothing was changed.",
      "",
      "To sign in, use your email and password here:",
      signInLink,
      "",
      "If it wasn’t you, you can ignore this email: your account and password are as they were.",
      "",
      signOff,
    ].join("\n"),
  });
}

/** A password change ends the account's other sessions; the owner is told, in case it wasn't them. */
export async function queuePasswordChanged(tx: Tx, owner: { id: string; email: string; name: string }) {
  return queueNotification(tx, {
    kind: "password_changed",
    orderId: null,
    customerId: owner.id,
    toEmail: owner.email,
    subject: "Your Mostrador password was changed",
    body: [
      hello(owner.name),
      "",
      "The password of your Mostrador account was just changed, and every other device was signed out.",
      "",
      "If it was you, there is nothing more to do. If it wasn’t, contact us at any of our stores straight away.",
      "",
      signOff,
    ].join("\n"),
  });
}
