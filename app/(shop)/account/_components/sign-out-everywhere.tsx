"use client";

import { useMutation } from "@tanstack/react-query";
import { MonitorX } from "lucide-react";
import { useTRPC } from "@/trpc/react";
import { signOutAction } from "@/app/_lib/actions";

/** Ends every session of the account on the server, then signs this browser out as usual. */
export function SignOutEverywhere() {
  const trpc = useTRPC();
  const end = useMutation(trpc.account.signOutEverywhere.mutationOptions({ onSuccess: () => signOutAction() }));
  return (
    <div className="mt-5">
      <button
        type="button"
        disabled={end.isPending || end.isSuccess}
        onClick={() => end.mutate()}
        className="inline-flex min-h-11 items-center gap-2 rounded-full border border-stone-300 px-5 text-sm font-semibold text-stone-900 transition-colors hover:border-stone-950 disabled:cursor-wait disabled:opacity-60"
      >
        <MonitorX aria-hidden="true" className="size-4" />
        {end.isPending || end.isSuccess ? "Signing out…" : "Sign out everywhere"}
      </button>
      {end.isError ? (
        <p role="alert" className="mt-2 text-sm text-out">
          {end.error.message}
        </p>
      ) : null}
    </div>
  );
}
