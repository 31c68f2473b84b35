"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CircleAlert, LoaderCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Link, useRouter } from "@/i18n/navigation";
import { SubmitButton } from "@/ui/button";
import { formatMoney, formatMoneyShort } from "@/lib/money";
import { OrderSummary } from "@/app/[locale]/(shop)/_components/order-summary";
import type { RouterOutputs } from "@/app/_lib/types";
import { placeOrderInput, type HoldTarget } from "@/server/domain/checkout/inputs";
import { useTRPC } from "@/trpc/react";
import { AddressFields, CardFields, ContactFields, type Bind } from "./checkout-fields";
import { CheckoutEmpty } from "./checkout-empty";
import { cartLineName, FailureAlert, keepCaret, PayChoice, Section, type PayMethod } from "./checkout-parts";
import { deliveryFee, FREE_DELIVERY_FROM_MINOR } from "@/lib/delivery-fee";
import {
  addressFrom,
  cardFrom,
  contactFrom,
  EMPTY_VALUES,
  FIELD_PATHS,
  fieldId,
  formatCardNumber,
  formatCvc,
  formatExpiry,
  sectionOf,
  validateSection,
  type FieldErrors,
  type FieldPath,
  type Section as FieldSection,
  type Values,
} from "@/app/[locale]/(shop)/checkout/_lib/fields";
import { HoldBanner } from "./hold-banner";
import { placeOrderFailure, type PlaceOrderFailure } from "@/app/[locale]/(shop)/checkout/_lib/place-order-error";
import { ReceiveOptions, type CheckoutOptions, type Method } from "./receive-options";
import { initialChoice, useCheckoutHold } from "@/app/[locale]/(shop)/checkout/_lib/use-checkout-hold";

type Cart = RouterOutputs["cart"]["get"];

type Props = {
  initialOptions: CheckoutOptions;
  initialCart: Cart;
  /** The signed-in customer, whose account details the order uses; null for a guest. */
  account: { name: string; email: string } | null;
};

const FORMATTERS: Partial<Record<FieldPath, (raw: string) => string>> = {
  "payment.card.number": formatCardNumber,
  "payment.card.expiry": formatExpiry,
  "payment.card.cvc": formatCvc,
  "fulfilment.address.postalCode": (raw) => raw.replace(/\D/g, "").slice(0, 5),
};

/** One key per attempt to place the order; crypto.randomUUID needs a secure context, so fall back. */
function newAttemptKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

export function CheckoutForm({ initialOptions, initialCart, account }: Props) {
  const t = useTranslations("checkout.form");
  const receiveWords = useTranslations("checkout.receive");
  const fieldWords = useTranslations("checkout.fields.errors");
  const failureWords = useTranslations("checkout.failure");
  const check = (section: FieldSection, v: Values) => validateSection(section, v, fieldWords);
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const optionsQuery = useQuery(trpc.checkout.options.queryOptions(undefined, { initialData: initialOptions }));
  const cartQuery = useQuery(trpc.cart.get.queryOptions(undefined, { initialData: initialCart }));
  const options = optionsQuery.data;
  const cart = cartQuery.data;

  const [initial] = useState(() => initialChoice(initialOptions));
  const [method, setMethod] = useState<Method | null>(initial.method);
  const [storeId, setStoreId] = useState<string | null>(initial.storeId);
  const [payMethod, setPayMethod] = useState<PayMethod>("card");
  const [values, setValues] = useState<Values>(EMPTY_VALUES);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [receiveError, setReceiveError] = useState<string | null>(null);
  const [failure, setFailure] = useState<PlaceOrderFailure | null>(null);
  const [placed, setPlaced] = useState<string | null>(null);
  const attemptKey = useRef<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const placeMutation = useMutation(trpc.checkout.placeOrder.mutationOptions());

  function refresh() {
    void queryClient.invalidateQueries(trpc.checkout.options.queryFilter());
    void queryClient.invalidateQueries(trpc.cart.get.queryFilter());
  }

  const current: HoldTarget | null =
    method === "delivery"
      ? { type: "delivery" }
      : method === "pickup" && storeId
        ? { type: "pickup", locationId: storeId }
        : null;
  const holding = useCheckoutHold({
    options,
    initial,
    current,
    // That store can no longer be chosen: make the customer pick again rather than fail at the end.
    onShort: (target) => {
      if (target.type === "pickup") setStoreId((id) => (id === target.locationId ? null : id));
    },
    onStale: refresh,
  });

  function chooseMethod(next: Method) {
    setMethod(next);
    setReceiveError(null);
    if (next === "delivery") {
      setPayMethod("card");
      holding.start({ type: "delivery" });
      return;
    }
    const store =
      options.stores.find((s) => s.id === storeId && s.canSupply) ??
      options.stores.find((s) => s.chosen && s.canSupply) ??
      null;
    setStoreId(store?.id ?? null);
    if (store) holding.start({ type: "pickup", locationId: store.id });
    else holding.stop();
  }

  function chooseStore(id: string) {
    setStoreId(id);
    setReceiveError(null);
    holding.start({ type: "pickup", locationId: id });
  }

  const bind: Bind = (path) => ({
    id: fieldId(path),
    name: path,
    value: values[path],
    error: errors[path] ?? null,
    onChange: (event) => {
      const el = event.currentTarget;
      const format = FORMATTERS[path];
      const value = format ? format(el.value) : el.value;
      // A functional update: browser autofill changes several fields before React renders again.
      setValues((v) => ({ ...v, [path]: value }));
      if (format && el.selectionStart !== null && el.selectionStart < el.value.length) keepCaret(el, el.selectionStart);
      // Once a field has shown an error, recheck it as the customer types, so it clears as soon as it is right.
      if (errors[path])
        setErrors((e) => ({ ...e, [path]: check(sectionOf(path), { ...values, [path]: value })[path] }));
    },
    onBlur: () => {
      if (!values[path].trim() && !errors[path]) return;
      setErrors((e) => ({ ...e, [path]: check(sectionOf(path), values)[path] }));
    },
  });

  function showFailure(next: PlaceOrderFailure) {
    setFailure(next);
    requestAnimationFrame(() => {
      alertRef.current?.scrollIntoView({ block: "center", behavior: "smooth" });
      alertRef.current?.focus({ preventScroll: true });
    });
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (placeMutation.isPending || placed) return;
    setFailure(null);

    if (!method || (method === "pickup" && !storeId)) {
      setReceiveError(t(method === "pickup" ? "chooseStore" : "chooseMethod"));
      document
        .querySelector<HTMLInputElement>(`input[name="${method === "pickup" ? "store" : "receive"}"]:not(:disabled)`)
        ?.focus();
      return;
    }
    const pay: PayMethod = method === "delivery" ? "card" : payMethod;
    const found: FieldErrors = {
      ...(account ? {} : check("contact", values)),
      ...(method === "delivery" ? check("address", values) : {}),
      ...(pay === "card" ? check("card", values) : {}),
    };
    setErrors(found);
    const first = FIELD_PATHS.find((p) => found[p]);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }

    attemptKey.current ??= newAttemptKey();
    const parsed = placeOrderInput.safeParse({
      idempotencyKey: attemptKey.current,
      contact: account ? undefined : contactFrom(values),
      fulfilment:
        method === "pickup"
          ? { type: "pickup", locationId: storeId }
          : { type: "delivery", address: addressFrom(values) },
      payment: pay === "card" ? { method: "card", card: cardFrom(values) } : { method: "pay_at_pickup" },
    });
    if (!parsed.success) {
      showFailure({
        kind: "invalid",
        message: t("checkDetails"),
        keepKey: true,
      });
      return;
    }

    try {
      const result = await placeMutation.mutateAsync(parsed.data);
      holding.placed();
      setPlaced(result.orderNumber);
      void queryClient.invalidateQueries(trpc.cart.pathFilter());
      void queryClient.invalidateQueries(trpc.orders.pathFilter());
      router.push(`/orders/${encodeURIComponent(result.orderNumber)}?placed=1`);
      router.refresh();
    } catch (err) {
      const f = placeOrderFailure(err, failureWords);
      if (!f.keepKey) attemptKey.current = null;
      if (f.kind === "out_of_stock" || f.kind === "cart_changed" || f.kind === "invalid") refresh();
      if (f.kind === "out_of_stock") {
        // Whatever was held is not enough any more: choose again, and hold again, before retrying.
        holding.forget();
        if (method === "pickup") setStoreId(null);
      }
      // Lines the server could not name (unsellable ones) get their names from the cart.
      const lines = f.lines?.map((l) => ({
        ...l,
        name: l.name ?? cartLineName(cart, l.variantId, failureWords("anItem")),
      }));
      showFailure({ ...f, lines });
    }
  }

  if (placed) {
    return (
      <div role="status" className="flex items-center gap-3 rounded-3xl border border-stone-200 p-8 text-stone-700">
        <LoaderCircle aria-hidden="true" className="size-5 animate-spin" />
        {t("placed", { number: placed })}
      </div>
    );
  }
  if (!options.hasItems || !cart.lines.length) return <CheckoutEmpty />;

  const pay: PayMethod = method === "delivery" ? "card" : payMethod;
  const fee = method === "delivery" ? deliveryFee(cart.subtotal) : { amountMinor: 0, currency: cart.subtotal.currency };
  const total = { amountMinor: cart.subtotal.amountMinor + fee.amountMinor, currency: cart.subtotal.currency };
  const pending = placeMutation.isPending;
  const contact = account
    ? t.rich("signedInAs", {
        name: account.name,
        strong: (chunks) => <span className="font-medium text-stone-950">{chunks}</span>,
      })
    : t.rich("haveAccount", {
        link: (chunks) => (
          <Link
            href="/sign-in?callbackUrl=/checkout"
            className="font-medium text-stone-950 underline underline-offset-4 hover:text-accent-700"
          >
            {chunks}
          </Link>
        ),
      });

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start lg:gap-10"
    >
      <div className="space-y-6">
        <Section n={1} id="contact" title={t("contact")}>
          {account ? (
            <p className="text-sm text-stone-700">
              {contact}
              <span className="block break-all text-stone-600">{account.email}</span>
            </p>
          ) : (
            <>
              <p className="mb-4 text-sm text-stone-600">{contact}</p>
              <ContactFields bind={bind} />
            </>
          )}
        </Section>

        <Section n={2} id="receive" title={t("receive")}>
          {receiveError ? (
            <p className="mb-3 flex items-start gap-1.5 text-sm text-out" role="alert">
              <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              {receiveError}
            </p>
          ) : null}
          <ReceiveOptions
            options={options}
            subtotal={cart.subtotal}
            method={method}
            storeId={storeId}
            onMethod={chooseMethod}
            onStore={chooseStore}
            disabled={pending}
            deliveryFields={<AddressFields bind={bind} />}
            holdBanner={<HoldBanner hold={holding.hold} onHoldAgain={holding.again} />}
          />
        </Section>

        <Section n={3} id="payment" title={t("payment")}>
          {method !== "delivery" ? (
            <fieldset className="mb-5">
              <legend className="sr-only">{t("howToPay")}</legend>
              <div className="grid gap-3 sm:grid-cols-2">
                <PayChoice
                  value="card"
                  checked={pay === "card"}
                  onChange={setPayMethod}
                  title={t("card")}
                  hint={t("cardHint")}
                />
                <PayChoice
                  value="pay_at_pickup"
                  checked={pay === "pay_at_pickup"}
                  onChange={setPayMethod}
                  title={t("atPickup")}
                  hint={t("atPickupHint")}
                />
              </div>
            </fieldset>
          ) : (
            <p className="mb-4 text-sm text-stone-600">{t("deliveryByCard")}</p>
          )}
          {pay === "card" ? <CardFields bind={bind} /> : <p className="text-sm text-stone-700">{t("payLater")}</p>}
        </Section>
      </div>

      <div className="lg:sticky lg:top-24">
        <OrderSummary
          lines={cart.lines.map((l) => ({
            ...l,
            key: l.variantId,
            href: `/p/${l.slug}`,
            problem: l.purchasable ? null : t("lineProblem"),
          }))}
          subtotal={cart.subtotal}
          fulfilment={
            method === null
              ? { label: t("receive"), cost: null, hint: t("chooseAbove") }
              : method === "pickup"
                ? { label: receiveWords("pickup"), cost: fee }
                : {
                    label: receiveWords("delivery"),
                    cost: fee,
                    hint: fee.amountMinor
                      ? t("freeFrom", { amount: formatMoneyShort(FREE_DELIVERY_FROM_MINOR, fee.currency) })
                      : undefined,
                  }
          }
          total={total}
        >
          <div ref={alertRef} tabIndex={-1} className="focus:outline-none">
            {failure ? <FailureAlert failure={failure} /> : null}
          </div>
          <div className="mt-5">
            <SubmitButton pending={pending} pendingLabel={t("placing")}>
              {t("placeOrder", { total: formatMoney(total.amountMinor, total.currency) })}
            </SubmitButton>
            <p className="mt-3 text-center text-xs leading-relaxed text-stone-500">
              {t(
                pay === "pay_at_pickup" ? "payAtCounter" : method === "delivery" ? "chargedOnSend" : "chargedOnCollect",
              )}
            </p>
          </div>
        </OrderSummary>
        <Link
          href="/cart"
          className="mt-4 flex min-h-11 items-center justify-center text-sm text-stone-600 underline-offset-4 hover:text-stone-950 hover:underline"
        >
          {t("editCart")}
        </Link>
      </div>
    </form>
  );
}
