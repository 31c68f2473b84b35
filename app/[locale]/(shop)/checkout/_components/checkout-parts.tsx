"use client";

import { CircleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { RouterOutputs } from "@/app/_lib/types";
import { describeLine } from "@/app/[locale]/(shop)/cart/_lib/use-cart-actions";
import type { PlaceOrderFailure } from "@/app/[locale]/(shop)/checkout/_lib/place-order-error";

export type PayMethod = "card" | "pay_at_pickup";

/** Reformatting (spaces in a card number, the slash in an expiry) must not throw the caret to the end mid-edit. */
export function keepCaret(el: HTMLInputElement, caret: number) {
  const digitsBefore = el.value.slice(0, caret).replace(/\D/g, "").length;
  requestAnimationFrame(() => {
    let pos = 0;
    for (let seen = 0; pos < el.value.length && seen < digitsBefore; pos++) if (/\d/.test(el.value[pos]!)) seen++;
    el.setSelectionRange(pos, pos);
  });
}

/** A cart line's full name ("Merino Jumper (Navy, M)"), or `unknown` for a line no longer in it. */
export function cartLineName(cart: RouterOutputs["cart"]["get"], variantId: string, unknown: string): string {
  const line = cart.lines.find((l) => l.variantId === variantId);
  return line ? describeLine(line) : unknown;
}

export function Section({
  n,
  id,
  title,
  children,
}: {
  n: number;
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-3xl border border-stone-200 p-5 sm:p-7">
      <h2 id={`${id}-heading`} className="mb-5 flex items-center gap-3 text-lg font-semibold text-stone-950">
        <span
          aria-hidden="true"
          className="grid size-7 place-items-center rounded-full bg-stone-950 text-sm font-semibold text-white"
        >
          {n}
        </span>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function PayChoice({
  value,
  checked,
  onChange,
  title,
  hint,
}: {
  value: PayMethod;
  checked: boolean;
  onChange: (v: PayMethod) => void;
  title: string;
  hint: string;
}) {
  return (
    <label className="flex cursor-pointer gap-3 rounded-2xl border border-stone-200 p-4 transition-colors hover:border-stone-400 has-checked:border-stone-950 has-checked:ring-1 has-checked:ring-stone-950 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent-700">
      <input
        type="radio"
        name="pay"
        value={value}
        checked={checked}
        onChange={() => onChange(value)}
        className="peer sr-only"
      />
      <span
        aria-hidden="true"
        className="mt-0.5 grid size-5 shrink-0 place-items-center rounded-full border border-stone-300 bg-white peer-checked:border-stone-950 peer-checked:bg-stone-950 peer-checked:[&>span]:opacity-100"
      >
        <span className="size-2 rounded-full bg-white opacity-0" />
      </span>
      <span>
        <span className="block font-medium text-stone-950">{title}</span>
        <span className="mt-0.5 block text-sm text-stone-600">{hint}</span>
      </span>
    </label>
  );
}

export function FailureAlert({ failure }: { failure: PlaceOrderFailure }) {
  const t = useTranslations("checkout.failure");
  // The server's message usually names the lines already; list only those it does not.
  const unnamed = (failure.lines ?? []).filter((l) => !l.name || !failure.message.includes(l.name));
  return (
    <div
      role="alert"
      className="mt-5 flex items-start gap-2.5 rounded-xl border border-out/20 bg-out-bg px-4 py-3 text-sm text-out"
    >
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0">
        <p className="font-medium">{failure.message}</p>
        {failure.fieldErrors?.length ? (
          <ul className="mt-1 list-disc pl-5">
            {failure.fieldErrors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : null}
        {failure.kind === "out_of_stock" && unnamed.length ? (
          <ul className="mt-1 list-disc pl-5">
            {unnamed.map((l) => (
              <li key={l.variantId}>
                {t("short", { name: l.name ?? t("anItem"), available: l.available, requested: l.requested })}
              </li>
            ))}
          </ul>
        ) : null}
        {failure.kind === "out_of_stock" || failure.kind === "cart_changed" ? (
          <Link
            href="/cart"
            className="mt-2 inline-flex min-h-11 items-center font-semibold text-stone-950 underline underline-offset-4 sm:min-h-0"
          >
            {t("review")}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
