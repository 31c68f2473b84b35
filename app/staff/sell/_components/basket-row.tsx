"use client";

import { Minus, Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { formatMoney } from "@/lib/money";
import { variantLabel } from "@/app/staff/_components/item-finder";
import type { BasketLine } from "./sale";

/** One line of the counter basket: what, how many (never more than the store has), its price. */
export function BasketRow({ line, onChange }: { line: BasketLine; onChange: (quantity: number) => void }) {
  const t = useTranslations("staff.quantity");
  const label = variantLabel(line);
  const atMost = line.here ?? Infinity;
  return (
    <li className="py-2.5">
      <div className="flex items-baseline justify-between gap-3">
        <p className="line-clamp-2 font-medium text-stone-950">{label}</p>
        <p className="shrink-0 font-semibold tabular-nums">
          {formatMoney(line.unitMinor * line.quantity, line.currency)}
        </p>
      </div>
      <div className="mt-1 flex items-center justify-between gap-2">
        <p className="min-w-0 truncate text-sm text-stone-500">
          <span className="font-mono text-xs">{line.sku}</span> · {formatMoney(line.unitMinor, line.currency)}
        </p>
        <div className="flex shrink-0 items-center" role="group" aria-label={t("of", { item: label })}>
          <button
            type="button"
            onClick={() => onChange(line.quantity - 1)}
            aria-label={t("less", { item: label })}
            className="inline-flex size-11 items-center justify-center rounded-full ring-1 ring-stone-300 hover:bg-stone-100"
          >
            <Minus aria-hidden="true" className="size-4" />
          </button>
          <span className="w-8 text-center font-semibold tabular-nums">{line.quantity}</span>
          <button
            type="button"
            disabled={line.quantity >= atMost}
            onClick={() => onChange(line.quantity + 1)}
            aria-label={t("more", { item: label })}
            className="inline-flex size-11 items-center justify-center rounded-full ring-1 ring-stone-300 hover:bg-stone-100 disabled:opacity-40"
          >
            <Plus aria-hidden="true" className="size-4" />
          </button>
          <button
            type="button"
            onClick={() => onChange(0)}
            aria-label={t("remove", { item: label })}
            className="ml-1 inline-flex size-11 items-center justify-center rounded-full text-stone-500 hover:bg-out-bg hover:text-out"
          >
            <Trash2 aria-hidden="true" className="size-4" />
          </button>
        </div>
      </div>
    </li>
  );
}
