import { clsx } from "clsx";

/**
 * neutral/quiet/ok/low/out: a state (an order's, stock's); accent: news and sales; overlay: over a
 * photo. Each carries its ring colour, shown where the badge has a ring (`ring-1`).
 */
export type BadgeTone = "neutral" | "quiet" | "ok" | "low" | "out" | "accent" | "overlay";

const tones: Record<BadgeTone, string> = {
  neutral: "bg-stone-100 text-stone-800 ring-stone-200",
  quiet: "bg-stone-100 text-stone-700 ring-stone-200",
  ok: "bg-ok-bg text-ok ring-ok/25",
  low: "bg-low-bg text-low ring-low/20",
  out: "bg-out-bg text-out ring-out/20",
  accent: "bg-accent-600 text-white",
  overlay: "bg-white/90 text-stone-700 ring-stone-900/10",
};

/** md: a status beside a heading; caps: the small upper-case label on a product (SALE); sm: a tag in a list. */
const sizes = {
  md: "px-2.5 py-1 text-xs leading-none",
  caps: "px-2.5 py-1 text-[0.6875rem] leading-none tracking-wide uppercase",
  sm: "px-2 py-0.5 text-xs",
};

export type BadgeSize = keyof typeof sizes;

export function badgeClasses({
  tone,
  size = "md",
  className,
}: {
  tone?: BadgeTone;
  size?: BadgeSize;
  className?: string;
}) {
  return clsx("inline-flex items-center rounded-full font-semibold", sizes[size], tone && tones[tone], className);
}

export function Badge({
  tone,
  size,
  className,
  children,
}: {
  tone?: BadgeTone;
  size?: BadgeSize;
  className?: string;
  children: React.ReactNode;
}) {
  return <span className={badgeClasses({ tone, size, className })}>{children}</span>;
}
