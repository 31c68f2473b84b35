import { TRPCError } from "@trpc/server";
import { ArrowLeft, Eye, PackageCheck, Receipt, RotateCcw, Search, ShoppingCart } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { CustomerChannelMix } from "@/app/_components/customer-channel-mix";
import { OrderStatusBadge } from "@/app/_components/order-status";
import { StudioShell } from "@/app/studio/_components/shell";
import { studioAccess } from "@/app/studio/_lib/access";
import { formatMoney } from "@/lib/money";
import { formatMadrid } from "@/lib/shop-time";
import { api } from "@/trpc/server";

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

const KIND = {
  order: { icon: Receipt, words: "Ordered" },
  view: { icon: Eye, words: "Viewed" },
  search: { icon: Search, words: "Searched for" },
  add_to_cart: { icon: ShoppingCart, words: "Added to cart" },
  pickup: { icon: PackageCheck, words: "Collected" },
  return: { icon: RotateCcw, words: "Returned" },
} as const;
const DEVICE_WORDS = { phone: "on a phone", tablet: "on a tablet", desktop: "on a computer" } as const;

/** One customer for marketers: their channel mix and their journey across web and store. */
export default async function CustomerInsightsPage({ params }: Props) {
  const { customerId } = await params;
  const person = await studioAccess(`/studio/insights/customers/${customerId}`);
  const c = await customer(customerId);
  return (
    <StudioShell
      person={person}
      title={c.profile.name}
      description={`${c.profile.email} · customer since ${formatMadrid(c.profile.createdAt).slice(0, 10)}`}
    >
      <div className="min-h-0 flex-1 overflow-y-auto">
        <div className="mx-auto max-w-3xl space-y-5 pb-10">
          <Link
            href="/studio/insights?view=customers"
            className="inline-flex items-center gap-1 text-sm font-medium text-accent-800 hover:underline"
          >
            <ArrowLeft aria-hidden="true" className="size-4" /> Customers and channels
          </Link>
          <CustomerChannelMix mix={c} />
          <section aria-labelledby="journey" className="rounded-xl border border-stone-200 bg-white px-5 py-4">
            <h2 id="journey" className="text-base font-semibold text-stone-950">
              Journey
            </h2>
            <p className="text-xs text-stone-500">
              Newest first, the last {c.journey.length} touchpoints. Views and searches appear only with the customer’s
              consent.
            </p>
            {c.journey.length === 0 ? (
              <p className="mt-3 text-sm text-stone-600">Nothing recorded yet.</p>
            ) : (
              <ol className="mt-3 space-y-1.5">
                {c.journey.map((j, i) => {
                  const { icon: Icon, words } = KIND[j.kind];
                  return (
                    <li key={i} className="flex items-start gap-3 rounded-lg px-2 py-1.5 text-sm odd:bg-stone-50">
                      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-stone-500" />
                      <div className="min-w-0 flex-1">
                        <p className="text-stone-900">
                          {j.kind === "order" ? (
                            <>
                              {words} <span className="font-medium">{j.number}</span> ·{" "}
                              {j.channel === "web" ? "on the web" : `in store`} ·{" "}
                              {j.fulfilment === "delivery" ? "delivery" : j.store} · {formatMoney(j.totalMinor)}{" "}
                              <OrderStatusBadge status={j.status} className="ml-1 align-middle" />
                            </>
                          ) : (
                            <>
                              {words} {j.subject ? <span className="font-medium">“{j.subject}”</span> : null}
                              {j.kind === "search" && j.resultCount === 0 ? " (nothing found)" : null}
                              {" · "}
                              {j.channel === "web" ? "web" : "store"}
                            </>
                          )}
                        </p>
                        <p className="text-xs text-stone-500">
                          {formatMadrid(j.at)}
                          {j.device ? ` · ${DEVICE_WORDS[j.device as keyof typeof DEVICE_WORDS]}` : null}
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
