"use client";

import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { formatMoney } from "@/lib/money";
import { Button, buttonClasses } from "@/ui/button";
import type { Customer } from "./sale";
import type { Sold } from "./sale-pay";

/** The sale is through: the receipt in words, and the way to the next customer. */
export function SaleDone({ sold, customer, onNext }: { sold: Sold; customer: Customer; onNext: () => void }) {
  return (
    <div role="status" className="mx-auto max-w-xl rounded-3xl bg-white p-8 text-center ring-1 ring-stone-200">
      <CircleCheck aria-hidden="true" className="mx-auto size-12 text-ok" />
      <h2 className="mt-3 text-3xl font-semibold tracking-tight text-stone-950">Sold · {sold.orderNumber}</h2>
      <p className="mt-2 text-lg text-stone-700">
        {formatMoney(sold.totalMinor, sold.currency)} paid {sold.method === "card" ? "by card" : "in cash"}
        {sold.changeMinor ? ` · change due ${formatMoney(sold.changeMinor, sold.currency)}` : ""}
      </p>
      <p className="mt-1 text-stone-600">
        {customer ? `It is in ${customer.name}’s order history now.` : "Walk-in sale: no account to file it under."}
      </p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <Button size="lg" onClick={onNext} autoFocus>
          New sale
        </Button>
        {customer ? (
          <Link
            href={`/staff/customers/${customer.id}`}
            className={buttonClasses({ variant: "soft", size: "lg", className: "px-6" })}
          >
            Back to {customer.name.split(" ")[0]}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
