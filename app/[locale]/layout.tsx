import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { isLocale } from "@/i18n/locales";
import { pickMessages } from "@/messages";

/**
 * The storefront in one language (/es/…, /en/…). The proxy sends every other shop address here
 * with the visitor's language, so an unknown segment is a page that does not exist.
 */
export default async function LocaleLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <NextIntlClientProvider messages={pickMessages(locale, ["common", "errors", "shop", "checkout"])}>
      {children}
    </NextIntlClientProvider>
  );
}
