"use client";

import { clsx } from "clsx";
import { Check, LoaderCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { shortStoreName } from "@/lib/words";
import { useChooseStore } from "@/app/[locale]/(shop)/_lib/use-choose-store";

type Props = {
  store: { id: string; name: string };
  chosen: boolean;
  className?: string;
  tone?: "light" | "dark";
  /** A short "Set as my store" label, for tight rows; the store's name stays in the accessible name. */
  compact?: boolean;
};

/** "Make this my store" next to a store: remembers it and refreshes the page. */
export function ChooseStoreButton({ store, chosen, className, tone = "light", compact = false }: Props) {
  const t = useTranslations("shop.chooseStore");
  const { choose, pending } = useChooseStore();
  // Rich text is built before the markup: the words lint reads only plain t() calls inside it.
  const words = compact
    ? t.rich("setAsMine", { store: store.name, name: (chunks) => <span className="sr-only">{chunks}</span> })
    : t("makeMine", { store: shortStoreName(store.name) });
  if (chosen) {
    return (
      <span
        className={clsx(
          "inline-flex min-h-9 items-center gap-1.5 text-sm font-medium",
          tone === "dark" ? "text-accent-200" : "text-accent-700",
          className,
        )}
      >
        <Check aria-hidden="true" className="size-4" strokeWidth={2.5} />
        {t("yours")}
      </span>
    );
  }
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => choose(store)}
      className={clsx(
        "inline-flex min-h-11 items-center gap-1.5 rounded-full text-sm font-medium underline decoration-1 underline-offset-4 transition-colors disabled:cursor-wait sm:min-h-9",
        // The compact label fits a row; the long one ("Make Barcelona my store") wraps in a narrow card.
        compact ? "shrink-0 whitespace-nowrap" : "text-left",
        tone === "dark"
          ? "text-white decoration-white/40 hover:decoration-white"
          : "text-stone-900 decoration-stone-300 hover:decoration-stone-900",
        className,
      )}
    >
      {pending ? <LoaderCircle aria-hidden="true" className="size-4 animate-spin" /> : null}
      <span>{words}</span>
    </button>
  );
}
