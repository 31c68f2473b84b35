"use client";

import { clsx } from "clsx";
import { Minus, Plus } from "lucide-react";
import { useState } from "react";
import { useTranslations } from "next-intl";

type Props = {
  value: number;
  /** Called with a whole number already clamped to min..max. */
  onChange: (next: number) => void;
  min?: number;
  max: number;
  /** The accessible name of the number field, e.g. "Quantity of Merino Wool Jumper". */
  label: string;
  disabled?: boolean;
  size?: "sm" | "md";
  /** Ids of text that explains the limits (e.g. "Only 2 available"). */
  describedBy?: string;
  className?: string;
};

/**
 * − [n] + with a typeable number field. Typing commits on blur or Enter, so a half-typed "1" of
 * "12" never reaches the server; the buttons commit at once.
 */
export function QuantityStepper({
  value,
  onChange,
  min = 1,
  max,
  label,
  disabled = false,
  size = "md",
  describedBy,
  className,
}: Props) {
  const t = useTranslations("common.stepper");
  // What is being typed; null when the field shows `value`.
  const [draft, setDraft] = useState<string | null>(null);
  const upper = Math.max(min, max);
  const atMin = disabled || value <= min;
  const atMax = disabled || value >= upper;

  function commit(next: number) {
    const clamped = Math.min(upper, Math.max(min, Math.round(next)));
    setDraft(null);
    if (clamped !== value) onChange(clamped);
  }

  function commitDraft() {
    if (draft === null) return;
    const typed = Number.parseInt(draft, 10);
    if (Number.isNaN(typed)) setDraft(null);
    else commit(typed);
  }

  const button = clsx(
    "inline-flex shrink-0 items-center justify-center rounded-full text-stone-700 transition-colors hover:bg-stone-100 hover:text-stone-950",
    "aria-disabled:cursor-not-allowed aria-disabled:text-stone-300 aria-disabled:hover:bg-transparent",
    size === "sm" ? "size-10" : "size-11",
  );

  return (
    <div
      role="group"
      aria-label={label}
      className={clsx(
        "inline-flex items-center rounded-full border border-stone-300 bg-white p-0.5",
        disabled && "opacity-60",
        className,
      )}
    >
      <button
        type="button"
        className={button}
        // aria-disabled rather than disabled: a button that disables itself under the pointer or
        // keyboard would drop focus to the page.
        onClick={() => !atMin && commit(value - 1)}
        aria-disabled={atMin}
        aria-label={t("decrease")}
      >
        <Minus aria-hidden="true" className="size-4" />
      </button>
      <input
        type="number"
        inputMode="numeric"
        min={min}
        max={upper}
        step={1}
        value={draft ?? String(value)}
        disabled={disabled}
        aria-label={label}
        aria-describedby={describedBy}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commitDraft}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            commitDraft();
          } else if (e.key === "Escape" && draft !== null) {
            setDraft(null);
          }
        }}
        onFocus={(e) => e.currentTarget.select()}
        className={clsx(
          "w-9 bg-transparent text-center text-[16px] font-medium text-stone-950 tabular-nums focus:outline-none focus-visible:rounded-md focus-visible:ring-2 focus-visible:ring-accent-700/50 sm:text-sm",
          size === "sm" ? "h-10" : "h-11",
        )}
      />
      <button
        type="button"
        className={button}
        onClick={() => !atMax && commit(value + 1)}
        aria-disabled={atMax}
        aria-label={t("increase")}
      >
        <Plus aria-hidden="true" className="size-4" />
      </button>
    </div>
  );
}
