"use client";

import { useMutation } from "@tanstack/react-query";
import { clsx } from "clsx";
import { Globe, Store } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { toast } from "sonner";
import { controlClasses, Panel } from "@/app/studio/_components/controls";
import { formatMadrid, fromMadridWallClock, madridZoneName, toMadridInput } from "@/lib/shop-time";
import { apiFailure } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { Button } from "@/ui/button";
import { FormAlert } from "@/ui/field";
import { channelSentence, channelState, STATE_DOT, type Window } from "../../_components/channel-state";

type Mode = "off" | "now" | "from";

const COPY = {
  web: {
    title: "Web",
    Icon: Globe,
    what: "The storefront: product pages, listings, search, carts and checkout.",
    off: "Shoppers get “not found”; carts holding it cannot check out.",
  },
  store: {
    title: "Stores",
    Icon: Store,
    what: "The counter and the console's finders in every store.",
    off: "Staff cannot find or sell it at the counter.",
  },
} as const;

/**
 * One channel's publication: off, on sale now, or from a Madrid date and time, optionally until
 * another. The server stores the window; it opens and closes at its second on every page.
 */
export function ChannelPublishing({
  productId,
  channel,
  window,
}: {
  productId: string;
  channel: "web" | "store";
  window: Window;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const now = new Date();
  const state = channelState(window, now);
  const [mode, setMode] = useState<Mode>(state === "scheduled" ? "from" : state === "on" ? "now" : "off");
  const [from, setFrom] = useState(() =>
    toMadridInput(window.from && state === "scheduled" ? window.from : new Date(Date.now() + 3_600_000)),
  );
  const [hasUntil, setHasUntil] = useState(!!window.until && state !== "ended");
  const [until, setUntil] = useState(() =>
    toMadridInput(window.until && state !== "ended" ? window.until : new Date(Date.now() + 7 * 86_400_000)),
  );
  const [error, setError] = useState<string | null>(null);
  const copy = COPY[channel];

  const set = useMutation(
    trpc.studio.publishing.set.mutationOptions({
      onSuccess: () => {
        setError(null);
        toast.success(`${copy.title}: saved`);
        router.refresh();
      },
      onError: (err) => {
        const f = apiFailure(err);
        setError(f.answered ? f.message : "The studio could not be reached. Nothing was saved.");
      },
    }),
  );

  function save(e: React.FormEvent) {
    e.preventDefault();
    const start =
      mode === "from" ? fromMadridWallClock(from) : mode === "now" ? (state === "on" ? window.from : new Date()) : null;
    const end = mode !== "off" && hasUntil ? fromMadridWallClock(until) : null;
    if (mode === "from" && !start) return setError("Choose the date and time it goes on sale.");
    if (mode !== "off" && hasUntil && !end) return setError("Choose the date and time it ends, or untick “Until”.");
    set.mutate({ productId, channel, from: start, until: end });
  }

  const zone = madridZoneName(fromMadridWallClock(from) ?? now);

  return (
    <Panel
      title={copy.title}
      description={copy.what}
      actions={<copy.Icon aria-hidden="true" className="size-4 text-stone-400" />}
    >
      <p className="flex items-center gap-2 text-sm text-stone-800" role="status">
        <span aria-hidden="true" className={clsx("size-2 rounded-full", STATE_DOT[state])} />
        <span className="font-medium">{channelSentence(window, now)}</span>
      </p>
      <form onSubmit={save} className="mt-4 space-y-3" aria-label={`Publish on ${copy.title}`}>
        <fieldset className="space-y-2">
          <legend className="sr-only">When</legend>
          {(
            [
              ["off", "Not published", copy.off],
              state === "on"
                ? (["now", "Keep on sale", `Since ${formatMadrid(window.from!)}.`] as const)
                : (["now", "On sale now", "From the moment you save."] as const),
              ["from", "From a date and time", `Madrid time (${zone}).`],
            ] as const
          ).map(([value, label, hint]) => (
            <label key={value} className="flex items-start gap-2.5 text-sm">
              <input
                type="radio"
                name={`${id}-mode`}
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
                className="mt-0.5 size-4 accent-stone-900"
              />
              <span>
                <span className="font-medium text-stone-900">{label}</span>
                <span className="block text-xs text-stone-500">{hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {mode === "from" ? (
          <div className="pl-6">
            <label htmlFor={`${id}-from`} className="text-xs font-medium text-stone-700">
              On sale from (Madrid, {zone})
            </label>
            <input
              id={`${id}-from`}
              type="datetime-local"
              step={1}
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              className={clsx(controlClasses(), "mt-1 h-9 w-60")}
            />
          </div>
        ) : null}
        {mode !== "off" ? (
          <div className="pl-6">
            <label className="flex items-center gap-2 text-sm text-stone-800">
              <input
                type="checkbox"
                checked={hasUntil}
                onChange={(e) => setHasUntil(e.target.checked)}
                className="size-4 accent-stone-900"
              />
              Until a date and time
            </label>
            {hasUntil ? (
              <div className="mt-2">
                <label htmlFor={`${id}-until`} className="text-xs font-medium text-stone-700">
                  Off sale from (Madrid, {madridZoneName(fromMadridWallClock(until) ?? now)})
                </label>
                <input
                  id={`${id}-until`}
                  type="datetime-local"
                  step={1}
                  value={until}
                  onChange={(e) => setUntil(e.target.value)}
                  className={clsx(controlClasses(), "mt-1 h-9 w-60")}
                />
              </div>
            ) : null}
          </div>
        ) : null}
        {mode === "from" && fromMadridWallClock(from) ? (
          <p className="pl-6 text-xs text-stone-500">
            Goes on sale {formatMadrid(fromMadridWallClock(from)!, { seconds: true })}.
          </p>
        ) : null}
        {error ? <FormAlert>{error}</FormAlert> : null}
        <div className="flex justify-end">
          <Button
            type="submit"
            size="sm"
            className="min-h-9 rounded-lg px-4"
            pending={set.isPending}
            disabled={set.isPending}
          >
            {set.isPending ? "Saving…" : `Save ${copy.title.toLowerCase()} publishing`}
          </Button>
        </div>
      </form>
    </Panel>
  );
}
