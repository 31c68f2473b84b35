"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { clsx } from "clsx";
import { ArrowRight } from "lucide-react";
import Image from "next/image";
import { useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { getPathname, usePathname, useRouter } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/react";
import { formatMoney } from "@/lib/money";
import { SearchInput } from "@/ui/search-input";
import { useDebounced } from "@/ui/use-debounced";

const MIN_CHARS = 2;
const SUGGESTIONS = 5;

/**
 * The header search: a combobox that suggests products as you type (debounced), and a plain GET
 * form to /search underneath, so Enter always works, even before JavaScript loads.
 */
export function SearchBox({ className }: { className?: string }) {
  const t = useTranslations("shop.search");
  const fromWord = useTranslations("shop.price")("from");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const urlQuery = pathname === "/search" ? (searchParams.get("q") ?? "") : "";

  const [value, setValue] = useState(urlQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const containerRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const listboxId = `${id}-listbox`;

  // Keep the box in step with the results page's query (back/forward, links).
  const [syncedQuery, setSyncedQuery] = useState(urlQuery);
  if (urlQuery !== syncedQuery) {
    setSyncedQuery(urlQuery);
    if (urlQuery) setValue(urlQuery);
  }

  const term = value.trim();
  const debounced = useDebounced(term, 200);
  const enabled = debounced.length >= MIN_CHARS;
  const { data, isFetching, isError } = useQuery({
    ...trpc.catalog.search.queryOptions({ q: debounced.slice(0, 100), limit: SUGGESTIONS }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

  const items = enabled && data ? data.items : [];
  const total = enabled && data ? data.total : 0;
  const showList = open && term.length >= MIN_CHARS;
  const settled = enabled && debounced === term && !isFetching;
  // Options: the suggestions, then "See all results".
  const optionCount = items.length + 1;

  function resultsHref(q: string) {
    return `/search?q=${encodeURIComponent(q)}`;
  }

  function go(href: string) {
    setOpen(false);
    setActive(-1);
    inputRef.current?.blur();
    router.push(href);
  }

  function hrefFor(index: number): string {
    const item = items[index];
    return item ? `/p/${item.slug}` : resultsHref(term);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) setOpen(true);
        if (term.length >= MIN_CHARS) setActive((a) => (a + 1) % optionCount);
        break;
      case "ArrowUp":
        event.preventDefault();
        if (!open) setOpen(true);
        if (term.length >= MIN_CHARS) setActive((a) => (a <= 0 ? optionCount - 1 : a - 1));
        break;
      case "Enter":
        if (showList && active >= 0) {
          event.preventDefault();
          go(hrefFor(active));
        }
        break;
      case "Escape":
        if (showList) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (value) {
          event.preventDefault();
          setValue("");
        }
        break;
      case "Tab":
        setOpen(false);
        break;
    }
  }

  const status = !showList
    ? ""
    : !settled
      ? ""
      : isError
        ? t("unavailable")
        : items.length === 0
          ? t("noMatch", { term })
          : t("found", { total });

  const noMatchHint = t.rich("noMatchHint", {
    term,
    quoted: (chunks) => <span className="font-medium text-stone-900">{chunks}</span>,
  });

  return (
    <div
      ref={containerRef}
      className={clsx("relative", className)}
      onBlur={(e) => {
        if (!containerRef.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <form
        role="search"
        action={getPathname({ href: "/search", locale })}
        onSubmit={(e) => {
          e.preventDefault();
          go(resultsHref(term));
        }}
      >
        <label htmlFor={`${id}-input`} className="sr-only">
          {t("label")}
        </label>
        <SearchInput
          look="shop"
          ref={inputRef}
          id={`${id}-input`}
          name="q"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={showList && active >= 0 ? `${id}-opt-${active}` : undefined}
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={100}
          placeholder={t("placeholder")}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setActive(-1);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onKeyDown={onKeyDown}
          busy={isFetching && term.length >= MIN_CHARS}
          onClear={() => {
            setValue("");
            inputRef.current?.focus();
          }}
        />
      </form>

      <div role="status" aria-live="polite" className="sr-only">
        {status}
      </div>

      <div
        className={clsx(
          "absolute inset-x-0 top-full z-50 mt-2 overflow-hidden rounded-2xl border border-stone-200 bg-white shadow-xl shadow-stone-900/10",
          !showList && "hidden",
        )}
      >
        <ul
          id={listboxId}
          role="listbox"
          aria-label={t("suggestions")}
          className="max-h-[min(32rem,70vh)] overflow-y-auto p-1.5"
        >
          {items.map((item, index) => {
            const onSale = item.compareAt && item.compareAt.amountMinor > item.price.amountMinor;
            return (
              <li
                key={item.id}
                id={`${id}-opt-${index}`}
                role="option"
                aria-selected={active === index}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => go(hrefFor(index))}
                onMouseMove={() => setActive(index)}
                className={clsx(
                  "flex cursor-pointer items-center gap-3 rounded-xl p-2 transition-colors",
                  active === index ? "bg-stone-100" : "hover:bg-stone-50",
                )}
              >
                <span className="relative h-[3.75rem] w-12 shrink-0 overflow-hidden rounded-lg bg-canvas">
                  {item.image ? (
                    <Image
                      src={item.image.url}
                      alt=""
                      width={48}
                      height={60}
                      unoptimized
                      className="size-full object-cover"
                    />
                  ) : null}
                </span>
                <span className="min-w-0 flex-1">
                  <span className="block truncate text-sm font-medium text-stone-950">{item.name}</span>
                  <span className="block truncate text-xs text-stone-500">{item.brand}</span>
                </span>
                <span className="shrink-0 text-right text-sm tabular-nums">
                  <span className={clsx("block", onSale ? "font-semibold text-accent-700" : "text-stone-900")}>
                    {item.maxPrice.amountMinor > item.price.amountMinor ? `${fromWord} ` : ""}
                    {formatMoney(item.price.amountMinor, item.price.currency)}
                  </span>
                  {onSale && item.compareAt ? (
                    <s className="block text-xs text-stone-500">
                      {formatMoney(item.compareAt.amountMinor, item.compareAt.currency)}
                    </s>
                  ) : null}
                </span>
              </li>
            );
          })}
          {settled && items.length === 0 && !isError ? (
            <li role="presentation" className="px-3 py-4 text-sm text-stone-600">
              {noMatchHint}
            </li>
          ) : null}
          {isError ? (
            <li role="presentation" className="px-3 py-4 text-sm text-stone-600">
              {t("unavailable")}
            </li>
          ) : null}
          <li
            id={`${id}-opt-${items.length}`}
            role="option"
            aria-selected={active === items.length}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => go(resultsHref(term))}
            onMouseMove={() => setActive(items.length)}
            className={clsx(
              "mt-1 flex min-h-11 cursor-pointer items-center justify-between gap-3 rounded-xl border-t border-stone-100 px-3 text-sm font-medium text-stone-900",
              active === items.length ? "bg-stone-100" : "hover:bg-stone-50",
            )}
          >
            <span className="truncate">
              {total > items.length ? t("seeAll", { total, term }) : t("searchFor", { term })}
            </span>
            <ArrowRight aria-hidden="true" className="size-4 shrink-0 text-stone-500" />
          </li>
        </ul>
      </div>
    </div>
  );
}
