import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { pickMessages } from "@/messages";
import { siteLink } from "@/server/site-url";
import { Toaster } from "sonner";
import { TRPCReactProvider } from "@/trpc/react";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.site");
  return {
    title: { default: t("title"), template: t("titleTemplate") },
    description: t("description"),
    applicationName: "Mostrador",
    // Canonical and hreflang links (i18n/alternates.ts) are absolute, on the shop's public address.
    metadataBase: new URL(siteLink("/")),
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#ffffff",
  colorScheme: "light",
};

/**
 * Without JavaScript, React cannot swap streamed content into a loading.tsx fallback: the page
 * arrives in a hidden <div id="S:n"> at the end of <body> and the skeleton stays. For those
 * browsers only, hide pending fallbacks and show the streamed segments above the footer.
 * In Tailwind's first layer, because its preflight hides [hidden] with !important in a later one
 * (and for !important rules the earlier layer wins).
 */
const NO_SCRIPT_CSS = `@layer theme {
  template[id^="B:"] + * { display: none !important; }
  body > div[hidden][id^="S:"] { display: block !important; order: 1; }
  body > footer { order: 2; }
  body > main:has(> template[id^="B:"]) { flex: none; }
}`;

/**
 * The language is the storefront's /es or /en (the proxy tells it), else the person's own. A
 * change of language loads the page afresh (app/_components/language-switch.tsx), so this <html
 * lang> is never left over from the previous language.
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <noscript>
          <style dangerouslySetInnerHTML={{ __html: NO_SCRIPT_CSS }} />
        </noscript>
        <a
          href="#main"
          className="sr-only z-[100] rounded-md bg-stone-900 px-4 py-3 text-sm font-medium text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
        >
          {t("skipToContent")}
        </a>
        {/* Pages outside a surface (the root 404 and error pages) read these; each surface's layout gives its own. */}
        <NextIntlClientProvider messages={pickMessages(locale, ["common", "errors"])}>
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </NextIntlClientProvider>
        <Toaster
          position="bottom-center"
          toastOptions={{
            classNames: {
              toast: "!rounded-xl !border-stone-200 !font-sans !text-stone-900 !shadow-lg",
              description: "!text-stone-600",
            },
          }}
        />
      </body>
    </html>
  );
}
