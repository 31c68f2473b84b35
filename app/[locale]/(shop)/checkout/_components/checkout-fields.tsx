"use client";

import { useTranslations } from "next-intl";
import { cardBrand } from "@/server/domain/payments/inputs";
import { FormField } from "@/ui/field";
import { FIELD_PATHS, type FieldPath } from "@/app/[locale]/(shop)/checkout/_lib/fields";

/** What the form hands each input: value, handlers and error, by the field's path in the order input. */
export type Bind = (path: FieldPath) => {
  id: string;
  name: string;
  value: string;
  error: string | null;
  onChange: (event: React.ChangeEvent<HTMLInputElement>) => void;
  onBlur: () => void;
};

/** Each field's props by its path, bound outside the JSX (where the words rule would read a path as words). */
function bindAll(bind: Bind) {
  return Object.fromEntries(FIELD_PATHS.map((p) => [p, bind(p)])) as Record<FieldPath, ReturnType<Bind>>;
}

export function ContactFields({ bind }: { bind: Bind }) {
  const t = useTranslations("checkout.fields");
  const field = bindAll(bind);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField
        {...field["contact.email"]}
        label={t("email")}
        type="email"
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        hint={t("emailHint")}
        className="sm:col-span-2"
      />
      <FormField
        {...field["contact.name"]}
        label={t("fullName")}
        autoComplete="name"
        required
        className="sm:col-span-2"
      />
    </div>
  );
}

export function AddressFields({ bind }: { bind: Bind }) {
  const t = useTranslations("checkout.fields");
  const field = bindAll(bind);
  return (
    <fieldset className="rounded-2xl border border-stone-200 p-4 sm:p-5">
      <legend className="px-1 text-sm font-medium text-stone-900">{t("address")}</legend>
      <div className="grid gap-4 sm:grid-cols-6">
        <FormField
          {...field["fulfilment.address.name"]}
          label={t("recipient")}
          autoComplete="shipping name"
          required
          className="sm:col-span-6"
        />
        <FormField
          {...field["fulfilment.address.line1"]}
          label={t("line1")}
          autoComplete="shipping address-line1"
          required
          className="sm:col-span-6"
        />
        <FormField
          {...field["fulfilment.address.line2"]}
          label={t("line2")}
          autoComplete="shipping address-line2"
          className="sm:col-span-6"
        />
        <FormField
          {...field["fulfilment.address.postalCode"]}
          label={t("postcode")}
          autoComplete="shipping postal-code"
          inputMode="numeric"
          maxLength={5}
          required
          className="sm:col-span-2"
        />
        <FormField
          {...field["fulfilment.address.city"]}
          label={t("city")}
          autoComplete="shipping address-level2"
          required
          className="sm:col-span-4"
        />
        <div className="sm:col-span-2">
          <p className="text-sm font-medium text-stone-900">{t("country")}</p>
          <p className="mt-1.5 flex h-12 items-center rounded-xl bg-stone-100 px-3.5 text-[16px] text-stone-700 sm:text-sm">
            {t("spain")}
          </p>
          <p className="mt-1.5 text-sm text-stone-500">{t("spainOnly")}</p>
        </div>
        <FormField
          {...field["fulfilment.address.phone"]}
          label={t("phone")}
          type="tel"
          autoComplete="shipping tel"
          inputMode="tel"
          hint={t("phoneHint")}
          className="sm:col-span-4"
        />
      </div>
    </fieldset>
  );
}

const BRAND_NAMES = { visa: "Visa", mastercard: "Mastercard", amex: "Amex", card: null } as const;

export function CardFields({ bind }: { bind: Bind }) {
  const t = useTranslations("checkout.fields");
  const field = bindAll(bind);
  const number = field["payment.card.number"];
  const testMode = t.rich("testMode", {
    strong: (chunks) => <span className="font-semibold text-stone-800">{chunks}</span>,
  });
  const brand = number.value.replace(/\D/g, "").length >= 2 ? BRAND_NAMES[cardBrand(number.value)] : null;
  return (
    <div className="grid grid-cols-2 gap-4">
      <FormField
        {...number}
        label={t("cardNumber")}
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
        {...field["payment.card.expiry"]}
        label={t("expiry")}
        autoComplete="cc-exp"
        inputMode="numeric"
        placeholder={t("expiryPlaceholder")}
        maxLength={5}
        required
      />
      <FormField
        {...field["payment.card.cvc"]}
        label={t("cvc")}
        autoComplete="cc-csc"
        inputMode="numeric"
        placeholder={t("cvcPlaceholder")}
        maxLength={4}
        required
        hint={t("cvcHint")}
      />
      <p className="col-span-2 rounded-xl bg-stone-100 px-3 py-2 text-xs text-stone-600">{testMode}</p>
    </div>
  );
}
