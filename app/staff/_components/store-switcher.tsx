"use client";

import { useMutation } from "@tanstack/react-query";
import { MapPin } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useTRPC } from "@/trpc/react";
import { shortStoreName } from "@/lib/words";
import { useFailureOf } from "@/app/staff/_lib/format";

type Store = { id: string; name: string };

/** Admins work for any store: choosing one reloads the console for it. */
export function StoreSwitcher({ store, stores }: { store: Store; stores: Store[] }) {
  const trpc = useTRPC();
  const t = useTranslations("staff.bar");
  const failureOf = useFailureOf();
  const switchStore = useMutation(
    trpc.staff.switchStore.mutationOptions({
      onSuccess: (chosen) => {
        toast.success(t("nowWorkingFor", { store: shortStoreName(chosen.name) }));
        // Every query on the page belongs to the old store: start again from the server.
        window.location.reload();
      },
      onError: (err) => toast.error(failureOf(err).message),
    }),
  );
  return (
    <label className="inline-flex min-h-11 items-center gap-1.5 rounded-full bg-white/10 pl-3 text-sm font-semibold">
      <MapPin aria-hidden="true" className="size-4 shrink-0 text-accent-300" />
      <span className="sr-only">{t("storeLabel")}</span>
      <select
        value={store.id}
        disabled={switchStore.isPending}
        onChange={(e) => switchStore.mutate({ locationId: e.target.value })}
        className="min-h-11 cursor-pointer rounded-full bg-transparent pr-3 text-white focus:outline-none [&>option]:text-stone-900"
      >
        {stores.map((s) => (
          <option key={s.id} value={s.id}>
            {shortStoreName(s.name)}
          </option>
        ))}
      </select>
    </label>
  );
}
