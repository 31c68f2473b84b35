"use client";

import { useMutation } from "@tanstack/react-query";
import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useTRPC } from "@/trpc/react";
import { formatMoney } from "@/lib/money";
import { shortStoreName } from "@/lib/words";
import { FormAlert, FormField } from "@/ui/field";
import { Dialog } from "@/ui/dialog";
import { useFailureOf, type Failure } from "@/app/staff/_lib/format";
import { variantLabel, type FoundItem } from "@/app/staff/_components/item-finder";
import { CardFields } from "./card-fields";
import type { Customer } from "./sale";
import { Button } from "@/ui/button";

export type ElsewhereDone = {
  orderNumber: string;
  fulfilment: "pickup" | "delivery";
  locationName: string;
  pickupCode?: string;
};
type Pay = "card" | "cash" | "pay_at_pickup";

function Choice({
  name,
  checked,
  onChange,
  children,
}: {
  name: string;
  checked: boolean;
  onChange: () => void;
  children: React.ReactNode;
}) {
  return (
    <label
      className={clsx(
        "flex min-h-12 cursor-pointer items-center gap-3 rounded-2xl px-4 py-2 ring-1 transition-colors",
        checked ? "bg-stone-950 text-white ring-stone-950" : "bg-white ring-stone-300 hover:bg-stone-50",
      )}
    >
      <input type="radio" name={name} checked={checked} onChange={onChange} className="size-4 accent-accent-500" />
      <span className="text-sm font-medium">{children}</span>
    </label>
  );
}

/**
 * Endless aisle: the store lacks the item, so it is ordered for the customer right here, for
 * pickup at another store or delivery from the warehouse, paid now or (pickup) at pickup.
 */
export function EndlessAisleDialog({
  item,
  customer,
  onClose,
  onOrdered,
}: {
  item: FoundItem;
  customer: Customer;
  onClose: () => void;
  onOrdered: (done: ElsewhereDone) => void;
}) {
  const trpc = useTRPC();
  const t = useTranslations("staff.aisle");
  const tPay = useTranslations("staff.pay");
  const failureOf = useFailureOf();
  const key = useRef(crypto.randomUUID());
  const order = useMutation(trpc.pos.orderElsewhere.mutationOptions());
  const [from, setFrom] = useState(
    item.elsewhere.find((e) => e.kind === "store")?.locationId ?? item.elsewhere[0]?.locationId ?? "",
  );
  const place = item.elsewhere.find((e) => e.locationId === from);
  const delivery = place?.kind === "warehouse";
  const [quantity, setQuantity] = useState(1);
  const [pay, setPay] = useState<Pay>("pay_at_pickup");
  const [card, setCard] = useState({ number: "", expiry: "", cvc: "" });
  const [contact, setContact] = useState({ name: "", email: "" });
  const [address, setAddress] = useState({
    name: customer?.name ?? "",
    line1: "",
    postalCode: "",
    city: "",
    phone: "",
  });
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState<ElsewhereDone | null>(null);
  // Each way of receiving it has its own choices: a choice made for the other falls back to card.
  const payment = (delivery && pay === "pay_at_pickup") || (!delivery && pay === "cash") ? "card" : pay;
  const err = (path: string) => failure?.fieldErrors?.[path]?.[0] ?? null;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!place) return;
    setFailure(null);
    order.mutate(
      {
        customerId: customer?.id ?? null,
        contact: customer ? undefined : contact,
        lines: [{ variantId: item.variantId, quantity }],
        fulfilment: delivery
          ? { type: "delivery", address: { ...address, country: "ES" } }
          : { type: "pickup", locationId: place.locationId },
        payment:
          payment === "card"
            ? { method: "card", card }
            : payment === "cash"
              ? { method: "cash" }
              : { method: "pay_at_pickup" },
        idempotencyKey: key.current,
      },
      {
        onSuccess: (result) => setDone(result),
        onError: (e) => {
          const f = failureOf(e);
          if (f.code && f.code !== "INTERNAL_SERVER_ERROR") key.current = crypto.randomUUID();
          setFailure(f);
        },
      },
    );
  }

  if (done) {
    const code = done.pickupCode
      ? t.rich("pickupCode", {
          code: done.pickupCode,
          strong: (chunks) => <strong className="font-mono text-lg tracking-widest">{chunks}</strong>,
        })
      : null;
    return (
      <Dialog open onClose={() => onOrdered(done)} title={t("orderedTitle", { number: done.orderNumber })}>
        <p role="status" className="text-base text-stone-800">
          {done.fulfilment === "pickup" ? t("readyAt", { store: done.locationName }) : t("fromWarehouse")}
          {code ? <> {code}</> : null}
        </p>
        <div className="mt-6 flex justify-end">
          <Button size="lg" data-autofocus onClick={() => onOrdered(done)}>
            {t("done")}
          </Button>
        </div>
      </Dialog>
    );
  }

  const total = item.price.amountMinor * quantity;
  const cancel = tPay("cancel");
  return (
    <Dialog
      open
      onClose={onClose}
      title={t("title")}
      description={t("description", {
        item: variantLabel(item),
        price: formatMoney(item.price.amountMinor, item.price.currency),
      })}
    >
      <form onSubmit={submit} noValidate className="space-y-5">
        <fieldset>
          <legend className="text-sm font-medium text-stone-900">{t("from")}</legend>
          <div className="mt-2 grid gap-2">
            {item.elsewhere.map((e) => (
              <Choice
                key={e.locationId}
                name="elsewhere-from"
                checked={from === e.locationId}
                onChange={() => setFrom(e.locationId)}
              >
                {e.kind === "warehouse"
                  ? t("deliveryFromWarehouse", { count: e.available })
                  : t("pickupAt", { store: shortStoreName(e.name), count: e.available })}
              </Choice>
            ))}
          </div>
        </fieldset>
        <div className="flex items-center gap-3">
          <label htmlFor="elsewhere-qty" className="text-sm font-medium text-stone-900">
            {t("quantity")}
          </label>
          <input
            id="elsewhere-qty"
            type="number"
            min={1}
            max={place?.available ?? 1}
            value={quantity}
            onChange={(e) => setQuantity(Math.max(1, Math.min(Number(e.target.value) || 1, place?.available ?? 1)))}
            className="h-12 w-24 rounded-xl border border-stone-300 px-3 text-base"
          />
        </div>
        {customer ? null : (
          <div className="grid gap-3 sm:grid-cols-2">
            <FormField
              id="elsewhere-name"
              label={t("customerName")}
              value={contact.name}
              onChange={(e) => setContact({ ...contact, name: e.target.value })}
              error={err("contact.name") ?? err("contact")}
            />
            <FormField
              id="elsewhere-email"
              label={t("email")}
              type="email"
              value={contact.email}
              onChange={(e) => setContact({ ...contact, email: e.target.value })}
              error={err("contact.email")}
            />
          </div>
        )}
        {delivery ? (
          <div className="grid gap-3 sm:grid-cols-6">
            <FormField
              id="addr-name"
              label={t("recipient")}
              value={address.name}
              onChange={(e) => setAddress({ ...address, name: e.target.value })}
              error={err("fulfilment.address.name")}
              className="sm:col-span-6"
            />
            <FormField
              id="addr-line1"
              label={t("street")}
              value={address.line1}
              onChange={(e) => setAddress({ ...address, line1: e.target.value })}
              error={err("fulfilment.address.line1")}
              className="sm:col-span-6"
            />
            <FormField
              id="addr-postcode"
              label={t("postcode")}
              inputMode="numeric"
              maxLength={5}
              value={address.postalCode}
              onChange={(e) => setAddress({ ...address, postalCode: e.target.value })}
              error={err("fulfilment.address.postalCode")}
              className="sm:col-span-2"
            />
            <FormField
              id="addr-city"
              label={t("city")}
              value={address.city}
              onChange={(e) => setAddress({ ...address, city: e.target.value })}
              error={err("fulfilment.address.city")}
              className="sm:col-span-4"
            />
          </div>
        ) : null}
        <fieldset>
          <legend className="text-sm font-medium text-stone-900">
            {delivery
              ? t("paymentDelivery", { total: formatMoney(total, item.price.currency) })
              : t("payment", { total: formatMoney(total, item.price.currency) })}
          </legend>
          <div className="mt-2 grid grid-cols-2 gap-2">
            <Choice name="elsewhere-pay" checked={payment === "card"} onChange={() => setPay("card")}>
              {t("cardNow")}
            </Choice>
            {/* Cash for a pickup elsewhere is taken where it is collected (and could be refunded there). */}
            {delivery ? (
              <Choice name="elsewhere-pay" checked={payment === "cash"} onChange={() => setPay("cash")}>
                {t("cashNow")}
              </Choice>
            ) : (
              <Choice
                name="elsewhere-pay"
                checked={payment === "pay_at_pickup"}
                onChange={() => setPay("pay_at_pickup")}
              >
                {t("atPickup")}
              </Choice>
            )}
          </div>
        </fieldset>
        {payment === "card" ? (
          <CardFields
            idPrefix="elsewhere-card"
            card={card}
            onChange={setCard}
            error={(field) => err(`payment.card.${field}`)}
          />
        ) : null}
        {failure ? (
          <div role="alert">
            <FormAlert>{failure.message}</FormAlert>
          </div>
        ) : null}
        <div className="flex justify-end gap-3">
          <Button variant="ghost" size="lg" onClick={onClose} className="px-5">
            {cancel}
          </Button>
          <Button type="submit" size="lg" disabled={order.isPending || !place} className="disabled:opacity-50">
            {order.isPending ? t("ordering") : t("place")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
