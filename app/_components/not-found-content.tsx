import Link from "next/link";
import { Button } from "@/ui/button";

export function NotFoundContent() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-20 text-center sm:py-28">
      <p className="font-serif text-7xl text-stone-300 sm:text-8xl">404</p>
      <h1 className="mt-4 text-2xl font-semibold tracking-tight text-stone-950 sm:text-3xl">We can’t find that page</h1>
      <p className="mt-3 text-stone-600">
        It may have sold out and left the shop, or the link may be mistyped. Try searching, or start again from the home
        page.
      </p>
      <form action="/search" role="search" className="mt-8 flex w-full max-w-sm gap-2">
        <label htmlFor="not-found-q" className="sr-only">
          Search products
        </label>
        <input
          id="not-found-q"
          name="q"
          type="search"
          placeholder="Search the shop"
          className="h-12 min-w-0 flex-1 rounded-full border border-stone-300 px-4 text-[16px] focus:border-stone-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-accent-700/50 sm:text-sm"
        />
        <Button type="submit" size="sm" className="h-12">
          Search
        </Button>
      </form>
      <Link
        href="/"
        className="mt-6 inline-flex min-h-11 items-center text-sm font-medium text-stone-900 underline underline-offset-4 hover:text-accent-700"
      >
        Back to the home page
      </Link>
    </div>
  );
}
