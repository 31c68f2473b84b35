"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useTRPC } from "@/trpc/react";
import { formatMoney } from "@/lib/money";
import { FormAlert, FormField } from "@/ui/field";
import { Dialog } from "@/ui/dialog";
import { useFailureOf, type Failure } from "@/app/staff/_lib/format";
import { CardFields } from "./card-fields";
import type { Customer } from "./sale";
import { Button } from "@/ui/button";

export type Sold = {
  orderNumber: string;
  totalMinor: number;
  currency: string;
  changeMinor: number | null;
  method: "card" | "cash";
};
type Source = { from: "cart" } | { from: "basket"; lines: { variantId: string; quantity: number }[] };

/** "20", "20,50", "20.5" → 2050 cents; null when it is not an amount. */
export function parseEuros(text: string): number | null {
  const clean = text.trim().replace(/\s|€/g, "").replace(",", ".");
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(clean)) return null;
  return Math.round(Number(clean) * 100);
}

/** Notes a customer is likely to hand over for this total, smallest first. */
function quickNotes(totalMinor: number) {
  return [500, 1000, 2000, 5000, 10000].filter((n) => n > totalMinor).slice(0, 3);
}

/**
 * Taking the payment: the card on the terminal (typed here: test cards in development), or cash
 * with the change due. One idempotency key per dialog, so a retry after a dropped answer cannot
 * sell twice.
 */
export function PayDialog(props: {
  method: "card" | "cash";
  total: { amountMinor: number; currency: string };
  customer: Customer;
  source: Source;
  onClose: () => void;
  onSold: (sold: Sold) => void;
  onSoldOut: (sku: string) => void;
}) {
  const { method, total, customer, source, onClose, onSold, onSoldOut } = props;
  const trpc = useTRPC();
  const t = useTranslations("staff.pay");
  const failureOf = useFailureOf();
  const key = useRef(crypto.randomUUID());
  const sell = useMutation(trpc.pos.sell.mutationOptions());
  const [card, setCard] = useState({ number: "", expiry: "", cvc: "" });
  const [tendered, setTendered] = useState("");
  const [failure, setFailure] = useState<Failure | null>(null);
  const money = (minor: number) => formatMoney(minor, total.currency);
  const tenderedMinor = tendered ? parseEuros(tendered) : total.amountMinor;
  const changeMinor = tenderedMinor !== null ? tenderedMinor - total.amountMinor : null;
  const short = changeMinor !== null && changeMinor < 0;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (method === "cash" && (tenderedMinor === null || short)) return;
    setFailure(null);
    sell.mutate(
      {
        customerId: customer?.id ?? null,
        source,
        payment:
          method === "card"
            ? { method: "card", card }
            : { method: "cash", tenderedMinor: tenderedMinor ?? total.amountMinor },
        expectedTotalMinor: total.amountMinor,
        idempotencyKey: key.current,
      },
      {
        onSuccess: (sold) => onSold({ ...sold, method }),
        onError: (err) => {
          const f = failureOf(err);
          // A refused card or a changed price is a new attempt; a dropped answer retries the same key.
          if (f.code && f.code !== "INTERNAL_SERVER_ERROR") key.current = crypto.randomUUID();
          setFailure(f);
        },
      },
    );
  }

  const shortSku = failure?.code === "OUT_OF_STOCK" ? outOfStockSku(sell.error) : null;
  const fieldError = (name: string) => failure?.fieldErrors?.[`payment.card.${name}`]?.[0] ?? null;

  return (
    <Dialog
      open
      onClose={onClose}
      title={
        method === "card"
          ? t("cardTitle", { total: money(total.amountMinor) })
          : t("cashTitle", { total: money(total.amountMinor) })
      }
      description={customer ? t("saleTo", { name: customer.name }) : t("walkIn")}
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        {method === "card" ? (
          <CardFields idPrefix="pay-card" card={card} onChange={setCard} error={fieldError} autoFocus />
        ) : (
          <div>
            <FormField
              id="pay-tendered"
              label={t("cashReceived")}
              inputMode="decimal"
              autoComplete="off"
              data-autofocus
              placeholder={money(total.amountMinor)}
              value={tendered}
              onChange={(e) => setTendered(e.target.value)}
              error={
                tenderedMinor === null ? t("notAnAmount") : short ? t("short", { amount: money(-changeMinor!) }) : null
              }
              hint={t("exactHint")}
            />
            <div className="mt-2 flex flex-wrap gap-2">
              {quickNotes(total.amountMinor).map((n) => (
                <Button key={n} variant="soft" size="sm" onClick={() => setTendered(String(n / 100))} className="px-4">
                  {money(n)}
                </Button>
              ))}
            </div>
            <p className="mt-4 flex items-baseline justify-between rounded-2xl bg-stone-100 px-4 py-3 text-lg">
              <span>{t("changeDue")}</span>
              <strong className="tabular-nums" aria-live="polite">
                {changeMinor !== null && !short ? money(changeMinor) : "—"}
              </strong>
            </p>
          </div>
        )}
        {failure ? (
          <div role="alert">
            <FormAlert>
              {failure.message}
              {shortSku ? (
                <button
                  type="button"
                  onClick={() => onSoldOut(shortSku)}
                  className="mt-2 block min-h-11 font-semibold underline underline-offset-4"
                >
                  {t("orderElsewhere")}
                </button>
              ) : null}
            </FormAlert>
          </div>
        ) : null}
        <div className="flex justify-end gap-3 pt-2">
          <Button variant="ghost" size="lg" onClick={onClose} className="px-5">
            {t("cancel")}
          </Button>
          <Button type="submit" size="lg" disabled={sell.isPending} className="disabled:opacity-50">
            {sell.isPending
              ? t("taking")
              : method === "card"
                ? t("charge", { total: money(total.amountMinor) })
                : t("takeCash", { total: money(total.amountMinor) })}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** The first line the store is short of, from an OUT_OF_STOCK answer. */
function outOfStockSku(err: unknown): string | null {
  const details = (err as { data?: { details?: { lines?: { sku?: string }[] } | null } } | null)?.data?.details;
  return details?.lines?.[0]?.sku ?? null;
}
