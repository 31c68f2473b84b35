import type { Locale } from "@/i18n/locales";
import { translateKey, type MessageKey } from "@/messages/translate";

export type EmailKey = Extract<MessageKey, `email.${string}`>;
export type EmailWords = (key: EmailKey, values?: Record<string, string | number>) => string;

/** The outbox's words in one language (messages/<locale>/email.json). */
export function emailWords(locale: Locale): EmailWords {
  // Keys are checked by EmailKey.
  return translateKey(locale);
}

/** "Hola, Ana:" / "Hello Ana,", from a full name (or none). */
export function greeting(t: EmailWords, name: string | null | undefined): string {
  const first = (name ?? "").trim().split(/\s+/)[0];
  return first ? t("email.hello", { name: first }) : t("email.helloThere");
}
