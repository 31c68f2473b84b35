"use client";

import { useMutation } from "@tanstack/react-query";
import { MonitorX } from "lucide-react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/trpc/react";
import { signOutAction } from "@/app/_lib/actions";
import { Button } from "@/ui/button";

/** Ends every session of the account on the server, then signs this browser out as usual. */
export function SignOutEverywhere() {
  const t = useTranslations("checkout.account.devices");
  const trpc = useTRPC();
  const end = useMutation(trpc.account.signOutEverywhere.mutationOptions({ onSuccess: () => signOutAction() }));
  return (
    <div className="mt-5">
      <Button
        variant="secondary"
        size="sm"
        disabled={end.isPending || end.isSuccess}
        onClick={() => end.mutate()}
        className="disabled:cursor-wait disabled:opacity-60"
      >
        <MonitorX aria-hidden="true" className="size-4" />
        {t(end.isPending || end.isSuccess ? "pending" : "button")}
      </Button>
      {end.isError ? (
        <p role="alert" className="mt-2 text-sm text-out">
          {end.error.message}
        </p>
      ) : null}
    </div>
  );
}
