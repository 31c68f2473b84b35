"use client";

import { useMutation } from "@tanstack/react-query";
import { usePathname } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { clsx } from "clsx";
import { LOCALE_COOKIE, LOCALES, type Locale } from "@/i18n/locales";
import { useTRPC } from "@/trpc/react";

/** Each language named in itself, as a reader looks for their own. */
const NATIVE_NAME: Record<Locale, string> = { es: "Español", en: "English" };

/** The storefront's address of this page in another language: /es/p/jersey → /en/p/jersey. */
export function storefrontPathIn(pathname: string, locale: Locale): string {
  const rest = pathname.replace(/^\/(es|en)(?=\/|$)/, "");
  return `/${locale}${rest === "/" ? "" : rest}`;
}

/** Remembered for a year: the proxy and i18n/request.ts read it on the next page. */
function rememberLocale(locale: Locale) {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
}

/**
 * ES · EN: the current language marked, the other a link. In the storefront the other language
 * is its own address (the proxy remembers the choice in a cookie); in the console and studio,
 * which have no prefix, the cookie is set here. Either way the page loads afresh, so <html lang>,
 * every message and the server's own text change together; the cart lives on the server and stays.
 * `remember` (a signed-in person) keeps the choice on the account too: their emails, other devices.
 */
export function LanguageSwitch({
  surface,
  tone = "light",
  remember = surface === "app",
  className,
}: {
  surface: "storefront" | "app";
  tone?: "light" | "dark";
  remember?: boolean;
  className?: string;
}) {
  const current = useLocale();
  const pathname = usePathname();
  const t = useTranslations("common.language");
  const trpc = useTRPC();
  const saveOnAccount = useMutation(trpc.account.setLocale.mutationOptions());

  async function choose(event: React.MouseEvent<HTMLAnchorElement>, locale: Locale) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    rememberLocale(locale);
    // The page changes language anyway: an account that could not be told keeps its old choice.
    if (remember) await saveOnAccount.mutateAsync({ locale }).catch(() => null);
    const href =
      surface === "storefront" ? storefrontPathIn(window.location.pathname, locale) : window.location.pathname;
    window.location.assign(href + window.location.search + window.location.hash);
  }

  return (
    <nav aria-label={t("label")} className={clsx("flex items-center text-sm", className)}>
      <ul className="flex items-center gap-1">
        {LOCALES.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span
                aria-current="true"
                lang={locale}
                title={NATIVE_NAME[locale]}
                className={clsx(
                  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-2 font-semibold uppercase",
                  tone === "dark" ? "text-white" : "text-stone-950",
                )}
              >
                <span aria-hidden>{locale}</span>
                <span className="sr-only">{NATIVE_NAME[locale]}</span>
              </span>
            ) : (
              <a
                href={surface === "storefront" ? storefrontPathIn(pathname, locale) : pathname}
                hrefLang={locale}
                lang={locale}
                title={NATIVE_NAME[locale]}
                onClick={(event) => choose(event, locale)}
                className={clsx(
                  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-2 uppercase underline-offset-4 hover:underline focus-visible:ring-2 focus-visible:ring-accent-700/50 focus-visible:outline-none",
                  tone === "dark" ? "text-stone-300 hover:text-white" : "text-stone-600 hover:text-stone-950",
                )}
              >
                <span aria-hidden>{locale}</span>
                <span className="sr-only">{NATIVE_NAME[locale]}</span>
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
