"use client";

import { cardBrand } from "@/server/domain/payments/inputs";
import { FormField } from "@/ui/field";
import type { FieldPath } from "@/app/[locale]/(shop)/checkout/_lib/fields";

/** What the form hands each input: value, handlers and error, by the field's path in the order input. */
export type Bind = (path: FieldPath) => {
  id: string;
  name: string;
  value: string;
  error: string | null;
  onChange: (event: React.ChangeEvent<HTMLInputElement>) => void;
  onBlur: () => void;
};

export function ContactFields({ bind }: { bind: Bind }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField
        {...bind("contact.email")}
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        hint="So we can reach you about your order."
        className="sm:col-span-2"
      />
      <FormField {...bind("contact.name")} label="Full name" autoComplete="name" required className="sm:col-span-2" />
    </div>
  );
}

export function AddressFields({ bind }: { bind: Bind }) {
  return (
    <fieldset className="rounded-2xl border border-stone-200 p-4 sm:p-5">
      <legend className="px-1 text-sm font-medium text-stone-900">Delivery address</legend>
      <div className="grid gap-4 sm:grid-cols-6">
        <FormField
          {...bind("fulfilment.address.name")}
          label="Recipient’s name"
          autoComplete="shipping name"
          required
          className="sm:col-span-6"
        />
        <FormField
          {...bind("fulfilment.address.line1")}
          label="Street and number"
          autoComplete="shipping address-line1"
          required
          className="sm:col-span-6"
        />
        <FormField
          {...bind("fulfilment.address.line2")}
          label="Floor, door, etc. (optional)"
          autoComplete="shipping address-line2"
          className="sm:col-span-6"
        />
        <FormField
          {...bind("fulfilment.address.postalCode")}
          label="Postcode"
          autoComplete="shipping postal-code"
          inputMode="numeric"
          maxLength={5}
          required
          className="sm:col-span-2"
        />
        <FormField
          {...bind("fulfilment.address.city")}
          label="Town or city"
          autoComplete="shipping address-level2"
          required
          className="sm:col-span-4"
        />
        <div className="sm:col-span-2">
          <p className="text-sm font-medium text-stone-900">Country</p>
          <p className="mt-1.5 flex h-12 items-center rounded-xl bg-stone-100 px-3.5 text-[16px] text-stone-700 sm:text-sm">
            Spain
          </p>
          <p className="mt-1.5 text-sm text-stone-500">We deliver within Spain.</p>
        </div>
        <FormField
          {...bind("fulfilment.address.phone")}
          label="Phone (optional)"
          type="tel"
          autoComplete="shipping tel"
          inputMode="tel"
          hint="Only for the courier, if they can’t find you."
          className="sm:col-span-4"
        />
      </div>
    </fieldset>
  );
}

const BRAND_NAMES = { visa: "Visa", mastercard: "Mastercard", amex: "Amex", card: null } as const;

export function CardFields({ bind }: { bind: Bind }) {
  const number = bind("payment.card.number");
  const brand = number.value.replace(/\D/g, "").length >= 2 ? BRAND_NAMES[cardBrand(number.value)] : null;
  return (
    <div className="grid grid-cols-2 gap-4">
      <FormField
        {...number}
        label="Card number"
        autoComplete="cc-number"
        inputMode="numeric"
        placeholder="1234 1234 1234 1234"
        maxLength={23}
        required
        className="col-span-2"
        trailing={
          brand ? (
            <span className="pr-2.5 text-xs font-semibold tracking-wide text-stone-500 uppercase">{brand}</span>
          ) : null
        }
      />
      <FormField
        {...bind("payment.card.expiry")}
        label="Expiry (MM/YY)"
        autoComplete="cc-exp"
        inputMode="numeric"
        placeholder="MM/YY"
        maxLength={5}
        required
      />
      <FormField
        {...bind("payment.card.cvc")}
        label="Security code"
        autoComplete="cc-csc"
        inputMode="numeric"
        placeholder="CVC"
        maxLength={4}
        required
        hint="3 or 4 digits"
      />
      <p className="col-span-2 rounded-xl bg-stone-100 px-3 py-2 text-xs text-stone-600">
        <span className="font-semibold text-stone-800">Test mode:</span> use 4242 4242 4242 4242, any future expiry and
        any 3-digit code. Nothing is charged.
      </p>
    </div>
  );
}
