"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTRPC } from "@/trpc/react";

type Props = { kind: "view"; slug: string } | { kind: "search"; query: string; resultCount: number };

/**
 * The last thing recorded in this tab, per kind. It outlives the component on purpose: a search
 * page remounts behind its loading skeleton when the shopper pages through results, and that is
 * still the same search.
 */
const lastRecorded: Record<Props["kind"], string | null> = { view: null, search: null };

/** Notes a product view or a search in the shopper's history, once per distinct value. Renders nothing. */
export function RecordInteraction(props: Props) {
  const trpc = useTRPC();
  // `mutate` is stable across renders, so the effect below runs only when the value changes.
  const { mutate: recordView } = useMutation(trpc.history.recordView.mutationOptions());
  const { mutate: recordSearch } = useMutation(trpc.history.recordSearch.mutationOptions());

  const value = props.kind === "view" ? props.slug : props.query.trim();
  const resultCount = props.kind === "search" ? props.resultCount : 0;
  const { kind } = props;

  useEffect(() => {
    if (!value || lastRecorded[kind] === value) return;
    lastRecorded[kind] = value;
    // Fire and forget: history is a nicety, never a reason to bother the shopper.
    if (kind === "view") recordView({ slug: value }, { onError: () => undefined });
    else recordSearch({ query: value, resultCount }, { onError: () => undefined });
  }, [kind, value, resultCount, recordView, recordSearch]);

  return null;
}
