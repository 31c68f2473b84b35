import { clsx } from "clsx";
import { CircleAlert } from "lucide-react";

type Props = Omit<React.ComponentProps<"input">, "id"> & {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  /** Something to put inside the field's right edge (e.g. a show-password button). */
  trailing?: React.ReactNode;
};

/** A labelled input with its hint and inline error wired up for assistive tech. */
export function FormField({ id, label, hint, error, trailing, className, ...input }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-900">
        {label}
      </label>
      <div className="relative mt-1.5">
        <input
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={[errorId, hintId].filter(Boolean).join(" ") || undefined}
          className={clsx(
            "h-12 w-full rounded-xl border bg-white px-3.5 text-[16px] text-stone-950 transition-colors placeholder:text-stone-400 focus:outline-none focus-visible:ring-2 sm:text-sm",
            trailing && "pr-20",
            error
              ? "border-out focus-visible:ring-out/40"
              : "border-stone-300 hover:border-stone-400 focus:border-stone-500 focus-visible:ring-accent-700/50",
          )}
          {...input}
        />
        {trailing ? <div className="absolute inset-y-0 right-1 flex items-center">{trailing}</div> : null}
      </div>
      {error ? (
        <FieldError id={errorId} className="mt-1.5">
          {error}
        </FieldError>
      ) : hint ? (
        <p id={hintId} className="mt-1.5 text-sm text-stone-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/**
 * An inline error under a field, tied to it by `id` (aria-describedby). The default is the
 * console's, a little bolder and looser for a tablet read at arm's length.
 */
export function FieldError({
  id,
  children,
  className = "mt-2 font-medium",
}: {
  id: string | undefined;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <p id={id} className={clsx("flex items-start gap-1.5 text-sm text-out", className)}>
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      {children}
    </p>
  );
}

export function FormAlert({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex items-start gap-2.5 rounded-xl border border-out/20 bg-out-bg px-4 py-3 text-sm text-out">
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <div>{children}</div>
    </div>
  );
}
