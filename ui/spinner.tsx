import { clsx } from "clsx";

/** The ring that turns inside a dark button while it waits. */
export function Spinner({ className }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={clsx("size-4 animate-spin rounded-full border-2 border-white/30 border-t-white", className)}
    />
  );
}
