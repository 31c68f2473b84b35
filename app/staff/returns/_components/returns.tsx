"use client";

import { useQuery } from "@tanstack/react-query";
import { clsx } from "clsx";
import { Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { isOrderNumber } from "@/lib/order-number";
import type { ConsoleStore } from "@/server/domain/staff/console-store";
import { useTRPC } from "@/trpc/react";
import { Bone, LoadingStatus } from "@/ui/skeleton";
import { Button } from "@/ui/button";
import { FieldError } from "@/ui/field";
import { useFailureOf } from "@/app/staff/_lib/format";
import { ReturnForm, type ReturnReceiptData } from "./return-form";
import { ReturnReceipt } from "./return-receipt";

/**
 * Returns at the counter: find the order (typed, scanned, or from ?order=), choose what comes
 * back and why, refund it the way it was paid, and show a receipt.
 */
export function Returns({ initialOrder, store }: { initialOrder: string; store: ConsoleStore }) {
  const trpc = useTRPC();
  const router = useRouter();
  const t = useTranslations("staff.returns");
  const failureOf = useFailureOf();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState(initialOrder);
  const [looking, setLooking] = useState(isOrderNumber(initialOrder) ? initialOrder.toUpperCase() : "");
  const [inputError, setInputError] = useState<string | null>(
    initialOrder && !isOrderNumber(initialOrder) ? t("numberHint") : null,
  );
  const [receipt, setReceipt] = useState<ReturnReceiptData | null>(null);
  const lookup = useQuery(
    trpc.returns.lookup.queryOptions({ orderNumber: looking }, { enabled: looking !== "", retry: false }),
  );

  function find(event: React.FormEvent) {
    event.preventDefault();
    const number = typed.trim().toUpperCase();
    if (!isOrderNumber(number)) {
      setInputError(number ? t("numberHint") : t("enterNumber"));
      return inputRef.current?.focus();
    }
    setInputError(null);
    setReceipt(null);
    setLooking(number);
    // The address names the order, so a reload or a colleague's link opens it again.
    router.replace(`/staff/returns?order=${encodeURIComponent(number)}`, { scroll: false });
  }

  function startOver() {
    setReceipt(null);
    setLooking("");
    setTyped("");
    router.replace("/staff/returns", { scroll: false });
    requestAnimationFrame(() => inputRef.current?.focus());
  }

  const errorId = inputError ? `${id}-error` : undefined;
  return (
    <div className="mx-auto max-w-5xl">
      <form
        noValidate
        onSubmit={find}
        role="search"
        aria-label={t("searchLabel")}
        className="rounded-3xl border border-stone-200 bg-white p-5 sm:p-6"
      >
        <label htmlFor={`${id}-order`} className="block text-lg font-semibold text-stone-950">
          {t("number")}
        </label>
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-stone-600">
          {t("numberHelp")}
        </p>
        <div className="mt-3 flex gap-3">
          <input
            ref={inputRef}
            id={`${id}-order`}
            name="order"
            value={typed}
            autoFocus={!initialOrder}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            enterKeyHint="search"
            maxLength={20}
            onChange={(e) => {
              setTyped(e.target.value);
              if (inputError) setInputError(null);
            }}
            aria-invalid={inputError ? true : undefined}
            aria-describedby={[errorId, `${id}-hint`].filter(Boolean).join(" ")}
            className={clsx(
              "h-14 min-w-0 flex-1 rounded-2xl border-2 bg-white px-4 font-mono text-xl font-semibold tracking-wide text-stone-950 uppercase placeholder:font-sans placeholder:text-base placeholder:font-normal placeholder:tracking-normal placeholder:normal-case focus:outline-none focus-visible:ring-4",
              inputError
                ? "border-out focus-visible:ring-out/25"
                : "border-stone-300 focus:border-stone-950 focus-visible:ring-accent-700/25",
            )}
            placeholder={t("numberPlaceholder")}
          />
          <Button type="submit" size="lg" className="min-h-14 shrink-0">
            <Search aria-hidden="true" className="size-5" />
            {t("find")}
          </Button>
        </div>
        {inputError ? <FieldError id={errorId}>{inputError}</FieldError> : null}
      </form>

      <div className="mt-5" aria-live="polite">
        {receipt ? (
          <ReturnReceipt
            receipt={receipt}
            timeZone={store.timezone}
            onNewReturn={startOver}
            onBackToOrder={() => setReceipt(null)}
          />
        ) : !looking ? (
          <p className="rounded-3xl border border-dashed border-stone-300 bg-white/60 px-6 py-12 text-center text-lg text-stone-600">
            {t("intro", { store: store.name })}
          </p>
        ) : lookup.isPending ? (
          <LookupSkeleton />
        ) : lookup.isError ? (
          <div role="alert" className="rounded-3xl border border-stone-200 bg-white p-8 text-center">
            <h2 className="text-xl font-semibold text-stone-950">
              {failureOf(lookup.error).code === "NOT_FOUND" ? t("noSuchOrder") : t("didNotLoad")}
            </h2>
            <p className="mt-2 text-stone-600">{failureOf(lookup.error).message}</p>
            {failureOf(lookup.error).code === "NOT_FOUND" ? null : (
              <Button size="lg" onClick={() => void lookup.refetch()} className="mt-6">
                {t("retry")}
              </Button>
            )}
          </div>
        ) : (
          <ReturnForm
            key={`${lookup.data.number}:${lookup.data.returns.length}`}
            order={lookup.data}
            store={store}
            onReturned={setReceipt}
          />
        )}
      </div>
    </div>
  );
}

function LookupSkeleton() {
  const t = useTranslations("staff.returns");
  return (
    <div className="rounded-3xl border border-stone-200 bg-white p-6">
      <LoadingStatus label={t("looking")} />
      <Bone className="h-8 w-48" />
      <Bone className="mt-3 h-4 w-72" />
      {[0, 1].map((i) => (
        <div key={i} className="mt-6 flex items-center justify-between">
          <div>
            <Bone className="h-5 w-56" />
            <Bone className="mt-2 h-4 w-40" />
          </div>
          <Bone className="h-12 w-36 rounded-full" />
        </div>
      ))}
    </div>
  );
}
