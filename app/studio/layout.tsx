import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { pickMessages } from "@/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("studio.meta");
  return {
    title: { default: t("title"), template: t("template") },
    robots: { index: false, follow: false },
  };
}

export const viewport: Viewport = { themeColor: "#fafaf9" };

/**
 * The studio's frame, without the shop's header and footer: a sidebar and one working area the
 * height of the window. No access checks here: each page checks the role itself (a layout does
 * not re-run on every navigation).
 */
export default async function StudioLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <NextIntlClientProvider messages={pickMessages(locale, ["common", "errors", "studio", "insights"])}>
      <div className="flex h-dvh min-h-[640px] bg-stone-50 text-stone-900">{children}</div>
    </NextIntlClientProvider>
  );
}
