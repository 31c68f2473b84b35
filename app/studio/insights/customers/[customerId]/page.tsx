import { TRPCError } from "@trpc/server";
import { ArrowLeft, Eye, PackageCheck, Receipt, RotateCcw, Search, ShoppingCart } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { z } from "zod";
import { CustomerChannelMix } from "@/app/_components/customer-channel-mix";
import { OrderStatusBadge } from "@/app/_components/order-status";
import { StudioShell } from "@/app/studio/_components/shell";
import { studioAccess } from "@/app/studio/_lib/access";
import { formatDate } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { api } from "@/trpc/server";
import { figureFormats } from "../../_lib/figures";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ customerId: string }> };

const customer = cache(async (customerId: string) => {
  if (!z.uuid().safeParse(customerId).success) notFound();
  try {
    return await api.insights.customer({ customerId });
  } catch (err) {
    if (err instanceof TRPCError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await studioAccess("/studio/insights");
  return { title: (await customer((await params).customerId)).profile.name };
}

const ICONS = {
  order: Receipt,
  view: Eye,
  search: Search,
  add_to_cart: ShoppingCart,
  pickup: PackageCheck,
  return: RotateCcw,
} as const;
const DEVICES = ["phone", "tablet", "desktop"] as const;
const isDevice = (d: string | null): d is (typeof DEVICES)[number] =>
  (DEVICES as readonly (string | null)[]).includes(d);

/** One customer for marketers: their channel mix and their journey across web and store. */
export default async function CustomerInsightsPage({ params }: Props) {
  const { customerId } = await params;
  const person = await studioAccess(`/studio/insights/customers/${customerId}`);
  const [c, t, locale] = await Promise.all([customer(customerId), getTranslations("insights.customer"), getLocale()]);
  const { madrid } = figureFormats(locale);
  const orderLine = (j: Extract<(typeof c.journey)[number], { kind: "order" }>) =>
    t.rich("order", {
      number: j.number,
      channel: j.channel,
      fulfilment: j.fulfilment === "delivery" ? "delivery" : "store",
      store: j.store ?? "",
      total: formatMoney(j.totalMinor),
      strong: (chunks) => <span className="font-medium">{chunks}</span>,
    });
  return (
    <StudioShell
      person={person}
      title={c.profile.name}
      description={t("since", { email: c.profile.email, day: formatDate(c.profile.createdAt, locale) })}
    >
      <div className="min-h-0 flex-1 overflow-y-auto">
        <div className="mx-auto max-w-3xl space-y-5 pb-10">
          <Link
            href="/studio/insights?view=customers"
            className="inline-flex items-center gap-1 text-sm font-medium text-accent-800 hover:underline"
          >
            <ArrowLeft aria-hidden="true" className="size-4" /> {t("back")}
          </Link>
          <CustomerChannelMix mix={c} />
          <section aria-labelledby="journey" className="rounded-xl border border-stone-200 bg-white px-5 py-4">
            <h2 id="journey" className="text-base font-semibold text-stone-950">
              {t("journey")}
            </h2>
            <p className="text-xs text-stone-500">{t("journeyHint", { count: c.journey.length })}</p>
            {c.journey.length === 0 ? (
              <p className="mt-3 text-sm text-stone-600">{t("nothing")}</p>
            ) : (
              <ol className="mt-3 space-y-1.5">
                {c.journey.map((j, i) => {
                  const Icon = ICONS[j.kind];
                  return (
                    <li key={i} className="flex items-start gap-3 rounded-lg px-2 py-1.5 text-sm odd:bg-stone-50">
                      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-stone-500" />
                      <div className="min-w-0 flex-1">
                        <p className="text-stone-900">
                          {j.kind === "order" ? (
                            <>
                              {orderLine(j)} <OrderStatusBadge status={j.status} className="ml-1 align-middle" />
                            </>
                          ) : (
                            <>
                              {t(`kind.${j.kind}`)}{" "}
                              {j.subject ? (
                                <span className="font-medium">{t("subject", { subject: j.subject })}</span>
                              ) : null}
                              {j.kind === "search" && j.resultCount === 0 ? ` ${t("nothingFound")}` : null}
                              {" · "}
                              {t(`channel.${j.channel}`)}
                            </>
                          )}
                        </p>
                        <p className="text-xs text-stone-500">
                          {madrid(j.at)}
                          {isDevice(j.device) ? ` · ${t(`device.${j.device}`)}` : null}
                        </p>
                      </div>
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        </div>
      </div>
    </StudioShell>
  );
}
