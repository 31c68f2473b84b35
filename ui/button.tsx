import { clsx } from "clsx";
import { Spinner } from "./spinner";

export type ButtonVariant = "primary" | "secondary" | "soft" | "ghost" | "danger";
export type ButtonSize = "sm" | "md" | "lg";

type ClassOptions = {
  /** null: the shape and size only, for a button whose colours follow its own states. */
  variant?: ButtonVariant | null;
  size?: ButtonSize;
  /** Waiting for the server: the wait colour and cursor replace the variant's colours and hover. */
  pending?: boolean;
  className?: string;
};

const base = "inline-flex items-center justify-center gap-2 rounded-full font-semibold transition-colors";

/** `pending` where a variant has a wait look of its own (the console's submit buttons). */
const variants: Record<ButtonVariant, { idle: string; pending?: string }> = {
  primary: { idle: "bg-stone-950 text-white hover:bg-stone-800", pending: "cursor-wait bg-stone-700 text-white" },
  // No fill of its own: on a white card it is white, on the console's grey it is grey.
  secondary: { idle: "border border-stone-300 text-stone-900 hover:border-stone-950" },
  soft: { idle: "bg-stone-100 text-stone-900 hover:bg-stone-200" },
  ghost: { idle: "text-stone-700 hover:bg-stone-100" },
  danger: { idle: "bg-out text-white hover:bg-out/90", pending: "cursor-wait bg-out/70 text-white" },
};

/** sm and md are the shop's (laptop and phone); lg is the console's, sized for a thumb on the counter tablet. */
const sizes: Record<ButtonSize, string> = {
  sm: "min-h-11 px-5 text-sm",
  md: "min-h-12 px-6 text-sm",
  lg: "min-h-12 px-7 text-base",
};

/** The utility a class sets, with its variants (`hover:bg-…` and `bg-…` are different slots). */
function slot(name: string): string | null {
  const cut = name.lastIndexOf(":") + 1;
  const prefix = name.slice(0, cut);
  const utility = name.slice(cut);
  if (/^(inline-flex|flex|block|inline-block|grid|hidden)$/.test(utility)) return `${prefix}display`;
  if (/^text-(xs|sm|base|lg|[2-9]?xl|\[)/.test(utility)) return `${prefix}text-size`;
  const group = /^(px|py|pl|pr|min-h|gap|rounded|bg|text|border)(-|$)/.exec(utility)?.[1];
  if (!group) return null;
  // `border` alone is the width; `border-stone-300` the colour.
  if (group === "border") return utility === "border" ? null : `${prefix}border-colour`;
  return prefix + group;
}

/** Joins classes so that a later one replaces an earlier one in the same slot (px-4 over px-6). */
function merge(...lists: (string | false | null | undefined)[]): string {
  const out: string[] = [];
  for (const name of clsx(lists).split(" ").filter(Boolean)) {
    const s = slot(name);
    if (s) {
      const at = out.findIndex((o) => slot(o) === s);
      if (at >= 0) out.splice(at, 1);
    }
    out.push(name);
  }
  return out.join(" ");
}

/** The classes of a button, for a `<Link>` or `<label>` that must look like one. */
export function buttonClasses({
  variant = "primary",
  size = "md",
  pending = false,
  className,
}: ClassOptions = {}): string {
  const colours = variant ? (pending && variants[variant].pending) || variants[variant].idle : null;
  return merge(base, sizes[size], colours, className);
}

type ButtonProps = React.ComponentProps<"button"> & Omit<ClassOptions, "className">;

export function Button({ variant, size, pending, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClasses({ variant, size, pending, className })} {...props} />;
}

/** A form's full-width submit button, with a spinner and the pending words while it waits. */
export function SubmitButton({
  pending,
  children,
  pendingLabel,
}: {
  pending: boolean;
  children: React.ReactNode;
  pendingLabel: string;
}) {
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending} pending={pending} className="h-12 w-full">
      {pending ? (
        <>
          <Spinner />
          {pendingLabel}
        </>
      ) : (
        children
      )}
    </Button>
  );
}
