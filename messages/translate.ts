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
