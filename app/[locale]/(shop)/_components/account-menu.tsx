"use client";

import { clsx } from "clsx";
import { ChevronDown, LogOut, UserRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useId, useRef, useState } from "react";
import { Link } from "@/i18n/navigation";
import { useDismiss } from "@/ui/use-dismiss";

type Props = {
  name: string;
  email: string;
  firstName: string;
  /** A server action that ends the session. */
  signOutAction: () => Promise<void>;
};

export function AccountMenu({ name, email, firstName, signOutAction }: Props) {
  const t = useTranslations("shop.accountMenu");
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, container, trigger);

  return (
    <div ref={container} className="relative">
      <button
        ref={trigger}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-full px-2 text-sm font-medium text-stone-800 transition-colors hover:bg-stone-100 sm:px-3"
      >
        <span
          aria-hidden="true"
          className="grid size-7 place-items-center rounded-full bg-stone-900 text-xs font-semibold text-white uppercase"
        >
          {firstName.slice(0, 1) || <UserRound className="size-4" />}
        </span>
        <span className="hidden max-w-[8rem] truncate sm:inline">{firstName}</span>
        <span className="sr-only sm:hidden">{t("yourAccount")}</span>
        <ChevronDown
          aria-hidden="true"
          className={clsx("hidden size-4 text-stone-500 transition-transform sm:block", open && "rotate-180")}
        />
      </button>
      {open ? (
        <div
          id={menuId}
          className="absolute top-full right-0 z-50 mt-2 w-64 animate-fade-in rounded-2xl border border-stone-200 bg-white p-2 shadow-xl shadow-stone-900/10"
        >
          <div className="border-b border-stone-100 px-3 pt-2 pb-3">
            <p className="truncate text-sm font-semibold text-stone-950">{name}</p>
            <p className="truncate text-xs text-stone-600">{email}</p>
          </div>
          <ul className="pt-1">
            <li>
              <Link
                href="/account"
                onClick={close}
                className="flex min-h-11 items-center gap-2.5 rounded-lg px-3 text-sm text-stone-800 hover:bg-stone-50"
              >
                <UserRound aria-hidden="true" className="size-4 text-stone-500" />
                {t("account")}
              </Link>
            </li>
            <li>
              <form action={signOutAction}>
                <button
                  type="submit"
                  className="flex min-h-11 w-full items-center gap-2.5 rounded-lg px-3 text-left text-sm text-stone-800 hover:bg-stone-50"
                >
                  <LogOut aria-hidden="true" className="size-4 text-stone-500" />
                  {t("signOut")}
                </button>
              </form>
            </li>
          </ul>
        </div>
      ) : null}
    </div>
  );
}
