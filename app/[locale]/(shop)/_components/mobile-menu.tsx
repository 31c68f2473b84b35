"use client";

import { clsx } from "clsx";
import { ChevronRight, Globe, MapPin, Menu, UserRound, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { LanguageSwitch } from "@/app/_components/language-switch";
import { Logo } from "@/app/_components/logo";
import { Link, usePathname } from "@/i18n/navigation";

type Props = {
  categories: { slug: string; name: string; productCount: number }[];
  user: { firstName: string } | null;
  chosenStoreName: string | null;
};

/** The phone and tablet navigation: a menu button that opens a modal sheet from the left. */
export function MobileMenu({ categories, user, chosenStoreName }: Props) {
  const t = useTranslations("shop.nav");
  const dialog = useRef<HTMLDialogElement>(null);
  const pathname = usePathname();

  // Close the sheet whenever the route changes (a link inside it was followed).
  useEffect(() => {
    dialog.current?.close();
  }, [pathname]);

  function open() {
    dialog.current?.showModal();
  }
  function close() {
    dialog.current?.close();
  }

  return (
    <>
      <button
        type="button"
        onClick={open}
        aria-haspopup="dialog"
        className="-ml-2 inline-flex size-11 items-center justify-center rounded-full text-stone-800 hover:bg-stone-100 lg:hidden"
      >
        <Menu aria-hidden="true" className="size-5" />
        <span className="sr-only">{t("open")}</span>
      </button>
      <dialog
        ref={dialog}
        aria-label={t("label")}
        onClick={(e) => {
          // A click on the backdrop lands on the dialog element itself.
          if (e.target === e.currentTarget) close();
        }}
        className="fixed inset-y-0 left-0 m-0 h-dvh max-h-none w-[min(22rem,88vw)] max-w-none animate-slide-in bg-white p-0 shadow-2xl backdrop:bg-stone-950/40 backdrop:backdrop-blur-[1px] open:flex open:flex-col"
      >
        <div className="flex items-center justify-between border-b border-stone-100 px-4 py-2">
          <Logo />
          <button
            type="button"
            onClick={close}
            className="-mr-2 inline-flex size-11 items-center justify-center rounded-full text-stone-700 hover:bg-stone-100"
          >
            <X aria-hidden="true" className="size-5" />
            <span className="sr-only">{t("close")}</span>
          </button>
        </div>
        <nav aria-label={t("categories")} className="flex-1 overflow-y-auto px-2 py-3">
          <p className="px-3 pb-2 text-xs font-semibold tracking-wider text-stone-500 uppercase">{t("shop")}</p>
          <ul>
            {categories.map((c) => {
              const href = `/c/${c.slug}`;
              const current = pathname === href;
              return (
                <li key={c.slug}>
                  <Link
                    href={href}
                    onClick={close}
                    aria-current={current ? "page" : undefined}
                    className={clsx(
                      "flex min-h-12 items-center justify-between rounded-xl px-3 text-base",
                      current ? "bg-stone-100 font-semibold text-stone-950" : "text-stone-800 hover:bg-stone-50",
                    )}
                  >
                    {c.name}
                    <ChevronRight aria-hidden="true" className="size-4 text-stone-400" />
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="space-y-1 border-t border-stone-100 px-2 py-3">
          <Link
            href={user ? "/account" : "/sign-in"}
            onClick={close}
            className="flex min-h-12 items-center gap-3 rounded-xl px-3 text-stone-800 hover:bg-stone-50"
          >
            <UserRound aria-hidden="true" className="size-5 text-stone-500" />
            {user ? t("account", { name: user.firstName }) : t("signIn")}
          </Link>
          <p className="flex min-h-12 items-center gap-3 px-3 text-sm text-stone-600">
            <MapPin aria-hidden="true" className="size-5 text-accent-600" />
            {chosenStoreName ? t("pickingUpAt", { store: chosenStoreName }) : t("noStore")}
          </p>
          <LanguageRow />
        </div>
      </dialog>
    </>
  );
}

/** The sheet's language choice, named like the rows above it. */
function LanguageRow() {
  const t = useTranslations("common.language");
  return (
    <div className="flex min-h-12 items-center gap-3 pl-3 text-sm text-stone-600">
      <Globe aria-hidden="true" className="size-5 text-stone-500" />
      <span className="flex-1">{t("label")}</span>
      <LanguageSwitch surface="storefront" />
    </div>
  );
}
