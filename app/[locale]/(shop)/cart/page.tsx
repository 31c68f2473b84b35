import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { auth } from "@/server/auth";
import { api } from "@/trpc/server";
import { CartView } from "@/app/[locale]/(shop)/cart/_components/cart-view";

// One shopper's cart: rendered for each request, never cached or shared between people.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Your cart", robots: { index: false } };

export default async function CartPage() {
  const [cart, session] = await Promise.all([api.cart.get(), auth()]);
  return <CartView initialCart={cart} renderId={randomUUID()} signedIn={!!session?.user?.id} />;
}
