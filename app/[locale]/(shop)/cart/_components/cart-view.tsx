"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowRight, CircleAlert, Info, Lock, ShoppingBag, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { Link } from "@/i18n/navigation";
import { formatMoney } from "@/lib/money";
import { useLiveVariants, useRefreshAt } from "@/app/_components/live";
import { useTRPC } from "@/trpc/react";
import { CartLine } from "./cart-line";
import { useCartActions, type CartData, type CartLineData } from "@/app/[locale]/(shop)/cart/_lib/use-cart-actions";
import { buttonClasses } from "@/ui/button";

type Props = {
  /** The cart as the server saw it for this request. */
  initialCart: CartData;
  /** Unique per server render: tells a fresh answer from one replayed by Back and Forward. */
  renderId: string;
  signedIn: boolean;
};

/** Server renders whose cart has been put in the cache already. */
const applied = new Set<string>();

/** The cart page's body: lines, notices and the summary with the way to checkout. */
export function CartView({ initialCart, renderId, signedIn }: Props) {
  const t = useTranslations("checkout.cart");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState("");
  const actions = useCartActions(setStatus);

  const { data } = useQuery(trpc.cart.get.queryOptions(undefined, { initialData: initialCart }));
  const cart: CartData = data ?? initialCart;
  // Someone buying the last units, or a new price, changes these lines: refetch the cart.
  useLiveVariants(
    cart.lines.map((l) => l.variantId),
    () => void queryClient.invalidateQueries({ queryKey: trpc.cart.get.queryKey() }),
  );
  // A sale starting or ending changes these prices at its second: read the cart again then.
  useRefreshAt(cart.nextPriceChange, () => void queryClient.invalidateQueries({ queryKey: trpc.cart.get.queryKey() }));

  // A fresh server render is newer than whatever the header fetched before we came here. One the
  // router replays (Back, Forward) is older than the changes made since, so it is used only once.
  useEffect(() => {
    if (applied.has(renderId)) return;
    applied.add(renderId);
    queryClient.setQueryData(trpc.cart.get.queryKey(), initialCart);
  }, [renderId, initialCart, queryClient, trpc]);

  function remove(line: CartLineData) {
    actions.remove(line);
    // The line and its button vanish; keep keyboard users on the page rather than lost at the top.
    heading.current?.focus();
  }

  const empty = cart.lines.length === 0;

  return (
    <div className="mx-auto max-w-6xl px-4 pt-8 pb-16 sm:px-6 lg:px-10 lg:pt-12 lg:pb-24">
      <header className="flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
        <div>
          <h1
            ref={heading}
            tabIndex={-1}
            className="text-3xl font-semibold tracking-tight text-stone-950 focus:outline-none sm:text-4xl"
          >
            {t("heading")}
          </h1>
          {!empty ? <p className="mt-1 text-stone-600">{t("items", { count: cart.count })}</p> : null}
        </div>
        {!empty ? (
          <Link
            href="/"
            className="hidden min-h-11 items-center text-sm font-medium text-stone-900 underline decoration-stone-300 underline-offset-4 hover:decoration-stone-900 sm:inline-flex"
          >
            {t("continue")}
          </Link>
        ) : null}
      </header>

      {cart.notices.length ? <Notices notices={cart.notices} onDismiss={actions.dismissNotices} /> : null}

      {empty ? (
        <EmptyCart signedIn={signedIn} />
      ) : (
        <div className="mt-6 grid gap-8 lg:mt-10 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-12 xl:grid-cols-[minmax(0,1fr)_24rem]">
          <section aria-labelledby="cart-items-heading">
            <h2 id="cart-items-heading" className="sr-only">
              {t("linesHeading")}
            </h2>
            <ul className="divide-y divide-stone-200 border-y border-stone-200">
              {cart.lines.map((line) => (
                <CartLine key={line.variantId} line={line} onQuantity={actions.changeQuantity} onRemove={remove} />
              ))}
            </ul>
          </section>
          <Summary cart={cart} />
        </div>
      )}

      <p role="status" className="sr-only">
        {status}
      </p>
    </div>
  );
}

function Summary({ cart }: { cart: CartData }) {
  const t = useTranslations("checkout.cart");
  const reasonId = useId();
  const problems = cart.lines.filter((l) => !l.purchasable).length;
  return (
    <aside
      aria-labelledby="summary-heading"
      className="self-start rounded-3xl bg-stone-50 p-5 sm:p-6 lg:sticky lg:top-36"
    >
      <h2 id="summary-heading" className="text-lg font-semibold text-stone-950">
        {t("summary.heading")}
      </h2>
      <dl className="mt-4 space-y-3 text-sm">
        <div className="flex items-baseline justify-between gap-4">
          <dt className="text-stone-700">{t("summary.subtotal", { count: cart.count })}</dt>
          <dd className="text-lg font-semibold text-stone-950 tabular-nums">
            {formatMoney(cart.subtotal.amountMinor, cart.subtotal.currency)}
          </dd>
        </div>
        <div className="flex items-baseline justify-between gap-4 text-stone-600">
          <dt>{t("summary.receive")}</dt>
          <dd className="text-right">{t("summary.receiveLater")}</dd>
        </div>
      </dl>
      <p className="mt-3 text-xs leading-relaxed text-stone-500">{t("summary.costs")}</p>
      <p className="mt-2 text-xs leading-relaxed text-stone-500" data-testid="cart-price-channel">
        {t(cart.priceChannel === "web" ? "summary.webPrices" : "summary.storePrices")}
      </p>

      {problems ? (
        <>
          <p id={reasonId} className="mt-5 flex items-start gap-2 text-sm text-out">
            <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            {t("summary.problems", { count: problems })}
          </p>
          <button
            type="button"
            aria-disabled="true"
            aria-describedby={reasonId}
            className="mt-3 inline-flex h-12 w-full cursor-not-allowed items-center justify-center gap-2 rounded-full bg-stone-200 px-6 text-sm font-semibold text-stone-600"
          >
            <Lock aria-hidden="true" className="size-4" />
            {t("summary.checkout")}
          </button>
        </>
      ) : (
        <Link href="/checkout" className={buttonClasses({ className: "mt-5 h-12 w-full" })}>
          {t("summary.checkout")}
          <ArrowRight aria-hidden="true" className="size-4" />
        </Link>
      )}
      <Link
        href="/"
        className="mt-3 inline-flex min-h-11 w-full items-center justify-center text-sm font-medium text-stone-700 underline-offset-4 hover:text-stone-950 hover:underline sm:hidden"
      >
        {t("continue")}
      </Link>
    </aside>
  );
}

function Notices({ notices, onDismiss }: { notices: string[]; onDismiss: () => void }) {
  const t = useTranslations("checkout.cart.notices");
  return (
    <div
      role="region"
      aria-label={t("label")}
      className="mt-6 flex items-start gap-3 rounded-2xl border border-low/25 bg-low-bg p-4 text-sm text-stone-800"
    >
      <Info aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-low" />
      <div className="min-w-0 flex-1">
        <p className="font-semibold text-stone-950">{t("heading")}</p>
        <ul className="mt-1 space-y-1">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        onClick={onDismiss}
        className="-my-2 -mr-2 inline-flex size-11 shrink-0 items-center justify-center rounded-full text-stone-600 transition-colors hover:bg-white/70 hover:text-stone-950"
      >
        <X aria-hidden="true" className="size-4" />
        <span className="sr-only">{t("dismiss")}</span>
      </button>
    </div>
  );
}

function EmptyCart({ signedIn }: { signedIn: boolean }) {
  const t = useTranslations("checkout.cart.empty");
  const signIn = t.rich("signIn", {
    link: (chunks) => (
      <Link
        href="/sign-in?callbackUrl=/cart"
        className="font-medium text-stone-900 underline underline-offset-4 hover:text-accent-700"
      >
        {chunks}
      </Link>
    ),
  });
  return (
    <div className="mt-8 flex flex-col items-center rounded-3xl bg-stone-50 px-6 py-14 text-center sm:py-20">
      <span
        aria-hidden="true"
        className="grid size-16 place-items-center rounded-full bg-white text-stone-400 ring-1 ring-stone-200"
      >
        <ShoppingBag className="size-7" />
      </span>
      <h2 className="mt-5 text-xl font-semibold text-stone-950">{t("heading")}</h2>
      <p className="mt-2 max-w-sm text-stone-600">{t("body")}</p>
      <Link href="/" className={buttonClasses({ className: "mt-7 h-12" })}>
        {t("start")}
        <ArrowRight aria-hidden="true" className="size-4" />
      </Link>
      {!signedIn ? <p className="mt-5 text-sm text-stone-600">{signIn}</p> : null}
    </div>
  );
}
