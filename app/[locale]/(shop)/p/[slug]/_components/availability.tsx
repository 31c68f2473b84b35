"use client";

import { clsx } from "clsx";
import { MapPin, Store, Truck } from "lucide-react";
import { useMemo } from "react";
import { ChooseStoreButton } from "@/app/[locale]/(shop)/_components/choose-store-button";
import { LOW_STOCK, stockAt } from "@/app/[locale]/(shop)/p/[slug]/_lib/stock";
import { todaysHours } from "@/lib/hours";
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
  const stores = useMemo(() => {
    const list = locations.filter((l) => l.kind === "store" && l.clickAndCollect);
    const chosen = list.find((l) => l.id === chosenStoreId);
    return chosen ? [chosen, ...list.filter((l) => l.id !== chosen.id)] : list;
  }, [locations, chosenStoreId]);
  const warehouses = locations.filter((l) => l.kind === "warehouse");

  return (
    <section aria-labelledby="availability-heading" className="mt-8 rounded-2xl border border-stone-200 p-4 sm:p-5">
      <h2 id="availability-heading" className="text-sm font-semibold text-stone-950">
        Pick up &amp; delivery
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
              Your store
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
  return (
    <li className="flex gap-3 rounded-xl bg-stone-50 p-3">
      <Truck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-stone-400" />
      <div className="text-sm">
        <p className="font-medium text-stone-950">Home delivery</p>
        {children}
      </div>
    </li>
  );
}

function VariantAvailability({ variant, stores, warehouses, chosenStoreId }: RowsProps & { variant: VariantData }) {
  const deliverable = warehouses.some((w) => stockAt(variant, w.id) > 0);
  return (
    <ul className="mt-4 space-y-2">
      {stores.map((store) => {
        const n = stockAt(variant, store.id);
        const chosen = store.id === chosenStoreId;
        const tone = n === 0 ? "out" : n <= LOW_STOCK ? "low" : "ok";
        const sentence =
          n === 0
            ? `Out of stock at ${store.name}`
            : n <= LOW_STOCK
              ? `Only ${n} left at ${store.name}`
              : `In stock at ${store.name}`;
        const hours = chosen ? todaysHours(store.openingHours, store.timezone) : null;
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
                <span aria-hidden="true">
                  {n === 0 ? "Out of stock" : n <= LOW_STOCK ? `Only ${n} left` : "In stock"}
                </span>
                {chosen && n > 0 ? <span className="text-stone-700"> — pick up today</span> : null}
              </span>
            </p>
            {chosen ? (
              <p className="mt-1 flex items-center gap-1 text-xs text-stone-600">
                <MapPin aria-hidden="true" className="size-3" />
                {store.addressLine} · {hours ? `Open today ${hours}` : "Closed today"}
              </p>
            ) : null}
          </StoreRow>
        );
      })}
      {warehouses.length ? (
        <DeliveryRow>
          <p className={clsx("mt-0.5 flex items-center gap-1.5", deliverable ? "text-ok" : "text-out")}>
            <span aria-hidden="true" className={clsx("size-2 rounded-full", deliverable ? "bg-ok" : "bg-out/70")} />
            {deliverable ? "Available for delivery" : "Not available for delivery"}
          </p>
        </DeliveryRow>
      ) : null}
    </ul>
  );
}

/** Before a size is picked: which sizes of this colour each store has. */
function ColourAvailability({ variants, stores, warehouses, chosenStoreId }: RowsProps & { variants: VariantData[] }) {
  const deliverable = variants.filter((v) => warehouses.some((w) => stockAt(v, w.id) > 0)).map((v) => v.size ?? "");
  return (
    <>
      <p className="mt-1 text-sm text-stone-600">Choose a size to check stock in each store.</p>
      <ul className="mt-4 space-y-2">
        {stores.map((store) => {
          const inStock = variants.filter((v) => stockAt(v, store.id) > 0).map((v) => v.size ?? "");
          return (
            <StoreRow key={store.id} store={store} chosen={store.id === chosenStoreId}>
              <SizesIn sizes={inStock} none="Out of stock in this colour">
                In stock in
              </SizesIn>
            </StoreRow>
          );
        })}
        {warehouses.length ? (
          <DeliveryRow>
            <SizesIn sizes={deliverable} none="Not available for delivery in this colour">
              Available in
            </SizesIn>
          </DeliveryRow>
        ) : null}
      </ul>
    </>
  );
}

function SizesIn({ sizes, none, children }: { sizes: string[]; none: string; children: React.ReactNode }) {
  return (
    <p className={clsx("mt-0.5", sizes.length ? "text-stone-700" : "text-out")}>
      {sizes.length ? (
        <>
          {children} <span className="font-medium text-stone-950">{sizes.join(", ")}</span>
        </>
      ) : (
        none
      )}
    </p>
  );
}
