import { clsx } from "clsx";

type Props = Omit<React.ComponentProps<"input">, "type" | "role"> & { label: React.ReactNode; hint?: React.ReactNode };

/**
 * An on/off setting: a real checkbox (so forms, keyboards and screen readers know it) announced as
 * a switch, with its label and an optional line under it. Disabled and checked: always on.
 */
export function Switch({ label, hint, id, className, ...input }: Props) {
  const hintId = hint && id ? `${id}-hint` : undefined;
  return (
    <div className={clsx("flex items-start justify-between gap-4", className)}>
      <div className="min-w-0">
        <label htmlFor={id} className="text-sm font-semibold text-stone-950">
          {label}
        </label>
        {hint ? (
          <p id={hintId} className="mt-0.5 text-sm leading-relaxed text-stone-600">
            {hint}
          </p>
        ) : null}
      </div>
      <span className="relative mt-0.5 inline-flex shrink-0">
        <input
          id={id}
          type="checkbox"
          role="switch"
          aria-describedby={hintId}
          className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none rounded-full focus:outline-none disabled:cursor-not-allowed"
          {...input}
        />
        <span
          aria-hidden="true"
          className="h-7 w-12 rounded-full bg-stone-300 transition-colors peer-checked:bg-stone-950 peer-focus-visible:ring-2 peer-focus-visible:ring-stone-950 peer-focus-visible:ring-offset-2 peer-disabled:opacity-50"
        />
        <span
          aria-hidden="true"
          className="absolute top-1 left-1 size-5 rounded-full bg-white shadow transition-transform peer-checked:translate-x-5"
        />
      </span>
    </div>
  );
}
