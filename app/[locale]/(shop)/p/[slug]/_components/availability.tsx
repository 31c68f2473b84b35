"use client";

import { clsx } from "clsx";
import { MapPin, Store, Truck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { ChooseStoreButton } from "@/app/[locale]/(shop)/_components/choose-store-button";
import { TodaysHours } from "@/app/[locale]/(shop)/_components/todays-hours";
import { LOW_STOCK, stockAt } from "@/app/[locale]/(shop)/p/[slug]/_lib/stock";
import type { LocationData, VariantData } from "@/app/_lib/types";

type Props = {
  /** The variant picked, or null before a size is: then the sizes of `inColour` each store has. */
  selected: VariantData | null;
  inColour: VariantData[];
  /** Every location, in display order: stores and the warehouse that ships deliveries. */
  locations: LocationData[];
  chosenStoreId: string | null;
};

/** "Pick up & delivery": stock in each click-and-collect store (the shopper's first) and for delivery. */
export function Availability({ selected, inColour, locations, chosenStoreId }: Props) {
  const t = useTranslations("shop.availability");
  const stores = useMemo(() => {
    const list = locations.filter((l) => l.kind === "store" && l.clickAndCollect);
    const chosen = list.find((l) => l.id === chosenStoreId);
    return chosen ? [chosen, ...list.filter((l) => l.id !== chosen.id)] : list;
  }, [locations, chosenStoreId]);
  const warehouses = locations.filter((l) => l.kind === "warehouse");

  return (
    <section aria-labelledby="availability-heading" className="mt-8 rounded-2xl border border-stone-200 p-4 sm:p-5">
      <h2 id="availability-heading" className="text-sm font-semibold text-stone-950">
        {t("title")}
      </h2>
      <div aria-live="polite">
        {selected ? (
          <VariantAvailability
            variant={selected}
            stores={stores}
            warehouses={warehouses}
            chosenStoreId={chosenStoreId}
          />
        ) : (
          <ColourAvailability
            variants={inColour}
            stores={stores}
            warehouses={warehouses}
            chosenStoreId={chosenStoreId}
          />
        )}
      </div>
    </section>
  );
}

type RowsProps = { stores: LocationData[]; warehouses: LocationData[]; chosenStoreId: string | null };

/** One store's row: its name (marked when it is the shopper's), what it has, and a way to choose it. */
function StoreRow({ store, chosen, children }: { store: LocationData; chosen: boolean; children: React.ReactNode }) {
  const t = useTranslations("shop.chooseStore");
  return (
    <li className={clsx("flex gap-3 rounded-xl p-3", chosen ? "bg-accent-50 ring-1 ring-accent-200" : "bg-stone-50")}>
      <Store
        aria-hidden="true"
        className={clsx("mt-0.5 size-4 shrink-0", chosen ? "text-accent-700" : "text-stone-400")}
      />
      <div className="min-w-0 flex-1 text-sm">
        <span className="flex flex-wrap items-center gap-x-2">
          <span className="font-medium text-stone-950">{store.name}</span>
          {chosen ? (
            <span className="rounded-full bg-accent-100 px-2 py-0.5 text-[0.6875rem] font-semibold tracking-wide text-accent-800 uppercase">
              {t("yours")}
            </span>
          ) : null}
        </span>
        {children}
      </div>
      {!chosen ? <ChooseStoreButton store={store} chosen={false} compact className="self-center" /> : null}
    </li>
  );
}

function DeliveryRow({ children }: { children: React.ReactNode }) {
  const t = useTranslations("shop.availability");
  return (
    <li className="flex gap-3 rounded-xl bg-stone-50 p-3">
      <Truck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-stone-400" />
      <div className="text-sm">
        <p className="font-medium text-stone-950">{t("delivery")}</p>
        {children}
      </div>
    </li>
  );
}

function stockTone(n: number): "out" | "low" | "ok" {
  return n === 0 ? "out" : n <= LOW_STOCK ? "low" : "ok";
}

function VariantAvailability({ variant, stores, warehouses, chosenStoreId }: RowsProps & { variant: VariantData }) {
  const t = useTranslations("shop.availability");
  const deliverable = warehouses.some((w) => stockAt(variant, w.id) > 0);
  return (
    <ul className="mt-4 space-y-2">
      {stores.map((store) => {
        const n = stockAt(variant, store.id);
        const chosen = store.id === chosenStoreId;
        const tone = stockTone(n);
        const sentence =
          n === 0
            ? t("outAt", { store: store.name })
            : n <= LOW_STOCK
              ? t("lowAt", { count: n, store: store.name })
              : t("inAt", { store: store.name });
        return (
          <StoreRow key={store.id} store={store} chosen={chosen}>
            <p
              className={clsx(
                "mt-0.5 flex items-center gap-1.5",
                tone === "out" ? "text-out" : tone === "low" ? "font-medium text-low" : "text-ok",
              )}
            >
              <span
                aria-hidden="true"
                className={clsx(
                  "size-2 shrink-0 rounded-full",
                  tone === "out" ? "bg-out/70" : tone === "low" ? "bg-low" : "bg-ok",
                )}
              />
              <span>
                <span className="sr-only">{sentence}</span>
                <span aria-hidden="true">{n === 0 ? t("out") : n <= LOW_STOCK ? t("low", { count: n }) : t("in")}</span>
                {chosen && n > 0 ? <span className="text-stone-700"> — {t("pickUpToday")}</span> : null}
              </span>
            </p>
            {chosen ? (
              <p className="mt-1 flex items-center gap-1 text-xs text-stone-600">
                <MapPin aria-hidden="true" className="size-3" />
                {store.addressLine} · <TodaysHours store={store} />
              </p>
            ) : null}
          </StoreRow>
        );
      })}
      {warehouses.length ? (
        <DeliveryRow>
          <p className={clsx("mt-0.5 flex items-center gap-1.5", deliverable ? "text-ok" : "text-out")}>
            <span aria-hidden="true" className={clsx("size-2 rounded-full", deliverable ? "bg-ok" : "bg-out/70")} />
            {deliverable ? t("deliverable") : t("notDeliverable")}
          </p>
        </DeliveryRow>
      ) : null}
    </ul>
  );
}

/** Before a size is picked: which sizes of this colour each store has. */
function ColourAvailability({ variants, stores, warehouses, chosenStoreId }: RowsProps & { variants: VariantData[] }) {
  const t = useTranslations("shop.availability");
  const deliverable = variants.filter((v) => warehouses.some((w) => stockAt(v, w.id) > 0)).map((v) => v.size ?? "");
  return (
    <>
      <p className="mt-1 text-sm text-stone-600">{t("chooseSize")}</p>
      <ul className="mt-4 space-y-2">
        {stores.map((store) => {
          const inStock = variants.filter((v) => stockAt(v, store.id) > 0).map((v) => v.size ?? "");
          return (
            <StoreRow key={store.id} store={store} chosen={store.id === chosenStoreId}>
              <SizesIn sizes={inStock} words={(sizes) => t.rich("sizesInStock", { sizes, strong })}>
                {t("outInColour")}
              </SizesIn>
            </StoreRow>
          );
        })}
        {warehouses.length ? (
          <DeliveryRow>
            <SizesIn sizes={deliverable} words={(sizes) => t.rich("sizesDeliverable", { sizes, strong })}>
              {t("notDeliverableInColour")}
            </SizesIn>
          </DeliveryRow>
        ) : null}
      </ul>
    </>
  );
}

const strong = (chunks: React.ReactNode) => <span className="font-medium text-stone-950">{chunks}</span>;

/** The sizes a place has in words ("In stock in S, M"), or, when it has none, `children`. */
function SizesIn({
  sizes,
  words,
  children,
}: {
  sizes: string[];
  words: (sizes: string) => React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <p className={clsx("mt-0.5", sizes.length ? "text-stone-700" : "text-out")}>
      {sizes.length ? words(sizes.join(", ")) : children}
    </p>
  );
}
