import { clsx } from "clsx";
import { LoaderCircle, Search, X, type LucideIcon } from "lucide-react";
import { useTranslations } from "next-intl";

/**
 * shop: the header's pill; console: the staff finders' tall field; console-strong: the stock
 * finder's, with the thicker border the console's typed-in fields have.
 */
type Look = "shop" | "console" | "console-strong";

const looks: Record<Look, { input: string; icon: string; clear: string; clearIcon: string }> = {
  shop: {
    input:
      "h-11 w-full rounded-full border border-stone-200 bg-stone-50 pr-11 pl-10 text-[16px] text-stone-950 placeholder:text-stone-500 transition-colors hover:border-stone-300 focus:border-stone-400 focus:bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-accent-700/70 sm:text-sm",
    icon: "left-3.5 size-4 text-stone-500",
    clear: "right-1 grid size-9 place-items-center text-stone-500 hover:bg-stone-200/70 hover:text-stone-900",
    clearIcon: "size-4",
  },
  console: {
    input:
      "h-14 w-full rounded-2xl border border-stone-300 bg-white pr-4 pl-12 text-[17px] text-stone-950 placeholder:text-stone-400 focus:border-stone-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-accent-700/50",
    icon: "left-4 size-5 text-stone-400",
    clear:
      "right-1.5 inline-flex size-11 items-center justify-center text-stone-500 hover:bg-stone-100 hover:text-stone-900",
    clearIcon: "size-5",
  },
  "console-strong": {
    input:
      "h-14 w-full rounded-2xl border-2 border-stone-300 bg-white pr-14 pl-12 text-[17px] text-stone-950 placeholder:text-stone-400 focus:border-stone-950 focus:outline-none focus-visible:ring-4 focus-visible:ring-accent-700/25 [&::-webkit-search-cancel-button]:hidden",
    icon: "left-4 size-5 text-stone-400",
    clear:
      "right-1.5 inline-flex size-11 items-center justify-center text-stone-500 hover:bg-stone-100 hover:text-stone-900",
    clearIcon: "size-5",
  },
};

type Props = Omit<React.ComponentProps<"input">, "className"> & {
  look: Look;
  /** The icon at the left edge (a magnifier unless the field also takes a barcode). */
  icon?: LucideIcon;
  /** Shows a "Clear search" button while the field has text. */
  onClear?: () => void;
  /** Waiting for results: a turning loader in place of the clear button. */
  busy?: boolean;
  /** The wrapper's classes (its margin). */
  className?: string;
};

/** A search field with its icon and, when given `onClear`, a clear button inside its right edge. */
export function SearchInput({ look, icon: Icon = Search, onClear, busy = false, className, ...input }: Props) {
  const l = looks[look];
  const t = useTranslations("common.searchInput");
  return (
    <div className={clsx("relative", className)}>
      <Icon aria-hidden="true" className={clsx("pointer-events-none absolute top-1/2 -translate-y-1/2", l.icon)} />
      <input type="search" {...input} className={l.input} />
      {busy ? (
        <LoaderCircle
          aria-hidden="true"
          className="absolute top-1/2 right-3.5 size-4 -translate-y-1/2 animate-spin text-stone-400"
        />
      ) : onClear && input.value ? (
        <button
          type="button"
          onClick={onClear}
          className={clsx("absolute top-1/2 -translate-y-1/2 rounded-full", l.clear)}
        >
          <X aria-hidden="true" className={l.clearIcon} />
          <span className="sr-only">{t("clear")}</span>
        </button>
      ) : null}
    </div>
  );
}
