import { ShoppingBag } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/ui/button";

export function CheckoutEmpty() {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center rounded-3xl border border-dashed border-stone-300 px-6 py-14 text-center">
      <ShoppingBag aria-hidden="true" className="size-10 text-stone-400" />
      <h2 className="mt-4 text-xl font-semibold text-stone-950">Your cart is empty</h2>
      <p className="mt-2 text-sm leading-relaxed text-stone-600">
        Add something you like, then come back here to collect it at a store or have it delivered.
      </p>
      <Link href="/" className={buttonClasses({ className: "mt-6" })}>
        Continue shopping
      </Link>
    </div>
  );
}
