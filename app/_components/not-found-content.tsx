import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/ui/button";

export function NotFoundContent() {
  const t = useTranslations("common.notFound");
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-20 text-center sm:py-28">
      <p className="font-serif text-7xl text-stone-300 sm:text-8xl">404</p>
      <h1 className="mt-4 text-2xl font-semibold tracking-tight text-stone-950 sm:text-3xl">{t("title")}</h1>
      <p className="mt-3 text-stone-600">{t("body")}</p>
      <form action="/search" role="search" className="mt-8 flex w-full max-w-sm gap-2">
        <label htmlFor="not-found-q" className="sr-only">
          {t("searchLabel")}
        </label>
        <input
          id="not-found-q"
          name="q"
          type="search"
          placeholder={t("searchPlaceholder")}
          className="h-12 min-w-0 flex-1 rounded-full border border-stone-300 px-4 text-[16px] focus:border-stone-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-accent-700/50 sm:text-sm"
        />
        <Button type="submit" size="sm" className="h-12">
          {t("search")}
        </Button>
      </form>
      <Link
        href="/"
        className="mt-6 inline-flex min-h-11 items-center text-sm font-medium text-stone-900 underline underline-offset-4 hover:text-accent-700"
      >
        {t("home")}
      </Link>
    </div>
  );
}
