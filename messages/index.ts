/**
 * Every message of the app, per language, one file per namespace (a surface or a shared concern):
 * t("shop.header.cart") reads messages/<locale>/shop.json's header.cart. ICU syntax for plurals,
 * gender and selects. messages.test.ts fails when a key is in one language and not the other.
 */
import esCheckout from "./es/checkout.json";
import esCommon from "./es/common.json";
import esEmail from "./es/email.json";
import esErrors from "./es/errors.json";
import esInsights from "./es/insights.json";
import esShop from "./es/shop.json";
import esStaff from "./es/staff.json";
import esStudio from "./es/studio.json";
import enCheckout from "./en/checkout.json";
import enCommon from "./en/common.json";
import enEmail from "./en/email.json";
import enErrors from "./en/errors.json";
import enInsights from "./en/insights.json";
import enShop from "./en/shop.json";
import enStaff from "./en/staff.json";
import enStudio from "./en/studio.json";
import type { Locale } from "@/i18n/locales";

const en = {
  common: enCommon,
  errors: enErrors,
  shop: enShop,
  checkout: enCheckout,
  staff: enStaff,
  studio: enStudio,
  insights: enInsights,
  email: enEmail,
};

/** The shape every language has (English's, checked against Spanish's by messages.test.ts). */
export type Messages = typeof en;
export type Namespace = keyof Messages;

export const MESSAGES: Record<Locale, Messages> = {
  es: {
    common: esCommon,
    errors: esErrors,
    shop: esShop,
    checkout: esCheckout,
    staff: esStaff,
    studio: esStudio,
    insights: esInsights,
    email: esEmail,
  } as Messages,
  en,
};

/** The namespaces a surface's browser code needs: the rest never reaches its pages' HTML. */
export function pickMessages(locale: Locale, namespaces: readonly Namespace[]): Partial<Messages> {
  return Object.fromEntries(namespaces.map((ns) => [ns, MESSAGES[locale][ns]]));
}
