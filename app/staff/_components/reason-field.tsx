"use client";

import { clsx } from "clsx";
import { FieldError } from "@/ui/field";

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

/** A console field's label and the hint under it (`${id}-hint`, for the field's aria-describedby). */
export function LabelWithHint({ id, label, hint }: { id: string; label: string; hint: string }) {
  return (
    <>
      <label htmlFor={id} className="block text-base font-semibold text-stone-950">
        {label}
      </label>
      <p id={`${id}-hint`} className="mt-0.5 text-sm text-stone-600">
        {hint}
      </p>
    </>
  );
}

/** The reasons staff give most often, one tap each, and the text they can still edit or write. */
export function ReasonField({
  id,
  label,
  hint,
  presets,
  value,
  error,
  onChange,
  autoFocusPreset,
  textareaRef,
  maxLength = 200,
}: ReasonProps) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div>
      <LabelWithHint id={id} label={label} hint={hint} />
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
              value === r
                ? "border-stone-950 bg-stone-950 text-white"
                : "border-stone-300 bg-white text-stone-800 hover:border-stone-500",
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
          error
            ? "border-out focus-visible:ring-out/25"
            : "border-stone-300 focus:border-stone-950 focus-visible:ring-accent-700/25",
        )}
      />
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </div>
  );
}
