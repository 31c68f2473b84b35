"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { clsx } from "clsx";
import { Banknote, CreditCard, Minus, Plus, Undo2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { toast } from "sonner";
import type { ConsoleStore } from "@/server/domain/staff/console-store";
import { useTRPC } from "@/trpc/react";
import { formatMoney } from "@/lib/money";
import { useOrderWords } from "@/app/_components/order-status";
import { Button } from "@/ui/button";
import { FieldError, FormAlert } from "@/ui/field";
import { Spinner } from "@/ui/spinner";
import { ReasonField } from "@/app/staff/_components/reason-field";
import { useFailureOf, useStaffWords } from "@/app/staff/_lib/format";
import type { RouterOutputs } from "@/app/_lib/types";

export type ReturnableOrderData = RouterOutputs["returns"]["lookup"];
export type ReturnReceiptData = RouterOutputs["returns"]["create"];

/** The reasons customers give most often (staff.returnForm.reasons). */
const REASONS = ["doesNotFit", "changedMind", "faulty", "notAsDescribed", "wrongItem"] as const;

function describe(l: { size: string | null; colour: string | null; sku: string }) {
  return [l.colour, l.size, l.sku].filter(Boolean).join(" · ");
}

/** What comes back from one order and why; the refund it makes is shown before it is made. */
export function ReturnForm({
  order,
  store,
  onReturned,
}: {
  order: ReturnableOrderData;
  store: ConsoleStore;
  onReturned: (r: ReturnReceiptData) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useTranslations("staff.returnForm");
  const words = useStaffWords();
  const orderWords = useOrderWords();
  const failureOf = useFailureOf();
  const id = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<{ lines?: string; reason?: string; form?: string }>({});

  const chosen = order.lines.filter((l) => (quantities[l.orderLineId] ?? 0) > 0);
  const units = chosen.reduce((n, l) => n + quantities[l.orderLineId]!, 0);
  const refundMinor = chosen.reduce((n, l) => n + l.unitPrice.amountMinor * quantities[l.orderLineId]!, 0);
  const canReturn = !order.whyNot && order.lines.some((l) => l.returnable > 0);
  const card = order.refundMethod === "card";

  const create = useMutation(
    trpc.returns.create.mutationOptions({
      onSuccess: (receipt) => {
        void queryClient.invalidateQueries(trpc.returns.pathFilter());
        void queryClient.invalidateQueries(trpc.inventory.pathFilter());
        const amount = formatMoney(receipt.refund.amountMinor, receipt.refund.currency);
        toast.success(t("recorded", { number: receipt.orderNumber }), {
          description: card ? t("refundedCard", { amount }) : t("refundedCash", { amount }),
        });
        onReturned(receipt);
      },
    }),
  );

  function onFailed(err: unknown) {
    const failure = failureOf(err);
    if (failure.fieldErrors?.reason) {
      setErrors({ reason: failure.fieldErrors.reason[0] ?? failure.message });
      return reasonRef.current?.focus();
    }
    setErrors({ form: failure.message });
    // Someone may have returned some of it at another till: show what is left now.
    if (failure.code === "NOT_RETURNABLE" || failure.code === "INVALID_INPUT") {
      toast.error(t("failed", { number: order.number }), { description: failure.message });
      void queryClient.invalidateQueries(trpc.returns.lookup.queryFilter({ orderNumber: order.number }));
    }
  }

  function setQuantity(lineId: string, value: number, max: number) {
    setQuantities((q) => ({ ...q, [lineId]: Math.max(0, Math.min(max, value)) }));
    if (errors.lines || errors.form) setErrors((e) => ({ ...e, lines: undefined, form: undefined }));
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    const next: typeof errors = {};
    if (!units) next.lines = t("chooseLines");
    if (reason.trim().length < 3) next.reason = t("sayWhy");
    setErrors(next);
    if (next.lines) return document.getElementById(`${id}-lines`)?.focus();
    if (next.reason) return reasonRef.current?.focus();
    create.mutate(
      {
        orderNumber: order.number,
        reason: reason.trim(),
        lines: chosen.map((l) => ({ orderLineId: l.orderLineId, quantity: quantities[l.orderLineId]! })),
      },
      { onError: onFailed },
    );
  }

  const linesError = errors.lines ? `${id}-lines-error` : undefined;
  const status = orderWords.status(order.status, "atCounter");
  const refund = formatMoney(refundMinor, order.currency);
  return (
    <form
      noValidate
      onSubmit={submit}
      className={clsx("grid gap-5 lg:items-start", canReturn && "lg:grid-cols-[minmax(0,1fr)_20rem]")}
    >
      <section aria-labelledby={`${id}-title`} className="rounded-3xl border border-stone-200 bg-white p-5 sm:p-6">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 id={`${id}-title`} className="font-mono text-2xl font-semibold text-stone-950">
            {order.number}
          </h2>
          <p className="text-sm font-medium text-stone-600">
            {order.channel === "web" ? t("webOrder") : t("storeSale")} ·{" "}
            {order.fulfilment === "pickup" ? t("statusAt", { status, store: order.fulfilledBy }) : status}
          </p>
        </div>
        <p className="mt-1 text-stone-700">
          {t("placed", {
            name: order.contactName || t("walkIn"),
            date: words.day(order.placedAt, store.timezone, true),
            total: formatMoney(order.total.amountMinor, order.currency),
          })}
        </p>
        {order.whyNot ? (
          <p className="mt-4 rounded-2xl bg-low-bg px-4 py-3 text-base text-low">{order.whyNot}</p>
        ) : null}
        {!order.whyNot && !canReturn ? (
          <p className="mt-4 rounded-2xl bg-stone-100 px-4 py-3 text-base text-stone-700">{t("allReturned")}</p>
        ) : null}

        <fieldset id={`${id}-lines`} tabIndex={-1} aria-describedby={linesError} className="mt-5 focus:outline-none">
          <legend className="text-base font-semibold text-stone-950">{t("comingBack")}</legend>
          <ul className="mt-2 divide-y divide-stone-200">
            {order.lines.map((l) => {
              const q = quantities[l.orderLineId] ?? 0;
              const notes = [
                t("bought", { count: l.quantity }),
                l.missing ? t("neverHandedOver", { count: l.missing }) : null,
                l.returned ? t("returnedBefore", { count: l.returned }) : null,
              ]
                .filter(Boolean)
                .join(" · ");
              return (
                <li key={l.orderLineId} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-3 py-4">
                  <div className="min-w-0 flex-1">
                    <p className="font-semibold text-stone-950">{l.name}</p>
                    <p className="text-sm text-stone-600">{describe(l)}</p>
                    <p className="mt-0.5 text-sm text-stone-600">
                      {t("each", { price: formatMoney(l.unitPrice.amountMinor, l.unitPrice.currency) })} · {notes}
                    </p>
                  </div>
                  {l.returnable > 0 ? (
                    <Stepper
                      label={t("unitsLabel", { name: l.name, details: describe(l) })}
                      value={q}
                      max={l.returnable}
                      onChange={(v) => setQuantity(l.orderLineId, v, l.returnable)}
                    />
                  ) : (
                    <span className="text-sm font-medium text-stone-500">{t("nothingToReturn")}</span>
                  )}
                </li>
              );
            })}
          </ul>
          {errors.lines ? <FieldError id={linesError}>{errors.lines}</FieldError> : null}
        </fieldset>

        {order.returns.length ? <EarlierReturns returns={order.returns} timeZone={store.timezone} /> : null}

        {canReturn ? (
          <div className="mt-4 border-t border-stone-200 pt-5">
            <ReasonField
              id={`${id}-reason`}
              label={t("reason")}
              hint={t("reasonHint")}
              presets={REASONS.map((key) => t(`reasons.${key}`))}
              value={reason}
              maxLength={300}
              error={errors.reason ?? null}
              textareaRef={reasonRef}
              onChange={(v) => {
                setReason(v);
                if (errors.reason) setErrors((e) => ({ ...e, reason: undefined }));
              }}
            />
          </div>
        ) : null}
      </section>

      {canReturn ? (
        <aside
          aria-label={t("refund")}
          className="rounded-3xl border border-stone-200 bg-white p-5 sm:p-6 lg:sticky lg:top-4"
        >
          <p className="text-sm font-medium text-stone-600">{t("refund")}</p>
          <p className="mt-1 text-4xl font-semibold tracking-tight text-stone-950 tabular-nums" aria-live="polite">
            {refund}
          </p>
          <p className="mt-3 flex items-start gap-2 text-base text-stone-700">
            {card ? (
              <CreditCard aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
            ) : (
              <Banknote aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
            )}
            {card ? t("backToCard") : t("inCash")}
          </p>
          <p className="mt-2 text-sm text-stone-600">
            {units ? t("backIntoStock", { count: units, store: store.name }) : t("chooseItems")}
          </p>
          <div aria-live="assertive" className="mt-4 empty:hidden">
            {errors.form ? <FormAlert>{errors.form}</FormAlert> : null}
          </div>
          <Button
            type="submit"
            size="lg"
            aria-disabled={create.isPending}
            pending={create.isPending}
            className="mt-5 w-full"
          >
            {create.isPending ? (
              <>
                <Spinner />
                {card ? t("refundingCard") : t("recording")}
              </>
            ) : (
              <>
                <Undo2 aria-hidden="true" className="size-5" />
                {units ? t("refundAmount", { amount: refund }) : t("record")}
              </>
            )}
          </Button>
        </aside>
      ) : null}
    </form>
  );
}

/** − 0 +, with 48 px targets; the number is announced with the item's name. */
function Stepper({
  label,
  value,
  max,
  onChange,
}: {
  label: string;
  value: number;
  max: number;
  onChange: (v: number) => void;
}) {
  const t = useTranslations("staff.returnForm");
  const button =
    "inline-flex size-12 items-center justify-center rounded-full border border-stone-300 bg-white text-stone-900 transition-colors hover:border-stone-950 disabled:opacity-35 disabled:hover:border-stone-300";
  return (
    <div role="group" aria-label={label} className="flex items-center gap-2">
      <button type="button" className={button} onClick={() => onChange(value - 1)} disabled={value <= 0}>
        <Minus aria-hidden="true" className="size-5" />
        <span className="sr-only">{t("oneFewer")}</span>
      </button>
      <output aria-live="polite" className="w-14 text-center text-lg font-semibold text-stone-950 tabular-nums">
        {value}
        <span className="text-sm font-normal text-stone-500">/{max}</span>
      </output>
      <button type="button" className={button} onClick={() => onChange(value + 1)} disabled={value >= max}>
        <Plus aria-hidden="true" className="size-5" />
        <span className="sr-only">{t("oneMore")}</span>
      </button>
    </div>
  );
}

/** Returns made before, so staff can tell the customer what was refunded already and where. */
function EarlierReturns({ returns, timeZone }: { returns: ReturnableOrderData["returns"]; timeZone: string }) {
  const t = useTranslations("staff.returnForm");
  const words = useStaffWords();
  const said = returns.map((r) => {
    const values = {
      date: words.day(r.createdAt, timeZone),
      store: r.store,
      lines: r.lines.map((l) => `${l.quantity} × ${l.name}`).join(", "),
      amount: formatMoney(r.refund.amountMinor, r.refund.currency),
      reason: r.reason,
    };
    const method = r.refundMethod === "card" ? "card" : "cash";
    const text = r.staff ? t(`earlierBy.${method}`, { ...values, staff: r.staff }) : t(`earlierLine.${method}`, values);
    return { id: r.id, text };
  });
  return (
    <details className="mt-2 rounded-2xl bg-stone-50 px-4 py-1 text-sm text-stone-700">
      <summary className="flex min-h-11 cursor-pointer items-center font-semibold text-stone-900">
        {t("earlier", { count: returns.length })}
      </summary>
      <ul className="space-y-2 pb-3">
        {said.map((r) => (
          <li key={r.id}>{r.text}</li>
        ))}
      </ul>
    </details>
  );
}
