"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { clsx } from "clsx";
import { Banknote, CreditCard, PackageCheck, QrCode } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/trpc/react";
import { CameraScan, parsePickupQr } from "@/app/staff/_components/scanner";
import { FieldError, FormAlert } from "@/ui/field";
import { Dialog } from "@/ui/dialog";
import { GoneNotice } from "@/app/staff/_components/gone-notice";
import { paysAtCounter, useFailureOf, useStaffWords, type QueueOrder } from "@/app/staff/_lib/format";
import { Button, buttonClasses } from "@/ui/button";
import { Spinner } from "@/ui/spinner";

type PaidWith = "card" | "cash";

/** The ways to pay at the counter, each named by staff.handover.<way>. */
const PAID_WITH = [
  ["card", CreditCard],
  ["cash", Banknote],
] as const;

/** Hand a ready order to its customer: their 6-digit code, and for "pay at pickup" how they paid. */
export function HandoverDialog({
  order,
  gone,
  onClose,
}: {
  order: QueueOrder | null;
  gone: boolean;
  onClose: () => void;
}) {
  const t = useTranslations("staff.handover");
  const words = useStaffWords();
  return (
    <Dialog
      open={order !== null}
      onClose={onClose}
      title={order ? t("title", { number: order.orderNumber }) : t("titlePlain")}
      description={
        order ? (
          <>
            {order.contactName} · {words.t("items", { count: order.itemCount })} · {words.payment(order)}
          </>
        ) : null
      }
    >
      {/* Keyed by order, so a new handover starts with an empty code. */}
      {order === null ? null : gone ? (
        <GoneNotice orderNumber={order.orderNumber} onClose={onClose} />
      ) : (
        <HandoverForm key={order.orderNumber} order={order} onClose={onClose} />
      )}
    </Dialog>
  );
}

/** `wait` is the server's "too many wrong codes" message, shown while its wait lasts. */
type Errors = { code?: string; paidWith?: string; form?: string; wait?: string };

function HandoverForm({ order, onClose }: { order: QueueOrder; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useTranslations("staff.handover");
  const failureOf = useFailureOf();
  const id = useId();
  const codeRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState("");
  const [paidWith, setPaidWith] = useState<PaidWith | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [wait, startWait] = useCountdown();
  const [scanning, setScanning] = useState(false);
  const counter = paysAtCounter(order);
  const queueKey = trpc.pickup.queue.queryKey();

  const handover = useMutation(
    trpc.pickup.handover.mutationOptions({
      onSuccess: ({ orderNumber }) => {
        // The card leaves at once; the refetch (and the live event) confirm it.
        queryClient.setQueryData(queueKey, (queue) => queue?.filter((o) => o.orderNumber !== orderNumber));
        void queryClient.invalidateQueries({ queryKey: queueKey });
        toast.success(t("collected", { number: orderNumber }), {
          description: counter ? (paidWith === "cash" ? t("paidCash") : t("paidCard")) : undefined,
        });
        onClose();
      },
    }),
  );

  function onFailed(err: unknown) {
    const failure = failureOf(err);
    switch (failure.code) {
      case "INVALID_PICKUP_CODE":
        setErrors({ code: failure.message });
        codeRef.current?.select();
        break;
      case "INVALID_INPUT":
        setErrors({ paidWith: failure.message });
        break;
      case "TOO_MANY_ATTEMPTS":
      case "TOO_MANY_REQUESTS":
        setErrors({ wait: failure.message });
        startWait(failure.retryAfterSeconds ?? 1);
        break;
      case "BAD_REQUEST":
        setErrors(
          failure.fieldErrors?.pickupCode ? { code: failure.fieldErrors.pickupCode[0] } : { form: failure.message },
        );
        break;
      default:
        // Not ready any more, cancelled, or another store's: the queue is out of date.
        setErrors({ form: failure.message });
        void queryClient.invalidateQueries({ queryKey: queueKey });
    }
  }

  /** The customer's QR code carries the order number and code: the code fills in, another order's is refused. */
  function onScanned(text: string) {
    const scanned = parsePickupQr(text);
    if (!scanned) return setErrors({ code: t("notPickupQr") });
    if (scanned.orderNumber && scanned.orderNumber !== order.orderNumber) {
      return setErrors({ code: t("otherOrderQr", { scanned: scanned.orderNumber, number: order.orderNumber }) });
    }
    setScanning(false);
    setCode(scanned.code);
    setErrors({});
    codeRef.current?.focus();
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (handover.isPending || wait > 0) return;
    const next: Errors = {};
    if (!/^\d{6}$/.test(code)) next.code = code ? t("sixDigits") : t("enterCode");
    if (counter && !paidWith) next.paidWith = t("takePaymentFirst");
    setErrors(next);
    if (next.code) return codeRef.current?.focus();
    if (next.paidWith) return;
    handover.mutate(
      { orderNumber: order.orderNumber, pickupCode: code, ...(counter && paidWith ? { paidWith } : {}) },
      { onError: onFailed },
    );
  }

  const codeError = errors.code ? `${id}-code-error` : undefined;
  const paidError = errors.paidWith ? `${id}-paid-error` : undefined;

  return (
    <form noValidate onSubmit={submit} className="space-y-6">
      <div>
        <div className="flex items-start justify-between gap-3">
          <div>
            <label htmlFor={`${id}-code`} className="block text-base font-semibold text-stone-950">
              {t("code")}
            </label>
            <p id={`${id}-code-hint`} className="mt-0.5 text-sm text-stone-600">
              {t("codeHint")}
            </p>
          </div>
          <button
            type="button"
            aria-pressed={scanning}
            onClick={() => setScanning((on) => !on)}
            className={buttonClasses({ variant: "secondary", size: "lg", className: "shrink-0 px-4" })}
          >
            <QrCode aria-hidden="true" className="size-5" />
            {scanning ? t("stopScanning") : t("scanQr")}
          </button>
        </div>
        {scanning ? <CameraScan kind="qr" onCode={onScanned} /> : null}
        <input
          ref={codeRef}
          id={`${id}-code`}
          data-autofocus
          name="pickupCode"
          inputMode="numeric"
          pattern="[0-9]*"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="done"
          value={code}
          // Digits only: "123 456" read aloud and typed with its space still works.
          onChange={(e) => {
            setCode(e.target.value.replace(/\D/g, "").slice(0, 6));
            if (errors.code) setErrors((current) => ({ ...current, code: undefined }));
          }}
          aria-invalid={errors.code ? true : undefined}
          aria-describedby={[codeError, `${id}-code-hint`].filter(Boolean).join(" ")}
          className={clsx(
            "mt-3 h-20 w-full rounded-2xl border-2 bg-white pl-[0.35em] text-center font-mono text-5xl font-semibold tracking-[0.35em] text-stone-950 tabular-nums focus:outline-none focus-visible:ring-4",
            errors.code
              ? "border-out focus-visible:ring-out/25"
              : "border-stone-300 focus:border-stone-950 focus-visible:ring-accent-700/25",
          )}
        />
        {errors.code ? <FieldError id={codeError}>{errors.code}</FieldError> : null}
      </div>

      {counter ? (
        <fieldset aria-describedby={paidError}>
          <legend className="text-base font-semibold text-stone-950">{t("takePayment")}</legend>
          <p className="mt-0.5 text-sm text-stone-600">{t("howPaid")}</p>
          <div className="mt-3 grid grid-cols-2 gap-3">
            {PAID_WITH.map(([value, Icon]) => (
              <label
                key={value}
                className={clsx(
                  "flex min-h-16 cursor-pointer items-center justify-center gap-2.5 rounded-2xl border-2 text-lg font-semibold transition-colors has-[:focus-visible]:ring-4 has-[:focus-visible]:ring-accent-700/25",
                  paidWith === value
                    ? "border-stone-950 bg-stone-950 text-white"
                    : "border-stone-300 bg-white text-stone-900 hover:border-stone-500",
                )}
              >
                <input
                  type="radio"
                  name="paidWith"
                  value={value}
                  checked={paidWith === value}
                  onChange={() => {
                    setPaidWith(value);
                    setErrors((current) => ({ ...current, paidWith: undefined }));
                  }}
                  className="sr-only"
                />
                <Icon aria-hidden="true" className="size-6" />
                {t(value)}
              </label>
            ))}
          </div>
          {errors.paidWith ? <FieldError id={paidError}>{errors.paidWith}</FieldError> : null}
        </fieldset>
      ) : order.paymentStatus === "authorized" ? (
        <p className="flex items-start gap-2.5 rounded-2xl bg-stone-100 px-4 py-3 text-sm text-stone-700">
          <CreditCard aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {t("captured")}
        </p>
      ) : null}

      <div aria-live="assertive">
        {errors.form ? (
          <FormAlert>{errors.form}</FormAlert>
        ) : errors.wait && wait > 0 ? (
          <FormAlert>{errors.wait}</FormAlert>
        ) : null}
      </div>

      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button variant="secondary" size="lg" onClick={onClose} className="px-6">
          {t("notNow")}
        </Button>
        <Button
          type="submit"
          size="lg"
          variant={wait > 0 && !handover.isPending ? null : "primary"}
          pending={handover.isPending}
          aria-disabled={handover.isPending || wait > 0}
          className={clsx(wait > 0 && !handover.isPending && "cursor-not-allowed bg-stone-400 text-white")}
        >
          {handover.isPending ? (
            <>
              <Spinner />
              {t("checking")}
            </>
          ) : wait > 0 ? (
            t("tryAgainIn", { seconds: wait })
          ) : (
            <>
              <PackageCheck aria-hidden="true" className="size-5" />
              {t("handOver")}
            </>
          )}
        </Button>
      </div>
    </form>
  );
}

/** Whole seconds left of a wait the server asked for, counting down to 0; and a way to start one. */
function useCountdown(): [number, (seconds: number) => void] {
  const [wait, setWait] = useState<{ until: number; now: number } | null>(null);
  useEffect(() => {
    if (!wait || wait.now >= wait.until) return;
    const timer = setTimeout(() => setWait((w) => w && { ...w, now: Date.now() }), 250);
    return () => clearTimeout(timer);
  }, [wait]);
  const start = useCallback((seconds: number) => {
    const now = Date.now();
    setWait({ until: now + seconds * 1000, now });
  }, []);
  return [wait ? Math.max(0, Math.ceil((wait.until - wait.now) / 1000)) : 0, start];
}
