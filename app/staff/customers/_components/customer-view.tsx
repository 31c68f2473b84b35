"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { ArrowLeft, Mail, MapPin, Minus, Phone, Plus, ScanBarcode, ShoppingCart, Trash2 } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useTRPC } from "@/trpc/react";
import { useThrottled } from "@/app/_components/live";
import { formatMoney } from "@/lib/money";
import { firstName } from "@/lib/words";
import { Bone, LoadingStatus } from "@/ui/skeleton";
import { CustomerChannelMix } from "@/app/_components/customer-channel-mix";
import { CustomerTimeline } from "./customer-timeline";
import { useFailureOf, useStaffWords } from "@/app/staff/_lib/format";
import { ItemFinder, variantLabel } from "@/app/staff/_components/item-finder";
import type { RouterOutputs } from "@/app/_lib/types";
import { buttonClasses } from "@/ui/button";

type Overview = RouterOutputs["customers"]["get"];

/** The customer's cart as it is on their phone: a change there (or here) refetches the page's view. */
function useLiveCustomer(customerId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refetch = useThrottled(
    () => void queryClient.invalidateQueries({ queryKey: trpc.customers.get.queryKey({ customerId }) }),
    250,
  );
  return useSubscription(
    trpc.live.customerCart.subscriptionOptions({ customerId }, { onData: refetch, onStarted: refetch }),
  ).status;
}

/** One customer, as the person serving them sees them: profile, open cart, and one timeline across channels. */
export function CustomerView({ customerId, timeZone }: { customerId: string; timeZone: string }) {
  const trpc = useTRPC();
  const t = useTranslations("staff.customer");
  const failureOf = useFailureOf();
  const overview = useQuery(trpc.customers.get.queryOptions({ customerId }));
  const live = useLiveCustomer(customerId);

  if (overview.isPending) {
    return (
      <div className="grid gap-5 lg:grid-cols-[minmax(0,5fr)_minmax(0,4fr)]">
        <LoadingStatus label={t("loading")} />
        <Bone className="h-96 rounded-3xl" />
        <Bone className="h-96 rounded-3xl" />
      </div>
    );
  }
  if (overview.isError) {
    const failure = failureOf(overview.error);
    return (
      <div role="alert" className="mx-auto max-w-lg rounded-3xl border border-stone-200 bg-white p-8 text-center">
        <h2 className="text-xl font-semibold text-stone-950">
          {failure.code === "NOT_FOUND" ? t("notFound") : t("didNotLoad")}
        </h2>
        <p className="mt-2 text-stone-600">{failure.message}</p>
        <Link href="/staff/customers" className={buttonClasses({ size: "lg", className: "mt-6 px-6" })}>
          {t("findAnother")}
        </Link>
      </div>
    );
  }
  const { profile, cart } = overview.data;
  return (
    <div>
      <Link
        href="/staff/customers"
        className="inline-flex min-h-11 items-center gap-1.5 text-sm font-semibold text-stone-600 hover:text-stone-950"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("back")}
      </Link>
      <div className="mt-2 grid gap-5 lg:grid-cols-[minmax(0,5fr)_minmax(0,4fr)]">
        <div className="space-y-5">
          <Profile profile={profile} />
          <CustomerCart customerId={customerId} cart={cart} live={live === "pending"} />
          <section aria-labelledby="add-for-customer" className="rounded-3xl bg-white p-5 ring-1 ring-stone-200">
            <h2 id="add-for-customer" className="flex items-center gap-2 text-lg font-semibold text-stone-950">
              <ScanBarcode aria-hidden="true" className="size-5 text-stone-500" />
              {t("addToCart", { name: firstName(profile.name) })}
            </h2>
            <p className="mt-1 mb-3 text-sm text-stone-600">{t("addToCartHint")}</p>
            <AddToCustomerCart customerId={customerId} />
          </section>
        </div>
        <div className="space-y-5">
          <CustomerChannelMix mix={overview.data.channelMix} surface="console" />
          <CustomerTimeline overview={overview.data} timeZone={timeZone} />
        </div>
      </div>
    </div>
  );
}

function Profile({ profile }: { profile: Overview["profile"] }) {
  const t = useTranslations("staff.customer");
  return (
    <section aria-labelledby="customer-name" className="rounded-3xl bg-stone-950 p-5 text-white">
      <h2 id="customer-name" className="text-2xl font-semibold tracking-tight">
        {profile.name}
      </h2>
      <dl className="mt-3 grid gap-2 text-sm text-stone-300 sm:grid-cols-2">
        <div className="flex items-center gap-2">
          <dt className="sr-only">{t("email")}</dt>
          <Mail aria-hidden="true" className="size-4 shrink-0 text-stone-500" />
          <dd className="truncate">{profile.email}</dd>
        </div>
        <div className="flex items-center gap-2">
          <dt className="sr-only">{t("phone")}</dt>
          <Phone aria-hidden="true" className="size-4 shrink-0 text-stone-500" />
          <dd>{profile.phone ?? t("noPhone")}</dd>
        </div>
        <div className="flex items-center gap-2 sm:col-span-2">
          <dt className="sr-only">{t("preferredStore")}</dt>
          <MapPin aria-hidden="true" className="size-4 shrink-0 text-stone-500" />
          <dd>
            {profile.preferredStore ? t("prefers", { store: profile.preferredStore.name }) : t("noPreferredStore")}
          </dd>
        </div>
      </dl>
      <Link
        href={`/staff/sell?customer=${profile.id}`}
        className="mt-4 inline-flex min-h-11 items-center gap-2 rounded-full bg-white px-5 text-sm font-semibold text-stone-950 hover:bg-stone-100"
      >
        {t("newSale", { name: firstName(profile.name) })}
      </Link>
    </section>
  );
}

function useCartChange(customerId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const failureOf = useFailureOf();
  const options = {
    onSuccess: (cart: Overview["cart"]) =>
      queryClient.setQueryData(trpc.customers.get.queryKey({ customerId }), (old) => (old ? { ...old, cart } : old)),
    onError: (err: unknown) => toast.error(failureOf(err).message),
  };
  return {
    add: useMutation(trpc.customers.addToCart.mutationOptions(options)),
    set: useMutation(trpc.customers.setCartQuantity.mutationOptions(options)),
    remove: useMutation(trpc.customers.removeFromCart.mutationOptions(options)),
  };
}

function AddToCustomerCart({ customerId }: { customerId: string }) {
  const { add } = useCartChange(customerId);
  const t = useTranslations("staff.customer");
  return (
    <ItemFinder
      addLabel={t("add")}
      shelfOnly={false}
      busy={add.isPending}
      onAdd={(item) =>
        add.mutate(
          { customerId, variantId: item.variantId, quantity: 1 },
          { onSuccess: () => toast.success(t("added", { item: variantLabel(item) })) },
        )
      }
    />
  );
}

function CustomerCart({ customerId, cart, live }: { customerId: string; cart: Overview["cart"]; live: boolean }) {
  const { set, remove } = useCartChange(customerId);
  const t = useTranslations("staff.customer");
  const tQuantity = useTranslations("staff.quantity");
  const words = useStaffWords();
  const busy = set.isPending || remove.isPending;
  const names = (item: string) => ({
    of: tQuantity("of", { item }),
    less: tQuantity("less", { item }),
    more: tQuantity("more", { item }),
    remove: tQuantity("remove", { item }),
  });
  return (
    <section aria-labelledby="customer-cart" className="rounded-3xl bg-white p-5 ring-1 ring-stone-200">
      <div className="flex items-center justify-between gap-3">
        <h2 id="customer-cart" className="flex items-center gap-2 text-lg font-semibold text-stone-950">
          <ShoppingCart aria-hidden="true" className="size-5 text-stone-500" />
          {t("openCart")}{" "}
          {cart.count ? (
            <span className="font-normal whitespace-nowrap text-stone-500">
              · {words.t("items", { count: cart.count })}
            </span>
          ) : null}
        </h2>
        {live ? <span className="shrink-0 text-xs font-medium text-ok">{t("live")}</span> : null}
      </div>
      {cart.lines.length === 0 ? (
        <p className="mt-3 rounded-2xl bg-stone-50 px-4 py-5 text-center text-sm text-stone-600">{t("cartEmpty")}</p>
      ) : (
        <>
          <ul className="mt-3 divide-y divide-stone-100">
            {cart.lines.map((line) => {
              const label = variantLabel(line);
              const name = names(label);
              return (
                <li key={line.variantId} className="py-2.5">
                  <div className="flex items-baseline justify-between gap-3">
                    <p className="line-clamp-2 font-medium text-stone-950">{label}</p>
                    <p className="shrink-0 font-semibold tabular-nums">
                      {formatMoney(line.lineTotal.amountMinor, line.lineTotal.currency)}
                    </p>
                  </div>
                  <div className="mt-1 flex items-center justify-between gap-2">
                    <p className="min-w-0 text-sm text-stone-600">
                      {formatMoney(line.unitPrice.amountMinor, line.unitPrice.currency)}
                      {line.purchasable ? null : (
                        <span className="ml-2 font-semibold text-out">{t("notAvailable")}</span>
                      )}
                    </p>
                    <div className="flex shrink-0 items-center gap-1" role="group" aria-label={name.of}>
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() =>
                          set.mutate({ customerId, variantId: line.variantId, quantity: line.quantity - 1 })
                        }
                        aria-label={name.less}
                        className="inline-flex size-11 items-center justify-center rounded-full ring-1 ring-stone-300 hover:bg-stone-100 disabled:opacity-50"
                      >
                        <Minus aria-hidden="true" className="size-4" />
                      </button>
                      <span className="w-8 text-center font-semibold tabular-nums">{line.quantity}</span>
                      <button
                        type="button"
                        disabled={busy || line.quantity >= line.maxAvailable}
                        onClick={() =>
                          set.mutate({ customerId, variantId: line.variantId, quantity: line.quantity + 1 })
                        }
                        aria-label={name.more}
                        className="inline-flex size-11 items-center justify-center rounded-full ring-1 ring-stone-300 hover:bg-stone-100 disabled:opacity-50"
                      >
                        <Plus aria-hidden="true" className="size-4" />
                      </button>
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() => remove.mutate({ customerId, variantId: line.variantId })}
                        aria-label={name.remove}
                        className="ml-1 inline-flex size-11 items-center justify-center rounded-full text-stone-500 hover:bg-out-bg hover:text-out disabled:opacity-50"
                      >
                        <Trash2 aria-hidden="true" className="size-4" />
                      </button>
                    </div>
                  </div>
                </li>
              );
            })}
          </ul>
          <div className="mt-3 flex flex-wrap items-center justify-between gap-3 border-t border-stone-200 pt-3">
            <p className="text-lg font-semibold">
              {t("total")}{" "}
              <span className="tabular-nums">{formatMoney(cart.subtotal.amountMinor, cart.subtotal.currency)}</span>
            </p>
            <Link
              href={`/staff/sell?customer=${customerId}&from=cart`}
              className={buttonClasses({ size: "lg", className: "px-6" })}
            >
              {t("sellCart")}
            </Link>
          </div>
        </>
      )}
    </section>
  );
}
