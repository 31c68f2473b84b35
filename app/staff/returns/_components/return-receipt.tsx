"use client";

import { CircleCheck, Printer, Undo2 } from "lucide-react";
import { useEffect, useRef } from "react";
import { formatMoney } from "@/lib/money";
import { Button } from "@/ui/button";
import type { ReturnReceiptData } from "./return-form";

/** What the customer is told at the counter, laid out like a till receipt; it can be printed. */
export function ReturnReceipt({
  receipt,
  timeZone,
  onNewReturn,
  onBackToOrder,
}: {
  receipt: ReturnReceiptData;
  timeZone: string;
  onNewReturn: () => void;
  onBackToOrder: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // It replaces the form the staff member just used: focus and screen readers move with it.
  useEffect(() => heading.current?.focus(), []);
  const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(
    receipt.at,
  );
  const money = (m: { amountMinor: number; currency: string }) => formatMoney(m.amountMinor, m.currency);
  return (
    <section
      aria-labelledby="return-receipt"
      className="mx-auto max-w-xl rounded-3xl border border-stone-200 bg-white p-6 sm:p-8"
    >
      <div className="flex items-center gap-3 text-ok">
        <CircleCheck aria-hidden="true" className="size-8" />
        <h2
          id="return-receipt"
          ref={heading}
          tabIndex={-1}
          className="text-2xl font-semibold text-stone-950 focus:outline-none"
        >
          Return recorded
        </h2>
      </div>
      <dl className="mt-5 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1.5 text-base">
        <dt className="text-stone-600">Order</dt>
        <dd className="font-mono font-semibold text-stone-950">{receipt.orderNumber}</dd>
        <dt className="text-stone-600">Returned at</dt>
        <dd className="text-stone-950">
          {receipt.store}, {when}
        </dd>
        <dt className="text-stone-600">Reason</dt>
        <dd className="text-stone-950">{receipt.reason}</dd>
      </dl>
      <ul className="mt-5 divide-y divide-dashed divide-stone-300 border-y border-dashed border-stone-300 font-mono text-sm">
        {receipt.lines.map((l) => (
          <li key={l.sku} className="flex justify-between gap-4 py-2.5">
            <span>
              {l.quantity} × {l.name}
              <span className="block text-stone-500">{[l.colour, l.size, l.sku].filter(Boolean).join(" · ")}</span>
            </span>
            <span className="shrink-0 tabular-nums">{money(l.amount)}</span>
          </li>
        ))}
      </ul>
      <div className="mt-4 flex items-baseline justify-between">
        <span className="text-lg font-semibold text-stone-950">
          Refunded {receipt.refundMethod === "card" ? "to card" : "in cash"}
        </span>
        <span className="text-2xl font-semibold text-stone-950 tabular-nums">{money(receipt.refund)}</span>
      </div>
      {receipt.refundReference ? (
        <p className="mt-1 text-sm text-stone-600">Card refund reference {receipt.refundReference}</p>
      ) : null}
      {receipt.refundMethod === "cash" ? (
        <p className="mt-1 text-sm text-stone-600">Hand the customer {money(receipt.refund)} from the till.</p>
      ) : null}
      {receipt.fullyRefunded ? (
        <p className="mt-3 rounded-2xl bg-ok-bg px-4 py-2.5 text-sm text-ok">
          Everything the customer kept from this order has now been returned.
        </p>
      ) : null}
      <div className="mt-6 flex flex-wrap gap-3 print:hidden">
        <Button size="lg" onClick={onNewReturn}>
          <Undo2 aria-hidden="true" className="size-5" />
          New return
        </Button>
        {receipt.fullyRefunded ? null : (
          <Button variant="secondary" size="lg" onClick={onBackToOrder} className="bg-white px-6">
            Back to {receipt.orderNumber}
          </Button>
        )}
        <Button variant="secondary" size="lg" onClick={() => window.print()} className="bg-white px-6">
          <Printer aria-hidden="true" className="size-5" />
          Print
        </Button>
      </div>
    </section>
  );
}
