import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { pickMessages } from "@/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.meta");
  return {
    title: { default: t("title"), template: t("titleTemplate") },
    robots: { index: false, follow: false },
  };
}

export const viewport: Viewport = { themeColor: "#0c0a09" };

/**
 * The store console's frame, without the shop's header and footer. No access checks here: each
 * page checks the role itself (a layout does not re-run on every navigation).
 */
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <NextIntlClientProvider messages={pickMessages(locale, ["common", "errors", "staff"])}>
      <div className="flex flex-1 flex-col bg-stone-100">{children}</div>
    </NextIntlClientProvider>
  );
}
