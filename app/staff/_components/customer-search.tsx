"use client";

import { useQuery } from "@tanstack/react-query";
import { ChevronRight, UserRound } from "lucide-react";
import Link from "next/link";
import { useId, useState } from "react";
import { useTRPC } from "@/trpc/react";
import { SearchInput } from "@/ui/search-input";
import { shortStoreName } from "@/lib/words";
import { Bone, LoadingStatus } from "@/ui/skeleton";
import { failureOf } from "@/app/staff/_lib/format";
import type { RouterOutputs } from "@/app/_lib/types";
import { useDebounced } from "@/ui/use-debounced";

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

  return (
    <div>
      <label htmlFor={inputId} className="sr-only">
        Find a customer
      </label>
      <SearchInput
        look="console"
        id={inputId}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Name, email, phone or order number"
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
  if (!ready) {
    return (
      <p
        id={statusId}
        className="rounded-2xl bg-white px-4 py-6 text-center text-sm text-stone-500 ring-1 ring-stone-200"
      >
        Type at least 2 characters to search.
      </p>
    );
  }
  if (found.isPending) {
    return (
      <div className="space-y-2">
        <LoadingStatus label="Searching customers…" />
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
        No customer matches. Check the spelling, or try their email or phone.
      </p>
    );
  }
  return (
    <>
      <p id={statusId} role="status" className="sr-only">
        {found.data.length === 1 ? "1 customer found" : `${found.data.length} customers found`}
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
                  {[c.email, c.phone, c.preferredStore ? `Prefers ${shortStoreName(c.preferredStore)}` : null]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </span>
              <ChevronRight aria-hidden="true" className="size-5 shrink-0 text-stone-400" />
            </>
          );
          const className =
            "flex min-h-16 w-full items-center gap-3 px-4 py-2 text-left hover:bg-stone-50 focus-visible:bg-stone-50";
          return (
            <li key={c.id}>
              {props.mode === "link" ? (
                <Link href={`/staff/customers/${c.id}`} className={className}>
                  {body}
                </Link>
              ) : (
                <button type="button" onClick={() => props.onPick(c)} className={className}>
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
