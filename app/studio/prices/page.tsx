import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { api } from "@/trpc/server";
import { buttonClasses } from "@/ui/button";
import { StudioShell } from "../_components/shell";
import { studioAccess } from "../_lib/access";
import { madridTime } from "../_lib/when";
import { channelWords, PriceListStateBadge } from "./_components/state-badge";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.prices"))("title") };
}

export default async function PricesPage() {
  // The role is checked here, in the page, not only in a layout.
  const person = await studioAccess("/studio/prices");
  const [lists, t, tChannels, locale] = await Promise.all([
    api.studio.prices.list(),
    getTranslations("studio.prices"),
    getTranslations("studio.prices.channels"),
    getLocale(),
  ]);
  return (
    <StudioShell
      person={person}
      title={t("title")}
      description={t("description")}
      actions={
        <Link href="/studio/prices/new" className={buttonClasses({ size: "sm", className: "min-h-9 rounded-lg px-3" })}>
          <Plus aria-hidden="true" className="size-4" />
          {t("new")}
        </Link>
      }
    >
      <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
        <table className="w-full text-sm">
          <thead className="border-b border-stone-200 bg-stone-50 text-left text-xs font-medium text-stone-500">
            <tr>
              <th className="px-3 py-2.5 font-medium xl:px-4">{t("column.name")}</th>
              <th className="px-3 py-2.5 font-medium xl:px-4">{t("column.state")}</th>
              <th className="px-3 py-2.5 font-medium xl:px-4">{t("column.from")}</th>
              <th className="px-3 py-2.5 font-medium xl:px-4">{t("column.until")}</th>
              <th className="px-3 py-2.5 font-medium xl:px-4">{t("column.channels")}</th>
              <th className="px-3 py-2.5 text-right font-medium xl:px-4">{t("column.items")}</th>
              <th className="px-3 py-2.5 font-medium max-xl:hidden xl:px-4">{t("column.createdBy")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {lists.length === 0 ? (
              <tr>
                <td colSpan={7} className="px-4 py-10 text-center text-stone-500">
                  {t("none")}
                </td>
              </tr>
            ) : null}
            {lists.map((l) => (
              <tr key={l.id} className="hover:bg-stone-50">
                <td className="px-3 py-2.5 xl:px-4">
                  <Link href={`/studio/prices/${l.id}`} className="font-medium text-stone-950 hover:underline">
                    {l.name}
                  </Link>
                </td>
                <td className="px-3 py-2.5 xl:px-4">
                  <PriceListStateBadge state={l.state} />
                </td>
                <td className="px-3 py-2.5 whitespace-nowrap text-stone-700 tabular-nums xl:px-4">
                  {madridTime(l.startsAt, locale)}
                </td>
                <td className="px-3 py-2.5 whitespace-nowrap text-stone-700 tabular-nums xl:px-4">
                  {madridTime(l.cancelledAt && l.cancelledAt < l.endsAt ? l.cancelledAt : l.endsAt, locale)}
                </td>
                <td className="px-3 py-2.5 whitespace-nowrap text-stone-700 xl:px-4">
                  {channelWords(l.channels, tChannels)}
                </td>
                <td className="px-3 py-2.5 text-right text-stone-700 tabular-nums xl:px-4">{l.items}</td>
                <td className="px-3 py-2.5 text-stone-500 max-xl:hidden xl:px-4">{l.createdBy ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </StudioShell>
  );
}
