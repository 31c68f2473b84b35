import Link from "next/link";
import { clsx } from "clsx";

/** The wordmark. A link home everywhere it appears. */
export function Logo({ className, tone = "dark" }: { className?: string; tone?: "dark" | "light" }) {
  return (
    <Link
      href="/"
      className={clsx(
        "group inline-flex min-h-11 items-center gap-0.5 text-[1.35rem] leading-none font-semibold tracking-[-0.04em]",
        tone === "dark" ? "text-stone-950" : "text-white",
        className,
      )}
    >
      <span>Mostrador</span>
      <span
        aria-hidden="true"
        className="mt-2 size-1.5 rounded-full bg-accent-500 transition-transform group-hover:scale-125"
      />
    </Link>
  );
}
