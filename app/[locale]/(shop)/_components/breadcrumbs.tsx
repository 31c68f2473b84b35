import { clsx } from "clsx";
import { ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export type Crumb = { label: string; href?: string };

/** The last crumb is the current page. */
export function Breadcrumbs({ items, className }: { items: Crumb[]; className?: string }) {
  const t = useTranslations("shop.breadcrumbs");
  return (
    <nav aria-label={t("label")} className={clsx("text-sm", className)}>
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-stone-500">
        {items.map((crumb, i) => {
          const last = i === items.length - 1;
          return (
            <li key={`${crumb.label}-${i}`} className="flex items-center gap-1.5">
              {crumb.href && !last ? (
                <Link
                  href={crumb.href}
                  className="inline-flex min-h-11 items-center underline-offset-4 hover:text-stone-950 hover:underline sm:min-h-8"
                >
                  {crumb.label}
                </Link>
              ) : (
                <span aria-current={last ? "page" : undefined} className={clsx(last && "text-stone-800")}>
                  {crumb.label}
                </span>
              )}
              {!last ? <ChevronRight aria-hidden="true" className="size-3.5 text-stone-400" /> : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
