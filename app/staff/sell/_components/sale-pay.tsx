"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTRPC } from "@/trpc/react";
import { formatMoney } from "@/lib/money";
import { FormAlert, FormField } from "@/ui/field";
import { Dialog } from "@/ui/dialog";
import { failureOf, type Failure } from "@/app/staff/_lib/format";
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
      title={method === "card" ? `Card payment · ${money(total.amountMinor)}` : `Cash · ${money(total.amountMinor)}`}
      description={customer ? `Sale to ${customer.name}` : "Walk-in sale"}
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        {method === "card" ? (
          <div className="grid grid-cols-2 gap-3">
            <FormField
              id="pay-card-number"
              label="Card number"
              inputMode="numeric"
              autoComplete="off"
              data-autofocus
              value={card.number}
              onChange={(e) => setCard({ ...card, number: e.target.value })}
              error={fieldError("number")}
              hint="Test card: 4242 4242 4242 4242"
              className="col-span-2"
            />
            <FormField
              id="pay-card-expiry"
              label="Expiry (MM/YY)"
              inputMode="numeric"
              placeholder="MM/YY"
              maxLength={5}
              value={card.expiry}
              onChange={(e) => setCard({ ...card, expiry: e.target.value })}
              error={fieldError("expiry")}
            />
            <FormField
              id="pay-card-cvc"
              label="Security code"
              inputMode="numeric"
              maxLength={4}
              value={card.cvc}
              onChange={(e) => setCard({ ...card, cvc: e.target.value })}
              error={fieldError("cvc")}
            />
          </div>
        ) : (
          <div>
            <FormField
              id="pay-tendered"
              label="Cash received"
              inputMode="decimal"
              autoComplete="off"
              data-autofocus
              placeholder={money(total.amountMinor)}
              value={tendered}
              onChange={(e) => setTendered(e.target.value)}
              error={
                tenderedMinor === null
                  ? "Enter an amount, like 20 or 20,50."
                  : short
                    ? `That is ${money(-changeMinor!)} short.`
                    : null
              }
              hint="Leave empty if the customer paid the exact amount."
            />
            <div className="mt-2 flex flex-wrap gap-2">
              {quickNotes(total.amountMinor).map((n) => (
                <Button key={n} variant="soft" size="sm" onClick={() => setTendered(String(n / 100))} className="px-4">
                  {money(n)}
                </Button>
              ))}
            </div>
            <p className="mt-4 flex items-baseline justify-between rounded-2xl bg-stone-100 px-4 py-3 text-lg">
              <span>Change due</span>
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
                  Order it from another location
                </button>
              ) : null}
            </FormAlert>
          </div>
        ) : null}
        <div className="flex justify-end gap-3 pt-2">
          <Button variant="ghost" size="lg" onClick={onClose} className="px-5">
            Cancel
          </Button>
          <Button type="submit" size="lg" disabled={sell.isPending} className="disabled:opacity-50">
            {sell.isPending
              ? "Taking payment…"
              : method === "card"
                ? `Charge ${money(total.amountMinor)}`
                : `Take ${money(total.amountMinor)} in cash`}
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
