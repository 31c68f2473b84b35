import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { auth } from "@/server/auth";
import { api } from "@/trpc/server";
import { CartView } from "@/app/[locale]/(shop)/cart/_components/cart-view";

// One shopper's cart: rendered for each request, never cached or shared between people.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout.cart");
  return { title: t("heading"), robots: { index: false } };
}

export default async function CartPage() {
  const [cart, session] = await Promise.all([api.cart.get(), auth()]);
  return <CartView initialCart={cart} renderId={randomUUID()} signedIn={!!session?.user?.id} />;
}
