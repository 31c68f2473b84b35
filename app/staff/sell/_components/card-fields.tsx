"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/ui/field";

export type CardDetails = { number: string; expiry: string; cvc: string };

/**
 * The card as typed at the till (test cards in development): number, expiry and security code,
 * each with the server's message for it. `autoFocus` when the card is all the dialog asks.
 */
export function CardFields({
  idPrefix,
  card,
  onChange,
  error,
  autoFocus,
}: {
  idPrefix: string;
  card: CardDetails;
  onChange: (card: CardDetails) => void;
  error: (field: keyof CardDetails) => string | null;
  autoFocus?: boolean;
}) {
  const t = useTranslations("staff.pay");
  return (
    <div className="grid grid-cols-2 gap-3">
      <FormField
        id={`${idPrefix}-number`}
        label={t("cardNumber")}
        inputMode="numeric"
        autoComplete="off"
        data-autofocus={autoFocus ? true : undefined}
        value={card.number}
        onChange={(e) => onChange({ ...card, number: e.target.value })}
        error={error("number")}
        hint={t("testCard")}
        className="col-span-2"
      />
      <FormField
        id={`${idPrefix}-expiry`}
        label={t("expiry")}
        inputMode="numeric"
        placeholder={t("expiryPlaceholder")}
        maxLength={5}
        value={card.expiry}
        onChange={(e) => onChange({ ...card, expiry: e.target.value })}
        error={error("expiry")}
      />
      <FormField
        id={`${idPrefix}-cvc`}
        label={t("cvc")}
        inputMode="numeric"
        maxLength={4}
        value={card.cvc}
        onChange={(e) => onChange({ ...card, cvc: e.target.value })}
        error={error("cvc")}
      />
    </div>
  );
}
