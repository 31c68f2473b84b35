import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { formatMadrid } from "@/lib/shop-time";
import { api } from "@/trpc/server";
import { buttonClasses } from "@/ui/button";
import { StudioShell } from "../_components/shell";
import { studioAccess } from "../_lib/access";
import { channelWords, PriceListStateBadge } from "./_components/state-badge";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Prices" };

export default async function PricesPage() {
  // The role is checked here, in the page, not only in a layout.
  const person = await studioAccess("/studio/prices");
  const lists = await api.studio.prices.list();
  return (
    <StudioShell
      person={person}
      title="Prices"
      description="Scheduled price lists: sales on the web, in the stores or both, from one Madrid time until another."
      actions={
        <Link href="/studio/prices/new" className={buttonClasses({ size: "sm", className: "min-h-9 rounded-lg px-3" })}>
          <Plus aria-hidden="true" className="size-4" />
          New price list
        </Link>
      }
    >
      <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
        <table className="w-full text-sm">
          <thead className="border-b border-stone-200 bg-stone-50 text-left text-xs font-medium text-stone-500">
            <tr>
              <th className="px-4 py-2.5 font-medium">Name</th>
              <th className="px-4 py-2.5 font-medium">State</th>
              <th className="px-4 py-2.5 font-medium">From</th>
              <th className="px-4 py-2.5 font-medium">Until</th>
              <th className="px-4 py-2.5 font-medium">Channels</th>
              <th className="px-4 py-2.5 text-right font-medium">Items</th>
              <th className="px-4 py-2.5 font-medium max-xl:hidden">Created by</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {lists.length === 0 ? (
              <tr>
                <td colSpan={7} className="px-4 py-10 text-center text-stone-500">
                  No price lists yet. A new one starts and ends at its second, with nothing to run.
                </td>
              </tr>
            ) : null}
            {lists.map((l) => (
              <tr key={l.id} className="hover:bg-stone-50">
                <td className="px-4 py-2.5">
                  <Link href={`/studio/prices/${l.id}`} className="font-medium text-stone-950 hover:underline">
                    {l.name}
                  </Link>
                </td>
                <td className="px-4 py-2.5">
                  <PriceListStateBadge state={l.state} />
                </td>
                <td className="px-4 py-2.5 whitespace-nowrap text-stone-700 tabular-nums">
                  {formatMadrid(l.startsAt)}
                </td>
                <td className="px-4 py-2.5 whitespace-nowrap text-stone-700 tabular-nums">
                  {formatMadrid(l.cancelledAt && l.cancelledAt < l.endsAt ? l.cancelledAt : l.endsAt)}
                </td>
                <td className="px-4 py-2.5 whitespace-nowrap text-stone-700">{channelWords(l.channels)}</td>
                <td className="px-4 py-2.5 text-right text-stone-700 tabular-nums">{l.items}</td>
                <td className="px-4 py-2.5 text-stone-500 max-xl:hidden">{l.createdBy ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </StudioShell>
  );
}
