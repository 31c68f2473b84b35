import { ExternalLink, LogOut } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { LanguageSwitch } from "@/app/_components/language-switch";
import { signOutAction } from "@/app/_lib/actions";
import { StudioNav } from "./nav";

export type StudioPerson = { name: string; email: string; role: string };

const ROLES = ["marketer", "admin", "staff", "customer"] as const;
const isKnownRole = (role: string): role is (typeof ROLES)[number] => (ROLES as readonly string[]).includes(role);

function initials(name: string) {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase() || "·";
}

/**
 * The studio's sidebar: the mark, the sections (none on the 403 page), the language, who is signed
 * in, sign-out.
 */
export function StudioSidebar({ person, withNav = true }: { person: StudioPerson | null; withNav?: boolean }) {
  const t = useTranslations("studio.sidebar");
  return (
    <aside className="flex w-52 shrink-0 flex-col border-r border-stone-200 bg-white xl:w-60">
      <div className="flex h-14 items-center px-5">
        <Link href={withNav ? "/studio" : "/"} className="inline-flex items-baseline gap-2 leading-none">
          <span className="inline-flex items-center gap-0.5 text-lg font-semibold tracking-[-0.04em] text-stone-950">
            Mostrador
            <span aria-hidden="true" className="mt-1.5 size-1.5 rounded-full bg-accent-500" />
          </span>
          <span className="text-sm font-medium text-stone-500">{t("studio")}</span>
        </Link>
      </div>
      <div className="flex-1 overflow-y-auto pt-3">{withNav ? <StudioNav /> : null}</div>
      <div className="space-y-1 border-t border-stone-200 p-3">
        <div className="flex items-center justify-between gap-2 pl-2.5">
          <span aria-hidden="true" className="text-xs font-medium text-stone-500">
            {t("language")}
          </span>
          <LanguageSwitch surface="app" className="-my-1" />
        </div>
        <a
          href="/"
          target="_blank"
          rel="noopener"
          className="flex h-9 items-center gap-2.5 rounded-lg px-2.5 text-sm font-medium text-stone-600 hover:bg-stone-100 hover:text-stone-950"
        >
          <ExternalLink aria-hidden="true" className="size-4 text-stone-400" />
          {t("viewShop")}
          <span className="sr-only">{t("newTab")}</span>
        </a>
        {person ? (
          <div className="flex items-center gap-2.5 rounded-lg px-2.5 py-2">
            <span
              aria-hidden="true"
              className="grid size-8 shrink-0 place-items-center rounded-full bg-accent-100 text-xs font-semibold text-accent-800"
            >
              {initials(person.name)}
            </span>
            <p className="min-w-0 flex-1 leading-tight">
              <span className="sr-only">{t("signedInAs")} </span>
              <span className="block truncate text-sm font-medium text-stone-950" title={person.name}>
                {person.name}
              </span>
              <span className="block truncate text-xs text-stone-500" title={person.email}>
                {isKnownRole(person.role) ? t(`role.${person.role}`) : person.role} · {person.email}
              </span>
            </p>
          </div>
        ) : null}
        {person ? (
          <form action={signOutAction}>
            <button
              type="submit"
              className="flex h-9 w-full items-center gap-2.5 rounded-lg px-2.5 text-sm font-medium text-stone-600 hover:bg-stone-100 hover:text-stone-950"
            >
              <LogOut aria-hidden="true" className="size-4 text-stone-400" />
              {t("signOut")}
            </button>
          </form>
        ) : null}
      </div>
    </aside>
  );
}
