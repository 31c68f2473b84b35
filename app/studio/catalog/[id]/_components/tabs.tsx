"use client";

import { clsx } from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

const TABS = [
  { path: "", key: "details" },
  { path: "/variants", key: "variants" },
  { path: "/images", key: "images" },
  { path: "/publishing", key: "publishing" },
  { path: "/history", key: "history" },
] as const;

/** One tab per task; each is its own page, so a link or a reload opens the same tab. */
export function EditorTabs({ productId }: { productId: string }) {
  const t = useTranslations("studio.editor.tabs");
  const pathname = usePathname();
  const base = `/studio/catalog/${productId}`;
  return (
    <nav aria-label={t("label")} className="-mx-6 mt-3 shrink-0 border-b border-stone-200 px-6 xl:-mx-8 xl:px-8">
      <ul className="flex gap-1 overflow-x-auto">
        {TABS.map((tab) => {
          const href = `${base}${tab.path}`;
          const current = pathname === href;
          return (
            <li key={tab.key}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={clsx(
                  "-mb-px inline-flex h-10 items-center border-b-2 px-3 text-sm whitespace-nowrap focus-visible:ring-2 focus-visible:ring-accent-700/40 focus-visible:outline-none",
                  current
                    ? "border-stone-950 font-semibold text-stone-950"
                    : "border-transparent text-stone-600 hover:border-stone-300 hover:text-stone-950",
                )}
              >
                {t(tab.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
