"use client";

import { useQuery } from "@tanstack/react-query";
import { ChevronRight, UserRound } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useTRPC } from "@/trpc/react";
import { SearchInput } from "@/ui/search-input";
import { shortStoreName } from "@/lib/words";
import { Bone, LoadingStatus } from "@/ui/skeleton";
import { useFailureOf } from "@/app/staff/_lib/format";
import type { RouterOutputs } from "@/app/_lib/types";
import { useDebounced } from "@/ui/use-debounced";

const ROW = "flex min-h-16 w-full items-center gap-3 px-4 py-2 text-left hover:bg-stone-50 focus-visible:bg-stone-50";

export type FoundCustomer = RouterOutputs["customers"]["find"][number];

type Props = { mode: "link" } | { mode: "pick"; onPick: (customer: FoundCustomer) => void };

/**
 * Find a customer as you type (name, email, phone or an order number). In "link" mode each result
 * opens the customer's page; in "pick" mode it chooses them for a sale.
 */
export function CustomerSearch(props: Props) {
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const query = useDebounced(text.trim(), 250);
  const ready = query.length >= 2;
  const found = useQuery(
    trpc.customers.find.queryOptions({ query }, { enabled: ready, placeholderData: (previous) => previous }),
  );
  const inputId = useId();
  const resultsId = useId();
  const t = useTranslations("staff.customerSearch");

  return (
    <div>
      <label htmlFor={inputId} className="sr-only">
        {t("label")}
      </label>
      <SearchInput
        look="console"
        id={inputId}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t("placeholder")}
        autoComplete="off"
        spellCheck={false}
        aria-controls={resultsId}
        aria-describedby={`${resultsId}-status`}
      />
      <div id={resultsId} className="mt-3">
        <Results ready={ready} found={found} {...props} statusId={`${resultsId}-status`} />
      </div>
    </div>
  );
}

type Found = { isPending: boolean; isError: boolean; error: unknown; data: FoundCustomer[] | undefined };

function Results({ ready, found, statusId, ...props }: Props & { ready: boolean; statusId: string; found: Found }) {
  const t = useTranslations("staff.customerSearch");
  const failureOf = useFailureOf();
  if (!ready) {
    return (
      <p
        id={statusId}
        className="rounded-2xl bg-white px-4 py-6 text-center text-sm text-stone-500 ring-1 ring-stone-200"
      >
        {t("typeMore")}
      </p>
    );
  }
  if (found.isPending) {
    return (
      <div className="space-y-2">
        <LoadingStatus label={t("searching")} />
        <Bone className="h-16 rounded-2xl" />
        <Bone className="h-16 rounded-2xl" />
      </div>
    );
  }
  if (found.isError) {
    return (
      <p id={statusId} role="alert" className="rounded-2xl bg-out-bg px-4 py-4 text-sm text-out">
        {failureOf(found.error).message}
      </p>
    );
  }
  if (!found.data?.length) {
    return (
      <p
        id={statusId}
        role="status"
        className="rounded-2xl bg-white px-4 py-6 text-center text-stone-600 ring-1 ring-stone-200"
      >
        {t("none")}
      </p>
    );
  }
  return (
    <>
      <p id={statusId} role="status" className="sr-only">
        {t("found", { count: found.data.length })}
      </p>
      <ul className="divide-y divide-stone-200 overflow-hidden rounded-2xl bg-white ring-1 ring-stone-200">
        {found.data.map((c) => {
          const body = (
            <>
              <span
                aria-hidden="true"
                className="flex size-10 shrink-0 items-center justify-center rounded-full bg-stone-100 text-stone-500"
              >
                <UserRound className="size-5" />
              </span>
              <span className="min-w-0 flex-1">
                <span className="block truncate font-semibold text-stone-950">{c.name}</span>
                <span className="block truncate text-sm text-stone-600">
                  {[
                    c.email,
                    c.phone,
                    c.preferredStore ? t("prefers", { store: shortStoreName(c.preferredStore) }) : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </span>
              <ChevronRight aria-hidden="true" className="size-5 shrink-0 text-stone-400" />
            </>
          );
          return (
            <li key={c.id}>
              {props.mode === "link" ? (
                <Link href={`/staff/customers/${c.id}`} className={ROW}>
                  {body}
                </Link>
              ) : (
                <button type="button" onClick={() => props.onPick(c)} className={ROW}>
                  {body}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
