import { clsx } from "clsx";
import { LogOut, MapPin, UserRound } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { LanguageSwitch } from "@/app/_components/language-switch";
import { firstName, shortStoreName } from "@/lib/words";
import { Nav } from "./nav";
import { StoreSwitcher } from "./store-switcher";

type Store = { id: string; name: string };

type Props = {
  /** The store this console serves; null on the pages that explain why there is none. */
  storeName: string | null;
  /** Admins may switch store: every store, with the current one in `storeName`'s place. */
  switchable?: { store: Store; stores: Store[] } | null;
  staffName: string;
  /** A server action that ends the session. */
  signOutAction: () => Promise<void>;
  /** Live status, sound and other controls, shown before the staff member's name. */
  children?: React.ReactNode;
};

/** The console's own bar: dark, so nobody mistakes the counter tablet for the shop. */
export function TopBar({ storeName, switchable, staffName, signOutAction, children }: Props) {
  const t = useTranslations("staff.bar");
  return (
    <header className="sticky top-0 z-40 bg-stone-950 text-white">
      <div className="mx-auto flex min-h-16 max-w-screen-2xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2 sm:px-6 lg:gap-x-5 lg:px-8">
        <Link href="/staff" className="group inline-flex min-h-11 items-center gap-2 leading-none">
          <span className="inline-flex items-center gap-0.5 text-xl font-semibold tracking-[-0.04em]">
            Mostrador
            <span aria-hidden="true" className="mt-2 size-1.5 rounded-full bg-accent-400" />
          </span>
          <span aria-hidden="true" className={clsx("text-stone-500", switchable && "max-lg:hidden")}>
            ·
          </span>
          {/* An admin's store picker is wider: the label gives way on a portrait tablet. */}
          <span
            className={clsx(
              "text-sm font-medium text-stone-300 group-hover:text-white",
              switchable && "max-lg:sr-only",
            )}
          >
            {t("console")}
          </span>
        </Link>
        {switchable ? (
          <StoreSwitcher store={switchable.store} stores={switchable.stores} />
        ) : storeName ? (
          <p className="inline-flex min-w-0 items-center gap-1.5 rounded-full bg-white/10 px-3 py-1.5 text-sm font-semibold">
            <MapPin aria-hidden="true" className="size-4 shrink-0 text-accent-300" />
            <span className="sr-only">{t("store")} </span>
            <span className="truncate" title={storeName}>
              {shortStoreName(storeName)}
            </span>
          </p>
        ) : null}
        <div className="ml-auto flex items-center gap-2 lg:gap-3">
          {children}
          {/* Without the sections' row (a refused account), the languages sit here. */}
          {storeName ? null : <LanguageSwitch surface="app" tone="dark" />}
          <p className="inline-flex min-w-0 items-center gap-1.5 px-1 text-sm text-stone-300">
            <UserRound aria-hidden="true" className="size-4 shrink-0" />
            <span className="sr-only">{t("signedInAs")} </span>
            {/* The first name where the bar is narrow (a portrait tablet), so it stays one row. */}
            <span className="max-w-[10rem] truncate font-medium text-white max-lg:hidden">{staffName}</span>
            <span className="max-w-[6rem] truncate font-medium text-white lg:hidden">{firstName(staffName)}</span>
          </p>
          <form action={signOutAction}>
            <button
              type="submit"
              className="inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-full px-3 text-sm font-semibold text-stone-200 ring-1 ring-white/20 transition-colors ring-inset hover:bg-white/10 hover:text-white"
            >
              <LogOut aria-hidden="true" className="size-4" />
              <span className="max-lg:sr-only">{t("signOut")}</span>
            </button>
          </form>
        </div>
      </div>
      {storeName ? (
        <div className="mx-auto flex max-w-screen-2xl items-center gap-2 border-t border-white/10 px-2 sm:px-4 lg:px-6">
          <Nav />
          {/* At the end of the sections' row: the first row is full on a tablet held upright. */}
          <LanguageSwitch surface="app" tone="dark" className="ml-auto shrink-0" />
        </div>
      ) : null}
    </header>
  );
}
