import { clsx } from "clsx";
import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";

type Props = {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  className?: string;
};

/** 1 … 4 5 6 … 12: the first, the last, and the pages around the current one. */
export function pageWindow(page: number, pageCount: number): (number | "gap")[] {
  const pages = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount));
  // Avoid a gap that would hide a single page.
  if (pages.has(3)) pages.add(2);
  if (pages.has(pageCount - 2)) pages.add(pageCount - 1);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev > 1) out.push("gap");
    out.push(p);
  });
  return out;
}

const item = "inline-flex size-11 items-center justify-center rounded-full text-sm tabular-nums transition-colors";

export function Pagination({ page, pageCount, href, className }: Props) {
  const t = useTranslations("common.pagination");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("label")} className={clsx("flex items-center justify-center gap-1", className)}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={clsx(item, "text-stone-800 hover:bg-stone-100")}>
          <ChevronLeft aria-hidden="true" className="size-4" />
          <span className="sr-only">{t("previous")}</span>
        </Link>
      ) : (
        <span aria-hidden="true" className={clsx(item, "text-stone-300")}>
          <ChevronLeft className="size-4" />
        </span>
      )}
      <ul className="flex items-center gap-1">
        {pageWindow(page, pageCount).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="w-6 text-center text-stone-400">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={href(p)}
                aria-current={p === page ? "page" : undefined}
                aria-label={t("page", { page: p })}
                className={clsx(
                  item,
                  p === page
                    ? "bg-stone-950 font-semibold text-white"
                    : "text-stone-700 hover:bg-stone-100 hover:text-stone-950",
                )}
              >
                {p}
              </Link>
            </li>
          ),
        )}
      </ul>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={clsx(item, "text-stone-800 hover:bg-stone-100")}>
          <ChevronRight aria-hidden="true" className="size-4" />
          <span className="sr-only">{t("next")}</span>
        </Link>
      ) : (
        <span aria-hidden="true" className={clsx(item, "text-stone-300")}>
          <ChevronRight className="size-4" />
        </span>
      )}
    </nav>
  );
}
