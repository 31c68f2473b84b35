"use client";

import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatMoney } from "@/lib/money";
import { firstName } from "@/lib/words";
import { Button, buttonClasses } from "@/ui/button";
import type { Customer } from "./sale";
import type { Sold } from "./sale-pay";

/** The sale is through: the receipt in words, and the way to the next customer. */
export function SaleDone({ sold, customer, onNext }: { sold: Sold; customer: Customer; onNext: () => void }) {
  const t = useTranslations("staff.saleDone");
  const total = formatMoney(sold.totalMinor, sold.currency);
  return (
    <div role="status" className="mx-auto max-w-xl rounded-3xl bg-white p-8 text-center ring-1 ring-stone-200">
      <CircleCheck aria-hidden="true" className="mx-auto size-12 text-ok" />
      <h2 className="mt-3 text-3xl font-semibold tracking-tight text-stone-950">
        {t("title", { number: sold.orderNumber })}
      </h2>
      <p className="mt-2 text-lg text-stone-700">
        {sold.method === "card" ? t("paidCard", { total }) : t("paidCash", { total })}
        {sold.changeMinor ? ` · ${t("changeDue", { change: formatMoney(sold.changeMinor, sold.currency) })}` : ""}
      </p>
      <p className="mt-1 text-stone-600">{customer ? t("inHistory", { name: customer.name }) : t("walkIn")}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <Button size="lg" onClick={onNext} autoFocus>
          {t("next")}
        </Button>
        {customer ? (
          <Link
            href={`/staff/customers/${customer.id}`}
            className={buttonClasses({ variant: "soft", size: "lg", className: "px-6" })}
          >
            {t("backTo", { name: firstName(customer.name) })}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
