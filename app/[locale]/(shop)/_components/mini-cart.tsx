"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { clsx } from "clsx";
import { ShoppingBag } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { toast } from "sonner";
import { Link, usePathname, useRouter } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/react";
import { useLiveCart } from "@/app/_components/live";

const ANNOUNCED = "mostrador:cart-notices-announced";

function sessionValue(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null; // Storage can be blocked; then the toast may simply repeat.
  }
}

function rememberSessionValue(key: string, value: string) {
  try {
    window.sessionStorage.setItem(key, value);
  } catch {
    // See sessionValue.
  }
}

type Props = {
  /** Who is shopping (an account's email, or null for a guest): their cart is fetched again when it changes. */
  shopper: string | null;
  className?: string;
};

/** The header's cart link with a count. Per shopper, so it is fetched in the browser and never cached on the server. */
export function MiniCart({ shopper, className }: Props) {
  const t = useTranslations("shop.miniCart");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const pathname = usePathname();
  const { data } = useQuery(trpc.cart.get.queryOptions());
  // The header is on every page, so this is where the cart goes live.
  useLiveCart(shopper, data?.id ?? null);
  const count = data?.count ?? 0;
  const onCartPage = pathname === "/cart";

  // Signing in merges the guest cart into the account's; signing out leaves it behind.
  const previousShopper = useRef(shopper);
  useEffect(() => {
    if (previousShopper.current === shopper) return;
    previousShopper.current = shopper;
    void queryClient.invalidateQueries({ queryKey: trpc.cart.get.queryKey() });
  }, [shopper, queryClient, trpc]);

  // Notices (what a merge could not carry over) are shown in full on the cart page; elsewhere,
  // point there once per tab rather than on every page.
  const noticeKey = (data?.notices ?? []).join("\n");
  useEffect(() => {
    if (!noticeKey || sessionValue(ANNOUNCED) === noticeKey) return;
    rememberSessionValue(ANNOUNCED, noticeKey);
    if (onCartPage) return; // The cart page shows them in full.
    toast.info(t("updated"), {
      description: noticeKey.split("\n")[0],
      action: { label: t("viewCart"), onClick: () => router.push("/cart") },
    });
  }, [noticeKey, onCartPage, router, t]);

  const label = data === undefined ? t("cart") : t("label", { count });

  return (
    <Link
      href="/cart"
      aria-label={label}
      aria-current={onCartPage ? "page" : undefined}
      className={clsx(
        "relative inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-full px-2 text-sm font-medium text-stone-800 transition-colors hover:bg-stone-100 sm:px-3",
        onCartPage && "bg-stone-100",
        className,
      )}
    >
      <ShoppingBag aria-hidden="true" className="size-5 sm:size-4" />
      <span aria-hidden="true" className="hidden sm:inline">
        {t("cart")}
      </span>
      {count > 0 ? (
        <span
          aria-hidden="true"
          className="absolute top-1 right-0.5 grid h-[1.125rem] min-w-[1.125rem] place-items-center rounded-full bg-accent-600 px-1 text-[0.6875rem] leading-none font-semibold text-white tabular-nums ring-2 ring-white sm:static sm:ring-0"
        >
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
