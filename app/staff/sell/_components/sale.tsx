"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Banknote, CircleCheck, CreditCard, ShoppingBasket, UserRound, UserRoundX } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/trpc/react";
import { formatMoney } from "@/lib/money";
import { firstName } from "@/lib/words";
import { CustomerSearch } from "@/app/staff/_components/customer-search";
import { Dialog } from "@/ui/dialog";
import { useStaffWords } from "@/app/staff/_lib/format";
import { EndlessAisleDialog, type ElsewhereDone } from "./endless-aisle";
import { ItemFinder, type FoundItem } from "@/app/staff/_components/item-finder";
import { PayDialog, type Sold } from "./sale-pay";
import { Button, buttonClasses } from "@/ui/button";
import { BasketRow } from "./basket-row";
import { SaleDone } from "./sale-done";

export type Customer = { id: string; name: string } | null;
export type BasketLine = {
  variantId: string;
  name: string;
  colour: string | null;
  size: string | null;
  sku: string;
  unitMinor: number;
  currency: string;
  quantity: number;
  here: number | null;
};

/**
 * The sale screen: the item finder on one side, the basket and totals on the other. A basket is
 * made here (for a known customer or a walk-in), or is the customer's own cart. Items the store
 * lacks can be ordered from elsewhere (endless aisle).
 */
export function Sale({
  storeName,
  initialCustomerId,
  fromCart,
}: {
  storeName: string;
  initialCustomerId: string | null;
  fromCart: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useTranslations("staff.sale");
  const words = useStaffWords();
  const overview = useQuery(
    trpc.customers.get.queryOptions({ customerId: initialCustomerId ?? "" }, { enabled: initialCustomerId !== null }),
  );
  const [picked, setPicked] = useState<Customer | undefined>(undefined);
  const customer: Customer =
    picked !== undefined
      ? picked
      : overview.data
        ? { id: overview.data.profile.id, name: overview.data.profile.name }
        : null;
  const [useCart, setUseCart] = useState(fromCart);
  const [basket, setBasket] = useState<BasketLine[]>([]);
  const [choosing, setChoosing] = useState(false);
  const [paying, setPaying] = useState<"card" | "cash" | null>(null);
  const [sold, setSold] = useState<Sold | null>(null);
  const [elsewhere, setElsewhere] = useState<FoundItem | null>(null);
  const [ordered, setOrdered] = useState<ElsewhereDone | null>(null);

  const cartMode = useCart && customer !== null && customer.id === initialCustomerId;
  const lines: BasketLine[] = cartMode
    ? (overview.data?.cart.lines ?? []).map((l) => ({
        variantId: l.variantId,
        name: l.name,
        colour: l.colour,
        size: l.size,
        sku: l.sku,
        unitMinor: l.unitPrice.amountMinor,
        currency: l.unitPrice.currency,
        quantity: l.quantity,
        here: null,
      }))
    : basket;
  const total = lines.reduce((n, l) => n + l.unitMinor * l.quantity, 0);
  const currency = lines[0]?.currency ?? "EUR";
  const count = lines.reduce((n, l) => n + l.quantity, 0);

  function add(item: FoundItem) {
    setUseCart(false);
    setBasket((current) => {
      const base = cartMode ? lines : current;
      const existing = base.find((l) => l.variantId === item.variantId);
      if (existing)
        return base.map((l) =>
          l.variantId === item.variantId
            ? { ...l, quantity: Math.min(l.quantity + 1, item.here || l.quantity + 1), here: item.here }
            : l,
        );
      return [
        ...base,
        {
          variantId: item.variantId,
          name: item.name,
          colour: item.colour,
          size: item.size,
          sku: item.sku,
          unitMinor: item.price.amountMinor,
          currency: item.price.currency,
          quantity: 1,
          here: item.here,
        },
      ];
    });
  }

  function change(variantId: string, quantity: number) {
    const base = cartMode ? lines : basket;
    setUseCart(false);
    setBasket(
      quantity <= 0
        ? base.filter((l) => l.variantId !== variantId)
        : base.map((l) => (l.variantId === variantId ? { ...l, quantity } : l)),
    );
  }

  /** Sold out here at the moment of sale: look the item up again and offer the endless aisle. */
  async function offerElsewhere(sku: string) {
    const found = await queryClient.fetchQuery(trpc.pos.findItem.queryOptions({ code: sku })).catch(() => null);
    const item = found?.items.find((i) => i.sku === sku);
    if (item) setElsewhere(item);
  }

  /** Stock and the customer's cart and history changed: what the screens show is out of date. */
  function refresh() {
    void queryClient.invalidateQueries(trpc.pos.pathFilter());
    void queryClient.invalidateQueries(trpc.customers.pathFilter());
  }

  function reset() {
    setSold(null);
    setBasket([]);
    setUseCart(false);
    setPicked(null);
    setOrdered(null);
  }

  if (sold) return <SaleDone sold={sold} customer={customer} onNext={reset} />;

  return (
    <div className="grid gap-5 lg:grid-cols-[minmax(0,7fr)_minmax(0,5fr)]">
      <div className="space-y-4 lg:order-1">
        <CustomerBar
          customer={customer}
          loading={initialCustomerId !== null && overview.isPending && picked === undefined}
          onChoose={() => setChoosing(true)}
          onWalkIn={() => setPicked(null)}
        />
        {ordered ? (
          <p role="status" className="flex items-start gap-2 rounded-2xl bg-ok-bg px-4 py-3 text-sm text-ok">
            <CircleCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            <span>
              {ordered.fulfilment === "pickup"
                ? ordered.pickupCode
                  ? t("orderedPickupCode", {
                      number: ordered.orderNumber,
                      store: ordered.locationName,
                      code: ordered.pickupCode,
                    })
                  : t("orderedPickup", { number: ordered.orderNumber, store: ordered.locationName })
                : t("orderedDelivery", { number: ordered.orderNumber })}
            </span>
          </p>
        ) : null}
        <ItemFinder addLabel={t("add")} shelfOnly onAdd={add} onOrderElsewhere={setElsewhere} />
      </div>

      <section
        aria-labelledby="basket-heading"
        className="flex flex-col rounded-3xl bg-white ring-1 ring-stone-200 lg:sticky lg:top-4 lg:order-2 lg:self-start"
      >
        <div className="px-5 pt-5">
          <h2 id="basket-heading" className="flex items-center gap-2 text-lg font-semibold text-stone-950">
            <ShoppingBasket aria-hidden="true" className="size-5 shrink-0 text-stone-500" />
            {cartMode ? t("theirCart", { name: firstName(customer?.name) }) : t("basket")}
            {count ? (
              <span className="font-normal whitespace-nowrap text-stone-500">· {words.t("items", { count })}</span>
            ) : null}
          </h2>
          <p className="mt-0.5 text-xs text-stone-500">
            {cartMode ? t("fromCartShelves", { store: storeName }) : t("fromShelves", { store: storeName })}
          </p>
        </div>
        {lines.length === 0 ? (
          <p className="mx-5 mt-3 rounded-2xl bg-stone-50 px-4 py-8 text-center text-sm text-stone-600">
            {cartMode ? t("cartEmpty") : t("basketEmpty")}
          </p>
        ) : (
          <ul aria-label={t("lines")} className="mt-2 divide-y divide-stone-100 px-5">
            {lines.map((l) => (
              <BasketRow key={l.variantId} line={l} onChange={(q) => change(l.variantId, q)} />
            ))}
          </ul>
        )}
        <div className="mt-auto border-t border-stone-200 p-5">
          <p className="flex items-baseline justify-between text-2xl font-semibold text-stone-950">
            <span>{t("total")}</span>
            <span className="tabular-nums" aria-live="polite">
              {formatMoney(total, currency)}
            </span>
          </p>
          <div className="mt-4 grid grid-cols-2 gap-3">
            <button
              type="button"
              disabled={!lines.length}
              onClick={() => setPaying("card")}
              className="inline-flex min-h-14 items-center justify-center gap-2 rounded-2xl bg-stone-950 text-base font-semibold text-white hover:bg-stone-800 disabled:opacity-40"
            >
              <CreditCard aria-hidden="true" className="size-5" />
              {t("card")}
            </button>
            <button
              type="button"
              disabled={!lines.length}
              onClick={() => setPaying("cash")}
              className="inline-flex min-h-14 items-center justify-center gap-2 rounded-2xl bg-accent-600 text-base font-semibold text-white hover:bg-accent-700 disabled:opacity-40"
            >
              <Banknote aria-hidden="true" className="size-5" />
              {t("cash")}
            </button>
          </div>
        </div>
      </section>

      <Dialog
        open={choosing}
        onClose={() => setChoosing(false)}
        title={t("whoTitle")}
        description={t("whoDescription")}
      >
        <CustomerSearch
          mode="pick"
          onPick={(c) => {
            setPicked({ id: c.id, name: c.name });
            setUseCart(false);
            setChoosing(false);
          }}
        />
      </Dialog>
      {paying ? (
        <PayDialog
          method={paying}
          total={{ amountMinor: total, currency }}
          customer={customer}
          source={
            cartMode
              ? { from: "cart" }
              : { from: "basket", lines: lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })) }
          }
          onClose={() => setPaying(null)}
          onSold={(s) => {
            setPaying(null);
            setSold(s);
            refresh();
          }}
          onSoldOut={(sku) => {
            setPaying(null);
            void offerElsewhere(sku);
          }}
        />
      ) : null}
      {elsewhere ? (
        <EndlessAisleDialog
          item={elsewhere}
          customer={customer}
          onClose={() => setElsewhere(null)}
          onOrdered={(done) => {
            setElsewhere(null);
            refresh();
            setOrdered(done);
            setBasket((b) => b.filter((l) => l.variantId !== elsewhere.variantId));
          }}
        />
      ) : null}
    </div>
  );
}

function CustomerBar({
  customer,
  loading,
  onChoose,
  onWalkIn,
}: {
  customer: Customer;
  loading: boolean;
  onChoose: () => void;
  onWalkIn: () => void;
}) {
  const t = useTranslations("staff.sale");
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-3xl bg-white p-3 pl-4 ring-1 ring-stone-200">
      <span
        aria-hidden="true"
        className="flex size-10 items-center justify-center rounded-full bg-stone-100 text-stone-500"
      >
        {customer ? <UserRound className="size-5" /> : <UserRoundX className="size-5" />}
      </span>
      <p className="min-w-0 flex-1">
        <span className="block text-xs text-stone-500">{t("customer")}</span>
        <span className="block truncate font-semibold text-stone-950">
          {loading ? t("loading") : customer ? customer.name : t("walkInCustomer")}
        </span>
      </p>
      {customer ? (
        <Link
          href={`/staff/customers/${customer.id}`}
          className={buttonClasses({ variant: "ghost", size: "sm", className: "px-3 text-stone-600" })}
        >
          {t("view")}
        </Link>
      ) : null}
      <Button variant="soft" size="sm" onClick={onChoose} className="px-4">
        {customer ? t("change") : t("choose")}
      </Button>
      {customer ? (
        <Button variant="ghost" size="sm" onClick={onWalkIn} className="px-3 text-stone-600">
          {t("walkIn")}
        </Button>
      ) : null}
    </div>
  );
}
