import type { Metadata, Viewport } from "next";
import { Toaster } from "sonner";
import { TRPCReactProvider } from "@/trpc/react";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    default: "Mostrador — Clothing & home, click & collect in 2 hours",
    template: "%s · Mostrador",
  },
  description:
    "Well-made clothing and homeware. Shop online and pick up in 2 hours at our stores in Madrid, Barcelona and Valencia.",
  applicationName: "Mostrador",
};

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

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <noscript>
          <style dangerouslySetInnerHTML={{ __html: NO_SCRIPT_CSS }} />
        </noscript>
        <a
          href="#main"
          className="sr-only z-[100] rounded-md bg-stone-900 px-4 py-3 text-sm font-medium text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
        >
          Skip to content
        </a>
        <TRPCReactProvider>{children}</TRPCReactProvider>
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
