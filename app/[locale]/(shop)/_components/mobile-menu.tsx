"use client";

import { clsx } from "clsx";
import { ChevronRight, MapPin, Menu, UserRound, X } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { Logo } from "@/app/_components/logo";

type Props = {
  categories: { slug: string; name: string; productCount: number }[];
  user: { firstName: string } | null;
  chosenStoreName: string | null;
};

/** The phone and tablet navigation: a menu button that opens a modal sheet from the left. */
export function MobileMenu({ categories, user, chosenStoreName }: Props) {
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
        <span className="sr-only">Open menu</span>
      </button>
      <dialog
        ref={dialog}
        aria-label="Menu"
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
            <span className="sr-only">Close menu</span>
          </button>
        </div>
        <nav aria-label="Categories" className="flex-1 overflow-y-auto px-2 py-3">
          <p className="px-3 pb-2 text-xs font-semibold tracking-wider text-stone-500 uppercase">Shop</p>
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
            {user ? `Account (${user.firstName})` : "Sign in or create an account"}
          </Link>
          <p className="flex min-h-12 items-center gap-3 px-3 text-sm text-stone-600">
            <MapPin aria-hidden="true" className="size-5 text-accent-600" />
            {chosenStoreName ? `Picking up at ${chosenStoreName}` : "No pick-up store chosen yet"}
          </p>
        </div>
      </dialog>
    </>
  );
}
