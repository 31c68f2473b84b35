"use client";

import { CircleCheck, Printer, Undo2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { formatMoney } from "@/lib/money";
import { Button } from "@/ui/button";
import { useStaffWords } from "@/app/staff/_lib/format";
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
  const t = useTranslations("staff.receipt");
  const words = useStaffWords();
  const heading = useRef<HTMLHeadingElement>(null);
  // It replaces the form the staff member just used: focus and screen readers move with it.
  useEffect(() => heading.current?.focus(), []);
  const when = words.dayAndTime(receipt.at, timeZone, true);
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
          {t("title")}
        </h2>
      </div>
      <dl className="mt-5 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1.5 text-base">
        <dt className="text-stone-600">{t("order")}</dt>
        <dd className="font-mono font-semibold text-stone-950">{receipt.orderNumber}</dd>
        <dt className="text-stone-600">{t("returnedAt")}</dt>
        <dd className="text-stone-950">
          {receipt.store}, {when}
        </dd>
        <dt className="text-stone-600">{t("reason")}</dt>
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
          {receipt.refundMethod === "card" ? t("refundedCard") : t("refundedCash")}
        </span>
        <span className="text-2xl font-semibold text-stone-950 tabular-nums">{money(receipt.refund)}</span>
      </div>
      {receipt.refundReference ? (
        <p className="mt-1 text-sm text-stone-600">{t("reference", { reference: receipt.refundReference })}</p>
      ) : null}
      {receipt.refundMethod === "cash" ? (
        <p className="mt-1 text-sm text-stone-600">{t("handCash", { amount: money(receipt.refund) })}</p>
      ) : null}
      {receipt.fullyRefunded ? (
        <p className="mt-3 rounded-2xl bg-ok-bg px-4 py-2.5 text-sm text-ok">{t("fullyRefunded")}</p>
      ) : null}
      <div className="mt-6 flex flex-wrap gap-3 print:hidden">
        <Button size="lg" onClick={onNewReturn}>
          <Undo2 aria-hidden="true" className="size-5" />
          {t("newReturn")}
        </Button>
        {receipt.fullyRefunded ? null : (
          <Button variant="secondary" size="lg" onClick={onBackToOrder} className="bg-white px-6">
            {t("backTo", { number: receipt.orderNumber })}
          </Button>
        )}
        <Button variant="secondary" size="lg" onClick={() => window.print()} className="bg-white px-6">
          <Printer aria-hidden="true" className="size-5" />
          {t("print")}
        </Button>
      </div>
    </section>
  );
}
