/**
 * Messages outside React: the server's errors and emails, jobs, tests. Pure (use-intl's core), so
 * server/ and lib/ may use it; components use next-intl's hooks instead.
 */
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/i18n/locales";
import { MESSAGES } from "./index";

const translators = new Map<Locale, ReturnType<typeof make>>();

function make(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}

/** The whole app's t for one language: translate("es")("errors.cart.empty"). */
export function translate(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = make(locale)));
  return t;
}

export type Translator = ReturnType<typeof translate>;
/** Any message key of the app ("errors.cart.empty", "email.orderPlaced.subject"). */
export type MessageKey = Parameters<Translator>[0];

/**
 * The same translator for a key chosen at run time (a key stored with an error or a zod issue),
 * checked where the key is written (Said, EmailKey) rather than here.
 */
export function translateKey(locale: Locale): (key: string, values?: Record<string, string | number>) => string {
  return translate(locale) as unknown as (key: string, values?: Record<string, string | number>) => string;
}
