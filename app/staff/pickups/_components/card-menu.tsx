"use client";

import { clsx } from "clsx";
import { Ellipsis, XCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useDismiss } from "@/ui/use-dismiss";

/**
 * The card's less common actions, behind one button, so the main action keeps its room and a
 * cancel is never one stray tap away. One item today ("Cancel order…").
 */
export function CardMenu({ orderNumber, onCancel }: { orderNumber: string; onCancel: () => void }) {
  const t = useTranslations("staff.card");
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, container, trigger);
  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);

  return (
    <div ref={container} className="relative">
      <button
        ref={trigger}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        className={clsx(
          "inline-flex size-12 items-center justify-center rounded-full border text-stone-700 transition-colors",
          open ? "border-stone-950 bg-stone-100" : "border-stone-300 hover:border-stone-500",
        )}
      >
        <Ellipsis aria-hidden="true" className="size-5" />
        <span className="sr-only">{t("moreActions", { number: orderNumber })}</span>
      </button>
      {open ? (
        <div
          id={menuId}
          role="menu"
          aria-label={t("moreActions", { number: orderNumber })}
          className="absolute bottom-full left-0 z-30 mb-2 w-56 animate-fade-in rounded-2xl border border-stone-200 bg-white p-1.5 shadow-xl shadow-stone-900/10"
        >
          <button
            ref={first}
            type="button"
            role="menuitem"
            onClick={() => {
              setOpen(false);
              // Back on the trigger first, so the dialog returns focus there when it closes.
              trigger.current?.focus();
              onCancel();
            }}
            className="flex min-h-12 w-full items-center gap-2.5 rounded-xl px-3 text-left text-base font-medium text-out hover:bg-out-bg focus-visible:bg-out-bg"
          >
            <XCircle aria-hidden="true" className="size-5" />
            {t("cancelOrder")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
