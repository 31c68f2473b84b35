"use client";

import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";

type Props = {
  categories: { slug: string; name: string }[];
  className?: string;
};

/** The desktop category bar. The current category is marked for assistive tech and visually. */
export function CategoryNav({ categories, className }: Props) {
  const t = useTranslations("shop.nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("categories")} className={className}>
      <ul className="-mx-3 flex items-center gap-1">
        {categories.map((c) => {
          const href = `/c/${c.slug}`;
          const current = pathname === href;
          return (
            <li key={c.slug}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={clsx(
                  "relative inline-flex h-11 items-center px-3 text-sm transition-colors",
                  "after:absolute after:inset-x-3 after:bottom-0 after:h-0.5 after:rounded-full after:transition-colors",
                  current
                    ? "font-medium text-stone-950 after:bg-stone-950"
                    : "text-stone-600 after:bg-transparent hover:text-stone-950 hover:after:bg-stone-300",
                )}
              >
                {c.name}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
