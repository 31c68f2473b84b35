"use client";

import { clsx } from "clsx";
import { MapPin, Store, Truck } from "lucide-react";
import Image from "next/image";
import { useMemo, useRef, useState } from "react";
import { AddToCart } from "@/app/(shop)/_components/add-to-cart";
import { ChooseStoreButton } from "@/app/(shop)/_components/choose-store-button";
import { todaysHours } from "@/lib/hours";
import { isOnSale, Price, SaleBadge } from "@/app/(shop)/_components/price";
import type { LocationData, ProductDetailData, VariantData } from "@/app/_lib/types";

type Props = {
  product: ProductDetailData;
  /** Every location, in display order: stores and the warehouse that ships deliveries. */
  locations: LocationData[];
  chosenStoreId: string | null;
  initialColour: string | null;
  initialSize: string | null;
  /** Brand and name, rendered on the server. */
  header: React.ReactNode;
  /** Description and details, rendered on the server. */
  children: React.ReactNode;
};

const LOW_STOCK = 3;

function stockAt(variant: VariantData, locationId: string): number {
  return variant.availability.find((a) => a.locationId === locationId)?.available ?? 0;
}

function totalStock(variant: VariantData): number {
  return variant.availability.reduce((sum, a) => sum + a.available, 0);
}

/** An order ships from one place, so the most one can buy is the most any one place has. */
function mostAnywhere(variant: VariantData): number {
  return Math.max(0, ...variant.availability.map((a) => a.available));
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/**
 * Gallery, variant picker and per-store availability. The choice lives in the URL
 * (?colour=…&size=…) so it can be shared, but switching never reloads the page.
 */
export function ProductView({ product, locations, chosenStoreId, initialColour, initialSize, header, children }: Props) {
  const { variants } = product;
  const colours = useMemo(
    () =>
      unique(variants.map((v) => v.colour).filter((c): c is string => c !== null)).map((name) => ({
        name,
        hex: variants.find((v) => v.colour === name)?.colourHex ?? null,
      })),
    [variants],
  );
  const sizes = useMemo(() => unique(variants.map((v) => v.size).filter((s): s is string => s !== null)), [variants]);

  const [colour, setColour] = useState<string | null>(initialColour ?? colours[0]?.name ?? null);
  const [size, setSize] = useState<string | null>(initialSize);
  const sizeChoices = useRef<HTMLFieldSetElement>(null);

  const inColour = variants.filter((v) => v.colour === colour);
  const needsSize = sizes.length > 0;
  const selected: VariantData | null = needsSize
    ? (inColour.find((v) => v.size === size) ?? null)
    : (inColour[0] ?? variants[0] ?? null);

  function updateUrl(nextColour: string | null, nextSize: string | null) {
    const params = new URLSearchParams();
    if (nextColour && colours.length > 1) params.set("colour", nextColour);
    if (nextSize) params.set("size", nextSize);
    const query = params.toString();
    window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
  }

  function pickColour(next: string) {
    // Keep the size when the new colour comes in it.
    const keepSize = size && variants.some((v) => v.colour === next && v.size === size) ? size : null;
    setColour(next);
    setSize(keepSize);
    updateUrl(next, keepSize);
  }

  function pickSize(next: string) {
    setSize(next);
    updateUrl(colour, next);
  }

  // Price: the selected variant's, else the range across the colour (or the whole product).
  const pool = selected ? [selected] : inColour.length ? inColour : variants;
  const cheapest = pool.reduce<VariantData | undefined>((min, v) => (!min || v.price.amountMinor < min.price.amountMinor ? v : min), undefined);
  const dearest = pool.reduce<VariantData | undefined>((max, v) => (!max || v.price.amountMinor > max.price.amountMinor ? v : max), undefined);
  const onSale = pool.some((v) => isOnSale(v.price, v.compareAt));
  const soldOutEverywhere = variants.every((v) => totalStock(v) === 0);

  const blockedReason = !selected
    ? needsSize
      ? "Choose a size"
      : "Choose a colour"
    : mostAnywhere(selected) === 0
      ? "Sold out"
      : null;
  const options = selected ? [selected.colour, selected.size].filter(Boolean).join(", ") : "";
  const itemLabel = options ? `${product.name} (${options})` : product.name;

  /** "Choose a size" was pressed: take the shopper to the sizes. */
  function focusSizes() {
    const first = sizeChoices.current?.querySelector<HTMLInputElement>("input:not(:disabled)");
    first?.focus();
  }

  const images = useMemo(() => {
    const forColour = product.images.filter((img) => img.colour === null || img.colour === colour);
    return forColour.length ? forColour : product.images;
  }, [product.images, colour]);

  const stores = useMemo(() => {
    const list = locations.filter((l) => l.kind === "store" && l.clickAndCollect);
    const chosen = list.find((l) => l.id === chosenStoreId);
    return chosen ? [chosen, ...list.filter((l) => l.id !== chosen.id)] : list;
  }, [locations, chosenStoreId]);
  const warehouses = locations.filter((l) => l.kind === "warehouse");

  return (
    <div className="grid gap-8 lg:grid-cols-[auto_minmax(0,1fr)] lg:gap-12 xl:gap-16">
      <Gallery key={colour ?? "all"} images={images} />

      <div className="max-w-2xl lg:sticky lg:top-36 lg:self-start">
        {header}

        <div className="mt-4 flex items-center gap-3">
          {cheapest ? (
            <Price
              price={cheapest.price}
              maxPrice={dearest && dearest !== cheapest ? dearest.price : null}
              compareAt={cheapest.compareAt}
              size="lg"
            />
          ) : null}
          {onSale ? <SaleBadge /> : null}
        </div>
        {soldOutEverywhere ? (
          <p className="mt-3 inline-flex rounded-full bg-out-bg px-3 py-1 text-sm font-medium text-out">
            Sold out everywhere for now
          </p>
        ) : null}

        <div className="mt-8 space-y-7">
          {colours.length > 0 ? (
            <fieldset>
              <legend className="text-sm text-stone-600">
                Colour: <span className="font-medium text-stone-950">{colour}</span>
              </legend>
              <div className="mt-3 flex flex-wrap gap-2">
                {colours.map((c) => (
                  <label
                    key={c.name}
                    className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full border border-stone-200 py-1.5 pr-4 pl-1.5 text-sm text-stone-800 transition-colors select-none hover:border-stone-400 has-checked:border-stone-950 has-checked:ring-1 has-checked:ring-stone-950 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent-700"
                  >
                    <input
                      type="radio"
                      name="colour"
                      value={c.name}
                      checked={colour === c.name}
                      onChange={() => pickColour(c.name)}
                      className="sr-only"
                    />
                    <span
                      aria-hidden="true"
                      className="size-7 rounded-full ring-1 ring-stone-900/15 ring-inset"
                      style={{ backgroundColor: c.hex ?? "#d6d3d1" }}
                    />
                    {c.name}
                  </label>
                ))}
              </div>
            </fieldset>
          ) : null}

          {needsSize ? (
            <fieldset ref={sizeChoices}>
              <legend className="text-sm text-stone-600">
                Size{size ? <>: <span className="font-medium text-stone-950">{size}</span></> : <span className="text-stone-500"> — choose one</span>}
              </legend>
              <div className="mt-3 grid grid-cols-[repeat(auto-fill,minmax(3.5rem,1fr))] gap-2">
                {sizes.map((s) => {
                  const variant = inColour.find((v) => v.size === s);
                  const gone = !variant || totalStock(variant) === 0;
                  return (
                    <label
                      key={s}
                      className={clsx(
                        "relative inline-flex h-12 items-center justify-center rounded-xl border text-sm font-medium transition-colors select-none",
                        "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent-700",
                        !variant
                          ? "cursor-not-allowed border-dashed border-stone-200 text-stone-300"
                          : "cursor-pointer has-checked:border-stone-950 has-checked:bg-stone-950 has-checked:text-white",
                        variant && gone
                          ? "border-stone-200 bg-stone-50 text-stone-400 line-through decoration-stone-400 hover:border-stone-400"
                          : variant && "border-stone-200 text-stone-900 hover:border-stone-500",
                      )}
                    >
                      <input
                        type="radio"
                        name="size"
                        value={s}
                        disabled={!variant}
                        checked={size === s}
                        onChange={() => pickSize(s)}
                        className="sr-only"
                      />
                      {s}
                      {gone ? <span className="sr-only"> (out of stock)</span> : null}
                    </label>
                  );
                })}
              </div>
            </fieldset>
          ) : null}

          <div>
            <AddToCart
              variantId={selected && blockedReason === null ? selected.id : null}
              itemLabel={itemLabel}
              maxQuantity={selected ? mostAnywhere(selected) : 1}
              blockedReason={blockedReason}
              onBlocked={!selected && needsSize ? focusSizes : undefined}
            />
            {selected ? (
              <p className="mt-3 text-xs text-stone-500">
                SKU <span className="font-mono tracking-tight text-stone-600">{selected.sku}</span>
              </p>
            ) : null}
          </div>
        </div>

        <section aria-labelledby="availability-heading" className="mt-8 rounded-2xl border border-stone-200 p-4 sm:p-5">
          <h2 id="availability-heading" className="text-sm font-semibold text-stone-950">
            Pick up &amp; delivery
          </h2>
          <div aria-live="polite">
            {selected ? (
              <VariantAvailability variant={selected} stores={stores} warehouses={warehouses} chosenStoreId={chosenStoreId} />
            ) : (
              <ColourAvailability variants={inColour} stores={stores} warehouses={warehouses} chosenStoreId={chosenStoreId} />
            )}
          </div>
        </section>

        <div className="mt-10">{children}</div>
      </div>
    </div>
  );
}

function Gallery({ images }: { images: ProductDetailData["images"] }) {
  const [index, setIndex] = useState(0);
  const current = images[index] ?? images[0];
  return (
    // On desktop the whole image fits in the viewport beside the buying panel.
    <div className="lg:sticky lg:top-36 lg:w-[clamp(22rem,calc((100dvh-12rem)*0.8),48vw)] lg:self-start">
      <div className="relative aspect-[4/5] w-full overflow-hidden rounded-3xl bg-canvas">
        {current ? (
          <Image
            src={current.url}
            alt={current.alt}
            width={1000}
            height={1250}
            unoptimized
            priority
            className="size-full object-cover"
          />
        ) : (
          <div className="grid size-full place-items-center text-stone-400">No image yet</div>
        )}
      </div>
      {images.length > 1 ? (
        <ul className="mt-3 flex gap-3" aria-label="More images">
          {images.map((img, i) => (
            <li key={img.url}>
              <button
                type="button"
                onClick={() => setIndex(i)}
                aria-pressed={i === index}
                className={clsx(
                  "block w-16 overflow-hidden rounded-xl bg-canvas ring-offset-2 transition sm:w-20",
                  i === index ? "ring-2 ring-stone-950" : "opacity-80 hover:opacity-100",
                )}
              >
                <Image src={img.url} alt={img.alt} width={160} height={200} unoptimized className="aspect-[4/5] w-full object-cover" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

type StoreRowProps = { stores: LocationData[]; chosenStoreId: string | null };

function StoreName({ store, chosen }: { store: LocationData; chosen: boolean }) {
  return (
    <span className="flex flex-wrap items-center gap-x-2">
      <span className="font-medium text-stone-950">{store.name}</span>
      {chosen ? (
        <span className="rounded-full bg-accent-100 px-2 py-0.5 text-[0.6875rem] font-semibold tracking-wide text-accent-800 uppercase">
          Your store
        </span>
      ) : null}
    </span>
  );
}

function VariantAvailability({
  variant,
  stores,
  warehouses,
  chosenStoreId,
}: StoreRowProps & { variant: VariantData; warehouses: LocationData[] }) {
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
          <li
            key={store.id}
            className={clsx("flex gap-3 rounded-xl p-3", chosen ? "bg-accent-50 ring-1 ring-accent-200" : "bg-stone-50")}
          >
            <Store aria-hidden="true" className={clsx("mt-0.5 size-4 shrink-0", chosen ? "text-accent-700" : "text-stone-400")} />
            <div className="min-w-0 flex-1 text-sm">
              <StoreName store={store} chosen={chosen} />
              <p
                className={clsx(
                  "mt-0.5 flex items-center gap-1.5",
                  tone === "out" ? "text-out" : tone === "low" ? "font-medium text-low" : "text-ok",
                )}
              >
                <span
                  aria-hidden="true"
                  className={clsx("size-2 shrink-0 rounded-full", tone === "out" ? "bg-out/70" : tone === "low" ? "bg-low" : "bg-ok")}
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
            </div>
            {!chosen ? <ChooseStoreButton store={store} chosen={false} compact className="self-center" /> : null}
          </li>
        );
      })}
      {warehouses.length ? (
        <li className="flex gap-3 rounded-xl bg-stone-50 p-3">
          <Truck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-stone-400" />
          <div className="text-sm">
            <p className="font-medium text-stone-950">Home delivery</p>
            <p className={clsx("mt-0.5 flex items-center gap-1.5", deliverable ? "text-ok" : "text-out")}>
              <span aria-hidden="true" className={clsx("size-2 rounded-full", deliverable ? "bg-ok" : "bg-out/70")} />
              {deliverable ? "Available for delivery" : "Not available for delivery"}
            </p>
          </div>
        </li>
      ) : null}
    </ul>
  );
}

/** Before a size is picked: which sizes of this colour each store has. */
function ColourAvailability({
  variants,
  stores,
  warehouses,
  chosenStoreId,
}: StoreRowProps & { variants: VariantData[]; warehouses: LocationData[] }) {
  const deliverable = variants.filter((v) => warehouses.some((w) => stockAt(v, w.id) > 0)).map((v) => v.size ?? "");
  return (
    <>
      <p className="mt-1 text-sm text-stone-600">Choose a size to check stock in each store.</p>
      <ul className="mt-4 space-y-2">
        {stores.map((store) => {
          const inStock = variants.filter((v) => stockAt(v, store.id) > 0).map((v) => v.size ?? "");
          const chosen = store.id === chosenStoreId;
          return (
            <li
              key={store.id}
              className={clsx("flex gap-3 rounded-xl p-3", chosen ? "bg-accent-50 ring-1 ring-accent-200" : "bg-stone-50")}
            >
              <Store aria-hidden="true" className={clsx("mt-0.5 size-4 shrink-0", chosen ? "text-accent-700" : "text-stone-400")} />
              <div className="min-w-0 flex-1 text-sm">
                <StoreName store={store} chosen={chosen} />
                <p className={clsx("mt-0.5", inStock.length ? "text-stone-700" : "text-out")}>
                  {inStock.length ? (
                    <>
                      In stock in <span className="font-medium text-stone-950">{inStock.join(", ")}</span>
                    </>
                  ) : (
                    "Out of stock in this colour"
                  )}
                </p>
              </div>
              {!chosen ? <ChooseStoreButton store={store} chosen={false} compact className="self-center" /> : null}
            </li>
          );
        })}
        {warehouses.length ? (
          <li className="flex gap-3 rounded-xl bg-stone-50 p-3">
            <Truck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-stone-400" />
            <div className="text-sm">
              <p className="font-medium text-stone-950">Home delivery</p>
              <p className={clsx("mt-0.5", deliverable.length ? "text-stone-700" : "text-out")}>
                {deliverable.length ? (
                  <>
                    Available in <span className="font-medium text-stone-950">{deliverable.join(", ")}</span>
                  </>
                ) : (
                  "Not available for delivery in this colour"
                )}
              </p>
            </div>
          </li>
        ) : null}
      </ul>
    </>
  );
}
