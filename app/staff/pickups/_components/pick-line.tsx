"use client";

import { clsx } from "clsx";
import { Check, PackageX, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { formatMoney } from "@/lib/money";
import { FormAlert } from "@/ui/field";
import { QuantityStepper } from "@/ui/stepper";
import { Dialog } from "@/ui/dialog";
import type { RouterOutputs } from "@/app/_lib/types";
import { Button } from "@/ui/button";

export type PickingOrder = RouterOutputs["pickup"]["order"];
export type PickLine = PickingOrder["lines"][number];

/** One line as staff pick it: what to look for on the shelf, how many are confirmed, and the two taps. */
export function PickLineItem({
  line,
  open,
  busy,
  onPick,
  onMissing,
}: {
  line: PickLine;
  open: boolean;
  busy: boolean;
  onPick: () => void;
  onMissing: () => void;
}) {
  const t = useTranslations("staff.pickLine");
  const done = line.left === 0;
  const options = [line.colour, line.size].filter(Boolean).join(" · ");
  return (
    <li
      aria-label={line.name}
      className={clsx(
        "flex gap-4 rounded-3xl border bg-white p-4",
        done ? (line.missing ? "border-out/30" : "border-ok/40") : "border-stone-200",
      )}
    >
      <div className="size-20 shrink-0 overflow-hidden rounded-2xl bg-canvas">
        {/* Catalog photos are already sized; next/image adds nothing at 80px. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        {line.image ? <img src={line.image} alt="" width={80} height={100} className="size-full object-cover" /> : null}
      </div>
      <div className="min-w-0 flex-1">
        <p className="text-lg leading-snug font-semibold text-stone-950">{line.name}</p>
        {options ? <p className="text-base text-stone-700">{options}</p> : null}
        <p className="mt-1 font-mono text-sm text-stone-600">
          <span className="sr-only">{t("sku")} </span>
          {line.sku} <span className="text-stone-400">· {line.barcode}</span>
        </p>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm font-semibold">
          <span
            className={clsx(
              "rounded-full px-2.5 py-1 tabular-nums",
              done && !line.missing ? "bg-ok-bg text-ok" : "bg-stone-100 text-stone-800",
            )}
          >
            {t("picked", { picked: line.picked, quantity: line.quantity })}
          </span>
          {line.missing ? (
            <span className="rounded-full bg-out-bg px-2.5 py-1 text-out tabular-nums">
              {t("missingNotCharged", { count: line.missing })}
            </span>
          ) : null}
        </p>
      </div>
      {open && !done ? (
        <div className="flex shrink-0 flex-col justify-center gap-2">
          <Button size="lg" onClick={onPick} aria-disabled={busy} className="gap-1.5 px-4">
            <Plus aria-hidden="true" className="size-5" />
            {t("pickOne")}
            <span className="sr-only"> {line.name}</span>
          </Button>
          <Button variant="secondary" size="lg" onClick={onMissing} className="gap-1.5 px-4 text-out hover:border-out">
            <PackageX aria-hidden="true" className="size-5" />
            {t("missing")}
            <span className="sr-only"> {line.name}</span>
          </Button>
        </div>
      ) : done ? (
        <Check
          aria-label={t("done")}
          className={clsx("size-8 shrink-0 self-center", line.missing ? "text-out" : "text-ok")}
        />
      ) : null}
    </li>
  );
}

/**
 * How many of a line's unpicked units are not on the shelf. Says what follows before it happens:
 * not charged, stock corrected, customer told; or the order cancelled when nothing else is left.
 */
export function MissingDialog({
  line,
  cancelsOrder,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  line: PickLine | null;
  cancelsOrder: (units: number) => boolean;
  pending: boolean;
  error: string | null;
  onConfirm: (units: number, reason: string) => void;
  onClose: () => void;
}) {
  const t = useTranslations("staff.pickLine");
  return (
    <Dialog
      open={line !== null}
      onClose={onClose}
      title={line ? t("dialogTitle", { name: line.name }) : t("dialogTitlePlain")}
      description={line ? `${[line.colour, line.size].filter(Boolean).join(" · ")} · ${line.sku}` : null}
    >
      {line ? (
        <MissingForm
          key={line.id}
          line={line}
          cancelsOrder={cancelsOrder}
          pending={pending}
          error={error}
          onConfirm={onConfirm}
          onClose={onClose}
        />
      ) : null}
    </Dialog>
  );
}

function MissingForm({
  line,
  cancelsOrder,
  pending,
  error,
  onConfirm,
  onClose,
}: Omit<Parameters<typeof MissingDialog>[0], "line"> & { line: PickLine }) {
  const t = useTranslations("staff.pickLine");
  const [units, setUnits] = useState(line.left);
  const [reason, setReason] = useState("");
  const cancels = cancelsOrder(units);
  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={(e) => {
        e.preventDefault();
        if (!pending) onConfirm(units, reason);
      }}
    >
      {line.left > 1 ? (
        <div>
          <p className="text-base font-semibold text-stone-950">{t("howMany")}</p>
          <QuantityStepper
            value={units}
            min={1}
            max={line.left}
            onChange={setUnits}
            label={t("unitsLabel", { name: line.name })}
            className="mt-2"
          />
        </div>
      ) : null}
      <label className="block">
        <span className="text-base font-semibold text-stone-950">{t("note")}</span>
        <input
          value={reason}
          maxLength={300}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t("notePlaceholder")}
          className="mt-2 h-12 w-full rounded-2xl border-2 border-stone-300 px-4 text-base focus:border-stone-950 focus:outline-none"
        />
      </label>
      <p
        className={clsx(
          "rounded-2xl px-4 py-3 text-sm",
          cancels ? "bg-out-bg text-out" : "bg-stone-100 text-stone-800",
        )}
      >
        {cancels
          ? t("cancelsOrder")
          : t("notCharged", { units, price: formatMoney(line.unitPrice.amountMinor, line.unitPrice.currency) })}
      </p>
      {error ? <FormAlert>{error}</FormAlert> : null}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button variant="secondary" size="lg" onClick={onClose} className="px-6">
          {t("keepLooking")}
        </Button>
        <Button
          type="submit"
          variant="danger"
          size="lg"
          aria-disabled={pending}
          pending={pending}
          className={clsx("px-6", pending && "bg-stone-600")}
        >
          {cancels ? t("cancelOrder") : t("markMissing", { units })}
        </Button>
      </div>
    </form>
  );
}
