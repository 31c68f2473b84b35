"use client";

import { clsx } from "clsx";
import { CircleAlert } from "lucide-react";

/** An inline error under a field, tied to it by `id` (aria-describedby). */
export function FieldError({ id, children }: { id: string | undefined; children: React.ReactNode }) {
  return (
    <p id={id} className="mt-2 flex items-start gap-1.5 text-sm font-medium text-out">
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      {children}
    </p>
  );
}

export const primaryButton =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-full bg-stone-950 px-7 text-base font-semibold text-white transition-colors hover:bg-stone-800 aria-disabled:cursor-wait aria-disabled:bg-stone-700";
export const secondaryButton =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-full border border-stone-300 bg-white px-6 text-base font-semibold text-stone-900 transition-colors hover:border-stone-950";

export function Spinner() {
  return <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-white/30 border-t-white" />;
}

type ReasonProps = {
  id: string;
  label: string;
  hint: string;
  presets: readonly string[];
  value: string;
  error: string | null;
  onChange: (value: string) => void;
  /** Focus the first preset when the form opens (on a tablet a focused field opens the keyboard over the choices). */
  autoFocusPreset?: boolean;
  textareaRef?: React.Ref<HTMLTextAreaElement>;
  maxLength?: number;
};

/** The reasons staff give most often, one tap each, and the text they can still edit or write. */
export function ReasonField({ id, label, hint, presets, value, error, onChange, autoFocusPreset, textareaRef, maxLength = 200 }: ReasonProps) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-base font-semibold text-stone-950">
        {label}
      </label>
      <p id={`${id}-hint`} className="mt-0.5 text-sm text-stone-600">
        {hint}
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        {presets.map((r, i) => (
          <button
            key={r}
            type="button"
            data-autofocus={autoFocusPreset && i === 0 ? true : undefined}
            onClick={() => onChange(r)}
            aria-pressed={value === r}
            className={clsx(
              "inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-medium transition-colors",
              value === r ? "border-stone-950 bg-stone-950 text-white" : "border-stone-300 bg-white text-stone-800 hover:border-stone-500",
            )}
          >
            {r}
          </button>
        ))}
      </div>
      <textarea
        ref={textareaRef}
        id={id}
        rows={2}
        maxLength={maxLength}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[errorId, `${id}-hint`].filter(Boolean).join(" ")}
        className={clsx(
          "mt-3 w-full rounded-2xl border bg-white px-4 py-3 text-[16px] text-stone-950 focus:outline-none focus-visible:ring-4",
          error ? "border-out focus-visible:ring-out/25" : "border-stone-300 focus:border-stone-950 focus-visible:ring-accent-700/25",
        )}
      />
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </div>
  );
}
