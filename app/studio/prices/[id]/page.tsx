import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/money";
import { priceListIdInput } from "@/server/domain/studio/inputs-prices";
import { api, orNotFound } from "@/trpc/server";
import { StudioShell } from "../../_components/shell";
import { Panel } from "../../_components/controls";
import { studioAccess } from "../../_lib/access";
import { madridTime } from "../../_lib/when";
import { channelWords, PriceListStateBadge } from "../_components/state-badge";
import { CancelPriceList } from "./_components/cancel-price-list";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  if (!priceListIdInput.safeParse({ id }).success) notFound();
  return orNotFound(api.studio.prices.get({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [list, t] = await Promise.all([load((await params).id), getTranslations("studio.prices")]);
  return { title: t("listTitle", { name: list.name }) };
}

export default async function PriceListPage({ params }: Props) {
  const { id } = await params;
  const person = await studioAccess(`/studio/prices/${id}`);
  const [list, t, tChannels, locale] = await Promise.all([
    load(id),
    getTranslations("studio.prices"),
    getTranslations("studio.prices.channels"),
    getLocale(),
  ]);
  const open = list.state === "scheduled" || list.state === "active";
  // The window as the list page prints it, in the reader's language (the server's `window` is English).
  const period = `${madridTime(list.startsAt, locale)} – ${madridTime(list.endsAt, locale)}`;
  return (
    <StudioShell
      person={person}
      title={list.name}
      description={`${channelWords(list.channels, tChannels)} · ${period}`}
      actions={open ? <CancelPriceList id={list.id} name={list.name} active={list.state === "active"} /> : null}
    >
      <div className="min-h-0 flex-1 space-y-4 overflow-y-auto">
        <Link
          href="/studio/prices"
          className="inline-flex items-center gap-1 text-sm text-stone-600 hover:text-stone-950"
        >
          <ArrowLeft aria-hidden="true" className="size-4" />
          {t("all")}
        </Link>
        <dl className="grid grid-cols-2 gap-4 rounded-xl border border-stone-200 bg-white px-5 py-4 text-sm lg:grid-cols-5">
          <div>
            <dt className="text-xs text-stone-500">{t("column.state")}</dt>
            <dd className="mt-1" data-testid="price-list-state">
              <PriceListStateBadge state={list.state} />
            </dd>
          </div>
          <div>
            <dt className="text-xs text-stone-500">{t("column.from")}</dt>
            <dd className="mt-1 tabular-nums">{madridTime(list.startsAt, locale, { seconds: true })}</dd>
          </div>
          <div>
            <dt className="text-xs text-stone-500">{t("column.until")}</dt>
            <dd className="mt-1 tabular-nums">{madridTime(list.endsAt, locale, { seconds: true })}</dd>
          </div>
          <div>
            <dt className="text-xs text-stone-500">{list.cancelledAt ? t("cancelled") : t("column.createdBy")}</dt>
            <dd className="mt-1 tabular-nums">
              {list.cancelledAt ? madridTime(list.cancelledAt, locale, { seconds: true }) : (list.createdBy ?? "—")}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-stone-500">{t("column.items")}</dt>
            <dd className="mt-1 tabular-nums">{list.items.length}</dd>
          </div>
        </dl>
        <Panel title={t("prices")} description={t("pricesHint")}>
          <table className="w-full text-sm">
            <thead className="text-left text-xs text-stone-500">
              <tr>
                <th className="py-2 pr-4 font-medium">{t("column.product")}</th>
                <th className="py-2 pr-4 font-medium">{t("column.variant")}</th>
                <th className="py-2 pr-4 font-medium">{t("column.sku")}</th>
                <th className="py-2 pr-4 text-right font-medium">{t("column.base")}</th>
                <th className="py-2 pr-4 text-right font-medium">{t("column.listPrice")}</th>
                <th className="py-2 pr-4 text-right font-medium">{t("column.webNow")}</th>
                <th className="py-2 text-right font-medium">{t("column.storesNow")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {list.items.map((i) => (
                <tr key={i.variantId}>
                  <td className="py-2 pr-4">
                    <Link href={`/studio/catalog/${i.productId}`} className="text-stone-950 hover:underline">
                      {i.productName}
                    </Link>
                  </td>
                  <td className="py-2 pr-4 text-stone-700">{i.label}</td>
                  <td className="py-2 pr-4 font-mono text-xs text-stone-500">{i.sku}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{formatMoney(i.baseMinor, i.currency)}</td>
                  <td className="py-2 pr-4 text-right font-medium tabular-nums">
                    {formatMoney(i.amountMinor, i.currency)}
                  </td>
                  <td className="py-2 pr-4 text-right tabular-nums">{formatMoney(i.webNowMinor, i.currency)}</td>
                  <td className="py-2 text-right tabular-nums">{formatMoney(i.storeNowMinor, i.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      </div>
    </StudioShell>
  );
}
