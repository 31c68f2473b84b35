"use client";

import { clsx } from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { STUDIO_SECTIONS } from "./sections";

/** The sidebar's sections; the one the page belongs to is marked. */
export function StudioNav() {
  const pathname = usePathname();
  const t = useTranslations("studio.nav");
  return (
    <nav aria-label={t("label")} className="px-3">
      <ul className="space-y-0.5">
        {STUDIO_SECTIONS.map(({ href, key, Icon }) => {
          const current = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={clsx(
                  "flex h-9 items-center gap-2.5 rounded-lg px-2.5 text-sm font-medium transition-colors",
                  current ? "bg-stone-900 text-white" : "text-stone-600 hover:bg-stone-100 hover:text-stone-950",
                )}
              >
                <Icon
                  aria-hidden="true"
                  className={clsx("size-4 shrink-0", current ? "text-accent-300" : "text-stone-400")}
                />
                {t(key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
