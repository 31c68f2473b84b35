"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/trpc/react";
import { Button } from "@/ui/button";
import { FieldError, FormAlert } from "@/ui/field";
import { Spinner } from "@/ui/spinner";
import { Dialog } from "@/ui/dialog";
import { LabelWithHint, ReasonField } from "@/app/staff/_components/reason-field";
import { useFailureOf, useStaffWords } from "@/app/staff/_lib/format";
import type { RouterOutputs } from "@/app/_lib/types";

export type StockItem = RouterOutputs["inventory"]["levels"]["items"][number];

/** One tap each (staff.stockChange.reasons). */
const RECEIVE_REASONS = ["warehouse", "transfer"] as const;
const COUNT_REASONS = ["shelfCount", "damaged", "lost", "found"] as const;

function itemName(item: StockItem) {
  return [item.name, item.colour, item.size].filter(Boolean).join(" ");
}

function Figures({ item }: { item: StockItem }) {
  const t = useTranslations("staff.stockChange");
  return (
    <>
      <span className="font-mono">{item.sku}</span> ·{" "}
      {t("figures", { onHand: item.onHand, reserved: item.reserved, available: item.available })}
    </>
  );
}

/** A whole number field with its error: tablet number pad, big digits. */
function CountInput({
  id,
  label,
  hint,
  value,
  error,
  onChange,
  inputRef,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  error?: string;
  onChange: (v: string) => void;
  inputRef: React.Ref<HTMLInputElement>;
}) {
  return (
    <div>
      <LabelWithHint id={id} label={label} hint={hint} />
      <input
        ref={inputRef}
        id={id}
        data-autofocus
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value.replace(/\D/g, "").slice(0, 6))}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(" ")}
        className={clsx(
          "mt-3 h-16 w-40 rounded-2xl border-2 bg-white px-4 text-3xl font-semibold text-stone-950 tabular-nums focus:outline-none focus-visible:ring-4",
          error
            ? "border-out focus-visible:ring-out/25"
            : "border-stone-300 focus:border-stone-950 focus-visible:ring-accent-700/25",
        )}
      />
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
    </div>
  );
}

type Errors = { quantity?: string; reason?: string; form?: string };

/** One form for both changes: a delivery adds units, a count sets the figure. */
function StockChangeForm({
  item,
  kind,
  onClose,
}: {
  item: StockItem;
  kind: "receive" | "correct";
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useTranslations("staff.stockChange");
  const failureOf = useFailureOf();
  const id = useId();
  const quantityRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [quantity, setQuantity] = useState(kind === "correct" ? String(item.onHand) : "");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const receiving = kind === "receive";

  const done = () => {
    void queryClient.invalidateQueries(trpc.inventory.pathFilter());
    onClose();
  };
  const failed = (err: unknown) => {
    const f = failureOf(err);
    const field = f.fieldErrors;
    if (f.code === "BELOW_RESERVED" || field?.countedOnHand || field?.["lines.0.quantity"]) {
      setErrors({ quantity: field?.countedOnHand?.[0] ?? field?.["lines.0.quantity"]?.[0] ?? f.message });
      return quantityRef.current?.focus();
    }
    if (field?.reason) {
      setErrors({ reason: field.reason[0] ?? f.message });
      return reasonRef.current?.focus();
    }
    setErrors({ form: f.message });
  };
  const receive = useMutation(
    trpc.inventory.receive.mutationOptions({
      onSuccess: (r) => {
        toast.success(t("received", { quantity, item: itemName(item) }), {
          description: t("nowOnHand", { onHand: r.items[0]?.onHand ?? "?" }),
        });
        done();
      },
    }),
  );
  const correct = useMutation(
    trpc.inventory.correct.mutationOptions({
      onSuccess: (r) => {
        toast.success(t("countSaved", { item: itemName(item) }), {
          description:
            r.delta === 0
              ? t("figureRight")
              : t("beforeAfter", { before: r.before, after: r.after, delta: `${r.delta > 0 ? "+" : ""}${r.delta}` }),
        });
        done();
      },
    }),
  );
  const pending = receive.isPending || correct.isPending;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    const n = Number(quantity);
    const next: Errors = {};
    if (quantity === "") next.quantity = receiving ? t("enterReceived") : t("enterCounted");
    else if (receiving && n < 1) next.quantity = t("atLeastOne");
    else if (!receiving && n < item.reserved) next.quantity = t("belowReserved", { reserved: item.reserved });
    if (reason.trim().length < 3) next.reason = receiving ? t("sayWhere") : t("sayWhy");
    setErrors(next);
    if (next.quantity) return quantityRef.current?.focus();
    if (next.reason) return reasonRef.current?.focus();
    if (receiving)
      receive.mutate(
        { lines: [{ variantId: item.variantId, quantity: n }], reason: reason.trim() },
        { onError: failed },
      );
    else correct.mutate({ variantId: item.variantId, countedOnHand: n, reason: reason.trim() }, { onError: failed });
  }

  const delta = quantity === "" ? null : Number(quantity) - item.onHand;
  return (
    <form noValidate onSubmit={submit} className="space-y-6">
      <CountInput
        id={`${id}-quantity`}
        label={receiving ? t("unitsReceived") : t("unitsCounted")}
        hint={receiving ? t("receivedHint") : t("countedHint", { reserved: item.reserved })}
        value={quantity}
        error={errors.quantity}
        inputRef={quantityRef}
        onChange={(v) => {
          setQuantity(v);
          if (errors.quantity) setErrors((e) => ({ ...e, quantity: undefined }));
        }}
      />
      {!receiving && delta !== null && !errors.quantity ? (
        <p className="-mt-3 text-sm text-stone-700" aria-live="polite">
          {delta === 0 ? t("same") : t("against", { delta: `${delta > 0 ? "+" : ""}${delta}`, onHand: item.onHand })}
        </p>
      ) : null}
      <ReasonField
        id={`${id}-reason`}
        label={receiving ? t("noteOrReason") : t("reason")}
        hint={t("reasonHint")}
        presets={(receiving ? RECEIVE_REASONS : COUNT_REASONS).map((key) => t(`reasons.${key}`))}
        value={reason}
        error={errors.reason ?? null}
        textareaRef={reasonRef}
        onChange={(v) => {
          setReason(v);
          if (errors.reason) setErrors((e) => ({ ...e, reason: undefined }));
        }}
      />
      <div aria-live="assertive" className="empty:hidden">
        {errors.form ? <FormAlert>{errors.form}</FormAlert> : null}
      </div>
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button variant="secondary" size="lg" onClick={onClose} className="bg-white px-6">
          {t("cancel")}
        </Button>
        <Button type="submit" size="lg" aria-disabled={pending} pending={pending}>
          {pending ? <Spinner /> : null}
          {receiving ? t("receive") : t("save")}
        </Button>
      </div>
    </form>
  );
}

export function ReceiveDialog({ item, onClose }: { item: StockItem | null; onClose: () => void }) {
  const t = useTranslations("staff.stockChange");
  return (
    <Dialog
      open={item !== null}
      onClose={onClose}
      title={item ? t("receiveTitle", { item: itemName(item) }) : t("receive")}
      description={item ? <Figures item={item} /> : null}
    >
      {item ? <StockChangeForm key={item.variantId} item={item} kind="receive" onClose={onClose} /> : null}
    </Dialog>
  );
}

export function CorrectCountDialog({ item, onClose }: { item: StockItem | null; onClose: () => void }) {
  const t = useTranslations("staff.stockChange");
  return (
    <Dialog
      open={item !== null}
      onClose={onClose}
      title={item ? t("correctTitle", { item: itemName(item) }) : t("correctTitlePlain")}
      description={item ? <Figures item={item} /> : null}
    >
      {item ? <StockChangeForm key={item.variantId} item={item} kind="correct" onClose={onClose} /> : null}
    </Dialog>
  );
}

export function HistoryDialog({
  item,
  timeZone,
  onClose,
}: {
  item: StockItem | null;
  timeZone: string;
  onClose: () => void;
}) {
  const t = useTranslations("staff.stockChange");
  return (
    <Dialog
      open={item !== null}
      onClose={onClose}
      title={item ? t("historyTitle", { item: itemName(item) }) : t("historyTitlePlain")}
      description={item ? <Figures item={item} /> : null}
    >
      {item ? <Movements key={item.variantId} variantId={item.variantId} timeZone={timeZone} /> : null}
    </Dialog>
  );
}

/** A change's sign, the minus a true minus sign. */
const SIGN: Record<number, string> = { 1: "+", [-1]: "\u2212", 0: "±" };

function Movements({ variantId, timeZone }: { variantId: string; timeZone: string }) {
  const trpc = useTRPC();
  const t = useTranslations("staff.stockChange");
  const words = useStaffWords();
  const failureOf = useFailureOf();
  const history = useQuery(trpc.inventory.history.queryOptions({ variantId }));
  if (history.isPending)
    return (
      <p role="status" className="text-stone-600">
        {t("loadingHistory")}
      </p>
    );
  if (history.isError) return <FormAlert>{failureOf(history.error).message}</FormAlert>;
  const { movements } = history.data;
  if (!movements.length) return <p className="rounded-2xl bg-stone-100 px-4 py-3 text-stone-700">{t("noHistory")}</p>;
  return (
    <ol className="divide-y divide-stone-200" aria-label={t("changes")}>
      {movements.map((m) => (
        <li key={m.id} className="flex items-start justify-between gap-4 py-3">
          <div className="min-w-0">
            <p className="font-semibold text-stone-950">
              {t(`kind.${m.kind}`)}
              {m.orderNumber ? <span className="font-mono font-normal text-stone-600"> · {m.orderNumber}</span> : null}
            </p>
            <p className="text-sm break-words text-stone-700">{m.reason}</p>
            <p className="text-xs text-stone-500">
              {words.dayAndTime(m.at, timeZone, true)}
              {m.by ? ` · ${m.by}` : ""}
            </p>
          </div>
          <div className="shrink-0 text-right">
            <p
              className={clsx(
                "text-lg font-semibold tabular-nums",
                m.delta > 0 ? "text-ok" : m.delta < 0 ? "text-out" : "text-stone-600",
              )}
            >
              {SIGN[Math.sign(m.delta)]}
              {Math.abs(m.delta)}
            </p>
            <p className="text-xs text-stone-500 tabular-nums">{t("after", { onHand: m.onHandAfter })}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
