import { clsx } from "clsx";
import { CircleAlert } from "lucide-react";

/**
 * The studio's compact form controls: a laptop tool shows many fields at once, so they are
 * shorter and squarer than the shop's thumb-sized ones, with the same label, hint and error wiring.
 */

export const controlClasses = (invalid?: boolean) =>
  clsx(
    "rounded-lg border bg-white px-3 text-sm text-stone-950 transition-colors placeholder:text-stone-400 focus:outline-none focus-visible:ring-2 disabled:bg-stone-50 disabled:text-stone-500",
    invalid
      ? "border-out focus-visible:ring-out/40"
      : "border-stone-300 hover:border-stone-400 focus:border-stone-500 focus-visible:ring-accent-700/40",
  );

type FieldFrame = {
  id: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  error?: string | null;
  className?: string;
  /** Beside the label, on the right: a counter, a language tag. */
  aside?: React.ReactNode;
};

function describedBy(id: string, hint: unknown, error: unknown) {
  return [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
}

export function Field({
  id,
  label,
  hint,
  error,
  className,
  aside,
  children,
}: FieldFrame & { children: React.ReactNode }) {
  return (
    <div className={className}>
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="block text-sm font-medium text-stone-800">
          {label}
        </label>
        {aside}
      </div>
      <div className="mt-1">{children}</div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 flex items-start gap-1.5 text-sm text-out">
          <CircleAlert aria-hidden="true" className="mt-0.5 size-3.5 shrink-0" />
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

type InputProps = FieldFrame & Omit<React.ComponentProps<"input">, "id" | "className"> & { inputClassName?: string };

export function TextField({ id, label, hint, error, className, aside, inputClassName, ...input }: InputProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className} aside={aside}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={clsx(
          controlClasses(!!error),
          "h-9",
          !/(^|\s)w-/.test(inputClassName ?? "") && "w-full",
          inputClassName,
        )}
        {...input}
      />
    </Field>
  );
}

type SelectProps = FieldFrame & Omit<React.ComponentProps<"select">, "id" | "className">;

export function SelectField({ id, label, hint, error, className, aside, children, ...select }: SelectProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className} aside={aside}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={clsx(controlClasses(!!error), "h-9 w-full pr-8")}
        {...select}
      >
        {children}
      </select>
    </Field>
  );
}

/** Each language named in itself, as the language switch names them: the same in either interface. */
const NATIVE_NAME = { en: "English", es: "Español" } as const;

/** A small language tag beside a field: which of the shop's two languages it holds. */
export function LanguageTag({ lang }: { lang: "en" | "es" }) {
  return (
    <span
      lang={lang}
      className="rounded bg-stone-100 px-1.5 py-0.5 text-[11px] font-semibold tracking-wide text-stone-600 uppercase"
    >
      {NATIVE_NAME[lang]}
    </span>
  );
}

/** A white card with a heading: one group of the editor's fields. */
export function Panel({
  title,
  description,
  actions,
  children,
  className,
}: {
  title: string;
  description?: React.ReactNode;
  actions?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <section className={clsx("rounded-xl border border-stone-200 bg-white", className)} aria-label={title}>
      <header className="flex items-start justify-between gap-4 border-b border-stone-100 px-5 py-3.5">
        <div>
          <h2 className="text-sm font-semibold text-stone-950">{title}</h2>
          {description ? <p className="mt-0.5 text-xs text-stone-500">{description}</p> : null}
        </div>
        {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
      </header>
      <div className="px-5 py-4">{children}</div>
    </section>
  );
}
