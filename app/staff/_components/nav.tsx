"use client";

import { clsx } from "clsx";
import { Boxes, Gauge, Mail, PackageCheck, ScanBarcode, Undo2, Users } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

/** The console's sections, in the order of a counter's day. */
export const STAFF_SECTIONS = [
  { href: "/staff", label: "pickups", Icon: PackageCheck },
  { href: "/staff/customers", label: "customers", Icon: Users },
  { href: "/staff/sell", label: "sell", Icon: ScanBarcode },
  { href: "/staff/returns", label: "returns", Icon: Undo2 },
  { href: "/staff/stock", label: "stock", Icon: Boxes },
  { href: "/staff/mailbox", label: "mailbox", Icon: Mail },
  { href: "/staff/performance", label: "performance", Icon: Gauge },
] as const;

function isCurrent(pathname: string, href: string) {
  return href === "/staff"
    ? pathname === "/staff" || pathname.startsWith("/staff/pickups/")
    : pathname === href || pathname.startsWith(`${href}/`);
}

export function Nav() {
  const pathname = usePathname();
  const t = useTranslations("staff.nav");
  return (
    <nav aria-label={t("label")} className="-mb-px flex min-w-0 gap-1 overflow-x-auto">
      {STAFF_SECTIONS.map(({ href, label, Icon }) => {
        const current = isCurrent(pathname, href);
        return (
          <Link
            key={href}
            href={href}
            aria-current={current ? "page" : undefined}
            className={clsx(
              "inline-flex min-h-12 shrink-0 items-center gap-2 border-b-2 px-3 text-sm font-semibold transition-colors sm:px-4",
              current ? "border-accent-400 text-white" : "border-transparent text-stone-400 hover:text-white",
            )}
          >
            <Icon aria-hidden="true" className="size-4" />
            {/* On a tablet held upright seven labels do not fit: the others keep their icon and a spoken name. */}
            <span className={current ? undefined : "sr-only lg:not-sr-only"}>{t(label)}</span>
          </Link>
        );
      })}
    </nav>
  );
}
