import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/messages";

// t() keys and useLocale() are checked against the English messages and the shop's languages.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
