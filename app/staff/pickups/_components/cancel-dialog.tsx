"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { clsx } from "clsx";
import { CircleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/trpc/react";
import { Dialog } from "@/ui/dialog";
import { GoneNotice } from "@/app/staff/_components/gone-notice";
import { useFailureOf, type QueueOrder } from "@/app/staff/_lib/format";
import { Button } from "@/ui/button";
import { Spinner } from "@/ui/spinner";

/** Reasons staff give most often (staff.cancel.reasons): one tap fills the field, which they can still edit. */
const COMMON_REASONS = ["customerAsked", "damagedOrMissing", "notCollected"] as const;

/** Cancel an order that will not be collected, saying why; its items go back on sale. */
export function CancelDialog({
  order,
  gone,
  onClose,
}: {
  order: QueueOrder | null;
  gone: boolean;
  onClose: () => void;
}) {
  const t = useTranslations("staff.cancel");
  return (
    <Dialog
      open={order !== null}
      onClose={onClose}
      title={order ? t("title", { number: order.orderNumber }) : t("titlePlain")}
      description={
        order ? (
          <>
            {t("backOnSale", { name: order.contactName, count: order.itemCount })}
            {order.paymentMethod === "card" && order.paymentStatus === "authorized" ? ` ${t("released")}` : null}
          </>
        ) : null
      }
    >
      {order === null ? null : gone ? (
        <GoneNotice orderNumber={order.orderNumber} onClose={onClose} />
      ) : (
        <CancelForm key={order.orderNumber} order={order} onClose={onClose} />
      )}
    </Dialog>
  );
}

function CancelForm({ order, onClose }: { order: QueueOrder; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useTranslations("staff.cancel");
  const failureOf = useFailureOf();
  const id = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const queueKey = trpc.pickup.queue.queryKey();

  const cancel = useMutation(
    trpc.pickup.cancel.mutationOptions({
      onSuccess: ({ orderNumber }) => {
        queryClient.setQueryData(queueKey, (queue) => queue?.filter((o) => o.orderNumber !== orderNumber));
        void queryClient.invalidateQueries({ queryKey: queueKey });
        toast.success(t("cancelled", { number: orderNumber }));
        onClose();
      },
    }),
  );

  function onFailed(err: unknown) {
    const failure = failureOf(err);
    if (failure.fieldErrors?.reason) {
      setError(failure.fieldErrors.reason[0] ?? failure.message);
      reasonRef.current?.focus();
      return;
    }
    // Collected or cancelled meanwhile: say so and let the queue catch up.
    toast.error(t("failed", { number: order.orderNumber }), { description: failure.message });
    void queryClient.invalidateQueries({ queryKey: queueKey });
    onClose();
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (cancel.isPending) return;
    const text = reason.trim();
    if (text.length < 3) {
      setError(t("sayWhy"));
      return reasonRef.current?.focus();
    }
    cancel.mutate({ orderNumber: order.orderNumber, reason: text }, { onError: onFailed });
  }

  const errorId = error ? `${id}-error` : undefined;

  return (
    <form noValidate onSubmit={submit} className="space-y-5">
      <div>
        <label htmlFor={`${id}-reason`} className="block text-base font-semibold text-stone-950">
          {t("reason")}
        </label>
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-stone-600">
          {t("reasonHint")}
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          {COMMON_REASONS.map((key) => t(`reasons.${key}`)).map((r, i) => (
            <button
              key={r}
              type="button"
              // The first reason, not the field: on a tablet a focused field opens the keyboard over the choices.
              data-autofocus={i === 0 ? true : undefined}
              onClick={() => {
                setReason(r);
                setError(null);
              }}
              aria-pressed={reason === r}
              className={clsx(
                "inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-medium transition-colors",
                reason === r
                  ? "border-stone-950 bg-stone-950 text-white"
                  : "border-stone-300 text-stone-800 hover:border-stone-500",
              )}
            >
              {r}
            </button>
          ))}
        </div>
        <textarea
          ref={reasonRef}
          id={`${id}-reason`}
          name="reason"
          rows={3}
          maxLength={300}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            if (error) setError(null);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={[errorId, `${id}-hint`].filter(Boolean).join(" ")}
          className={clsx(
            "mt-3 w-full rounded-2xl border bg-white px-4 py-3 text-[16px] text-stone-950 focus:outline-none focus-visible:ring-4",
            error
              ? "border-out focus-visible:ring-out/25"
              : "border-stone-300 focus:border-stone-950 focus-visible:ring-accent-700/25",
          )}
        />
        {error ? (
          <p id={errorId} className="mt-1.5 flex items-start gap-1.5 text-sm font-medium text-out">
            <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            {error}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button variant="secondary" size="lg" onClick={onClose} className="px-6">
          {t("keep")}
        </Button>
        <Button type="submit" variant="danger" size="lg" aria-disabled={cancel.isPending} pending={cancel.isPending}>
          {cancel.isPending ? (
            <>
              <Spinner />
              {t("cancelling")}
            </>
          ) : (
            t("confirm")
          )}
        </Button>
      </div>
    </form>
  );
}
