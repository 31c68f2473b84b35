import "server-only";
import type { Tx } from "@/db/client";
import type { Locale } from "@/i18n/locales";
import { queueNotification } from "./outbox";
import { emailWords, greeting } from "./words";

/**
 * The link that finishes a sign-up: the only way an account gets its email address. In the
 * language of the page the form was sent from.
 */
export async function queueSignUpLink(
  tx: Tx,
  to: { email: string; name: string },
  link: string,
  validMinutes: number,
  locale: Locale,
) {
  const t = emailWords(locale);
  return queueNotification(tx, {
    kind: "sign_up_link",
    orderId: null,
    customerId: null,
    toEmail: to.email,
    subject: t("email.signUpLink.subject"),
    body: [
      greeting(t, to.name),
      "",
      t("email.signUpLink.open"),
      "",
      link,
      "",
      t("email.signUpLink.once", { minutes: validMinutes }),
      t("email.signUpLink.ignore"),
      "",
      t("email.signOff"),
    ].join("\n"),
  });
}

/**
 * Someone tried to sign up with an email that already has an account. The form told them the
 * same as anyone else (so it reveals nothing); the owner hears about it here, with a way in, in
 * their account's language (else the form's).
 */
export async function queueSignUpAttempt(
  tx: Tx,
  owner: { id: string; email: string; name: string; locale: Locale | null },
  signInLink: string,
  formLocale: Locale,
) {
  const t = emailWords(owner.locale ?? formLocale);
  return queueNotification(tx, {
    kind: "sign_up_attempt",
    orderId: null,
    customerId: owner.id,
    toEmail: owner.email,
    subject: t("email.signUpAttempt.subject"),
    body: [
      greeting(t, owner.name),
      "",
      t("email.signUpAttempt.tried"),
      t("email.signUpAttempt.already"),
      "",
      t("email.signUpAttempt.signIn"),
      signInLink,
      "",
      t("email.signUpAttempt.ignore"),
      "",
      t("email.signOff"),
    ].join("\n"),
  });
}

/** A password change ends the account's other sessions; the owner is told, in case it wasn't them. */
export async function queuePasswordChanged(
  tx: Tx,
  owner: { id: string; email: string; name: string; locale: Locale | null },
  pageLocale: Locale,
) {
  const t = emailWords(owner.locale ?? pageLocale);
  return queueNotification(tx, {
    kind: "password_changed",
    orderId: null,
    customerId: owner.id,
    toEmail: owner.email,
    subject: t("email.passwordChanged.subject"),
    body: [
      greeting(t, owner.name),
      "",
      t("email.passwordChanged.changed"),
      "",
      t("email.passwordChanged.ifNotYou"),
      "",
      t("email.signOff"),
    ].join("\n"),
  });
}
