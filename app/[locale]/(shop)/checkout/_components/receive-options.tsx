"use client";

import { Check, Store, Truck } from "lucide-react";
import { useTranslations } from "next-intl";
import { todaysHours } from "@/lib/hours";
import { formatMoney, formatMoneyShort, type Money } from "@/lib/money";
import type { RouterOutputs } from "@/app/_lib/types";
import { DELIVERY_FEE_MINOR, FREE_DELIVERY_FROM_MINOR } from "@/lib/delivery-fee";
import { useShortMessage } from "./hold-banner";
import { useNow } from "@/app/[locale]/(shop)/checkout/_lib/use-now";

export type CheckoutOptions = RouterOutputs["checkout"]["options"];
export type Method = "pickup" | "delivery";

type Props = {
  options: CheckoutOptions;
  subtotal: Money;
  method: Method | null;
  storeId: string | null;
  onMethod: (method: Method) => void;
  onStore: (storeId: string) => void;
  disabled?: boolean;
  /** The address form, shown under the choices when delivering. */
  deliveryFields: React.ReactNode;
  holdBanner: React.ReactNode;
};

/** A radio laid out as a card: the input is visually hidden inside its label (as in the filters). */
const card =
  "relative flex cursor-pointer gap-3 rounded-2xl border border-stone-200 bg-white p-4 transition-colors hover:border-stone-400 has-checked:border-stone-950 has-checked:ring-1 has-checked:ring-stone-950 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent-700 has-disabled:cursor-not-allowed has-disabled:border-dashed has-disabled:bg-stone-50 has-disabled:hover:border-stone-200";

function RadioDot() {
  return (
    <span
      aria-hidden="true"
      className="mt-0.5 grid size-5 shrink-0 place-items-center rounded-full border border-stone-300 bg-white peer-checked:border-stone-950 peer-checked:bg-stone-950 peer-disabled:border-stone-200 peer-checked:[&>span]:opacity-100"
    >
      <span className="size-2 rounded-full bg-white opacity-0" />
    </span>
  );
}

export function ReceiveOptions({
  options,
  subtotal,
  method,
  storeId,
  onMethod,
  onStore,
  disabled,
  deliveryFields,
  holdBanner,
}: Props) {
  const t = useTranslations("checkout.receive");
  const shortMessage = useShortMessage();
  const anyStore = options.stores.some((s) => s.canSupply);
  const freeDelivery = subtotal.amountMinor >= FREE_DELIVERY_FROM_MINOR;
  const shortForDelivery = options.delivery.short.map((s) => shortMessage(s, "delivery")).join(". ");
  return (
    <div className="space-y-5">
      <fieldset>
        <legend className="text-sm font-medium text-stone-900">{t("legend")}</legend>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <label className={card}>
            <input
              type="radio"
              name="receive"
              value="pickup"
              checked={method === "pickup"}
              disabled={disabled || (!anyStore && method !== "pickup")}
              onChange={() => onMethod("pickup")}
              aria-describedby="receive-pickup-hint"
              className="peer sr-only"
            />
            <RadioDot />
            <span className="min-w-0">
              <span className="flex items-center gap-2 font-medium text-stone-950">
                <Store aria-hidden="true" className="size-4 text-stone-500" />
                {t("pickup")}
              </span>
              <span id="receive-pickup-hint" className="mt-0.5 block text-sm text-stone-600">
                {t(anyStore ? "pickupHint" : "noStore")}
              </span>
            </span>
          </label>
          <label className={card}>
            <input
              type="radio"
              name="receive"
              value="delivery"
              checked={method === "delivery"}
              disabled={disabled || (!options.delivery.canSupply && method !== "delivery")}
              onChange={() => onMethod("delivery")}
              aria-describedby="receive-delivery-hint"
              className="peer sr-only"
            />
            <RadioDot />
            <span className="min-w-0">
              <span className="flex items-center gap-2 font-medium text-stone-950">
                <Truck aria-hidden="true" className="size-4 text-stone-500" />
                {t("delivery")}
              </span>
              <span id="receive-delivery-hint" className="mt-0.5 block text-sm text-stone-600">
                {!options.delivery.canSupply
                  ? shortForDelivery
                  : freeDelivery
                    ? t("freeDelivery")
                    : t("deliveryFee", {
                        fee: formatMoney(DELIVERY_FEE_MINOR, subtotal.currency),
                        threshold: formatMoneyShort(FREE_DELIVERY_FROM_MINOR, subtotal.currency),
                      })}
              </span>
            </span>
          </label>
        </div>
      </fieldset>

      {method === "pickup" ? (
        <>
          <StoreChoices options={options} storeId={storeId} onStore={onStore} disabled={disabled} />
          {holdBanner}
        </>
      ) : null}
      {method === "delivery" ? (
        <>
          {holdBanner}
          {deliveryFields}
        </>
      ) : null}
    </div>
  );
}

function StoreChoices({
  options,
  storeId,
  onStore,
  disabled,
}: Pick<Props, "options" | "storeId" | "onStore" | "disabled">) {
  const t = useTranslations("checkout.receive");
  const shortMessage = useShortMessage();
  const now = useNow();
  return (
    <fieldset>
      <legend className="text-sm font-medium text-stone-900">{t("chooseStore")}</legend>
      <ul className="mt-3 space-y-2">
        {options.stores.map((store) => {
          const hintId = `store-${store.id}-status`;
          // Opening hours depend on today's date, which the server and browser may not agree on: wait for the clock.
          const today = now !== null ? todaysHours(store.openingHours, store.timezone, new Date(now)) : undefined;
          return (
            <li key={store.id}>
              <label className={card}>
                <input
                  type="radio"
                  name="store"
                  value={store.id}
                  checked={storeId === store.id}
                  disabled={disabled || !store.canSupply}
                  onChange={() => onStore(store.id)}
                  aria-describedby={hintId}
                  className="peer sr-only"
                />
                <RadioDot />
                <span className="min-w-0 flex-1">
                  <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <span className="font-medium text-stone-950">{store.name}</span>
                    {store.chosen ? (
                      <span className="rounded-full bg-accent-50 px-2 py-0.5 text-xs font-semibold text-accent-700 ring-1 ring-accent-200 ring-inset">
                        {t("yourStore")}
                      </span>
                    ) : null}
                  </span>
                  <span className="mt-0.5 block text-sm text-stone-600">
                    {store.addressLine}, {store.city}
                  </span>
                  {today !== undefined ? (
                    <span className="block text-sm text-stone-500">
                      {today ? t("openToday", { hours: today }) : t("closedToday")}
                    </span>
                  ) : null}
                  <span id={hintId} className="mt-1.5 block text-sm">
                    {store.canSupply ? (
                      <span className="inline-flex items-center gap-1.5 font-medium text-ok">
                        <Check aria-hidden="true" className="size-4" strokeWidth={2.5} />
                        {t(today === null ? "readyWhenOpens" : "readyToday")}
                      </span>
                    ) : (
                      <span className="block text-out">
                        {store.short.map((s) => (
                          <span key={s.variantId} className="block">
                            {shortMessage(s)}
                          </span>
                        ))}
                      </span>
                    )}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
