"use client";

import { clsx } from "clsx";
import { Check, ChevronDown, LoaderCircle, MapPin } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useId, useRef, useState } from "react";
import { shortStoreName } from "@/lib/words";
import type { LocationData } from "@/app/_lib/types";
import { useChooseStore } from "@/app/[locale]/(shop)/_lib/use-choose-store";
import { useOpeningHours } from "@/app/[locale]/(shop)/_lib/opening-hours";
import { useDismiss } from "@/ui/use-dismiss";

type Props = {
  /** Click-and-collect stores, in the order shoppers pick from. */
  stores: LocationData[];
  chosenId: string | null;
  /** "popover": a header button with a dropdown. "list": the choices laid out inline (account page). */
  layout?: "popover" | "list";
  className?: string;
};

export function StorePicker({ stores, chosenId, layout = "popover", className }: Props) {
  if (layout === "list") return <StoreList stores={stores} chosenId={chosenId} className={className} />;
  return <StorePopover stores={stores} chosenId={chosenId} className={className} />;
}

function StorePopover({ stores, chosenId, className }: Omit<Props, "layout">) {
  const t = useTranslations("shop.storePicker");
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, container, trigger);
  const chosen = stores.find((s) => s.id === chosenId) ?? null;
  // "Choose store", cut to "Choose" on the narrowest screens.
  const choose = t.rich("choose", { wide: (chunks) => <span className="hidden sm:inline">{chunks}</span> });

  return (
    <div ref={container} className={clsx("relative", className)}>
      <button
        ref={trigger}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        // The visible words are cut to fit the header; the name says it whole.
        aria-label={chosen ? t("buttonChosen", { store: shortStoreName(chosen.name) }) : t("buttonNone")}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex min-h-11 items-center gap-1.5 rounded-full px-2.5 text-sm text-stone-700 transition-colors hover:bg-stone-100 hover:text-stone-950 sm:px-3"
      >
        <MapPin aria-hidden="true" className="size-4 shrink-0 text-accent-600" />
        <span className="hidden text-stone-500 xl:inline">{t("pickUpAt")}</span>
        <span className="max-w-[7.5rem] truncate font-medium text-stone-900">
          {chosen ? shortStoreName(chosen.name) : choose}
        </span>
        <ChevronDown
          aria-hidden="true"
          className={clsx("size-4 shrink-0 text-stone-500 transition-transform", open && "rotate-180")}
        />
      </button>
      {open ? (
        <div
          id={panelId}
          role="group"
          aria-label={t("panelLabel")}
          className="absolute top-full right-0 z-50 mt-2 w-[min(22rem,calc(100vw-1.5rem))] animate-fade-in rounded-2xl border border-stone-200 bg-white p-2 shadow-xl shadow-stone-900/10"
        >
          <div className="px-3 pt-2 pb-3">
            <p className="text-sm font-semibold text-stone-950">{t("panelTitle")}</p>
            <p className="mt-0.5 text-xs leading-relaxed text-stone-600">{t("panelText")}</p>
          </div>
          <StoreOptions stores={stores} chosenId={chosenId} onDone={close} />
        </div>
      ) : null}
    </div>
  );
}

function StoreOptions({
  stores,
  chosenId,
  onDone,
}: {
  stores: LocationData[];
  chosenId: string | null;
  onDone?: () => void;
}) {
  const t = useTranslations("shop.storePicker");
  const openingHours = useOpeningHours();
  const { choose, pending, pendingId } = useChooseStore(onDone);
  return (
    <>
      <ul className="space-y-1">
        {stores.map((store) => {
          const selected = store.id === chosenId;
          const hours = openingHours(store.openingHours);
          return (
            <li key={store.id}>
              <button
                type="button"
                aria-pressed={selected}
                disabled={pending}
                onClick={() => (selected ? onDone?.() : choose(store))}
                className={clsx(
                  "flex w-full items-start gap-3 rounded-xl px-3 py-2.5 text-left transition-colors disabled:cursor-wait",
                  selected ? "bg-accent-50 ring-1 ring-accent-200" : "hover:bg-stone-50",
                )}
              >
                <span
                  aria-hidden="true"
                  className={clsx(
                    "mt-0.5 grid size-5 shrink-0 place-items-center rounded-full border",
                    selected ? "border-accent-600 bg-accent-600 text-white" : "border-stone-300 bg-white",
                  )}
                >
                  {pendingId === store.id ? (
                    <LoaderCircle className="size-3.5 animate-spin text-stone-500" />
                  ) : selected ? (
                    <Check className="size-3" strokeWidth={3} />
                  ) : null}
                </span>
                <span className="min-w-0">
                  <span className="block text-sm font-medium text-stone-950">{store.name}</span>
                  <span className="block text-xs text-stone-600">
                    {store.addressLine}, {store.city}
                  </span>
                  <span className="mt-0.5 block text-xs text-stone-500">
                    {hours.map((h) => `${h.days} ${h.hours}`).join(" · ")}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {chosenId ? (
        <div className="mt-1 border-t border-stone-100 px-1 pt-1">
          <button
            type="button"
            disabled={pending}
            onClick={() => choose(null)}
            className="min-h-11 w-full rounded-lg px-2 text-left text-sm text-stone-600 underline-offset-4 hover:text-stone-950 hover:underline"
          >
            {t("noStore")}
          </button>
        </div>
      ) : null}
    </>
  );
}

function StoreList({ stores, chosenId, className }: Omit<Props, "layout">) {
  return (
    <div className={clsx("rounded-2xl border border-stone-200 p-2", className)}>
      <StoreOptions stores={stores} chosenId={chosenId} />
    </div>
  );
}
