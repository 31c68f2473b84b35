"use client";

import { useMutation } from "@tanstack/react-query";
import { clsx } from "clsx";
import { Globe, Store } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";
import { controlClasses, Panel } from "@/app/studio/_components/controls";
import { madridTime } from "@/app/studio/_lib/when";
import { fromMadridWallClock, madridZoneName, toMadridInput } from "@/lib/shop-time";
import { apiFailure } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { Button } from "@/ui/button";
import { FormAlert } from "@/ui/field";
import { channelSentence, channelState, STATE_DOT, type Window } from "../../_components/channel-state";

type Mode = "off" | "now" | "from";

const ICON = { web: Globe, store: Store } as const;

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
  const t = useTranslations("studio.editor.publishing");
  const tChannel = useTranslations("studio.editor.channel");
  const locale = useLocale();
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
  const title = tChannel(`name.${channel}`);
  const Icon = ICON[channel];

  const set = useMutation(
    trpc.studio.publishing.set.mutationOptions({
      onSuccess: () => {
        setError(null);
        toast.success(t("savedToast", { channel: title }));
        router.refresh();
      },
      onError: (err) => {
        const f = apiFailure(err);
        setError(f.answered ? f.message : t("unreachable"));
      },
    }),
  );

  function save(e: React.FormEvent) {
    e.preventDefault();
    const start =
      mode === "from" ? fromMadridWallClock(from) : mode === "now" ? (state === "on" ? window.from : new Date()) : null;
    const end = mode !== "off" && hasUntil ? fromMadridWallClock(until) : null;
    if (mode === "from" && !start) return setError(t("needFrom"));
    if (mode !== "off" && hasUntil && !end) return setError(t("needUntil"));
    set.mutate({ productId, channel, from: start, until: end });
  }

  const zone = madridZoneName(fromMadridWallClock(from) ?? now);
  const modes = [
    ["off", t("mode.off"), t(`offHint.${channel}`)],
    state === "on"
      ? (["now", t("mode.keep"), t("keepHint", { since: madridTime(window.from!, locale) })] as const)
      : (["now", t("mode.now"), t("nowHint")] as const),
    ["from", t("mode.from"), t("fromHint", { zone })],
  ] as const;

  return (
    <Panel
      title={title}
      description={t(`what.${channel}`)}
      actions={<Icon aria-hidden="true" className="size-4 text-stone-400" />}
    >
      <p className="flex items-center gap-2 text-sm text-stone-800" role="status">
        <span aria-hidden="true" className={clsx("size-2 rounded-full", STATE_DOT[state])} />
        <span className="font-medium">{channelSentence(window, now, tChannel, locale)}</span>
      </p>
      <form onSubmit={save} className="mt-4 space-y-3" aria-label={t("formLabel", { channel: title })}>
        <fieldset className="space-y-2">
          <legend className="sr-only">{t("when")}</legend>
          {modes.map(([value, label, hint]) => (
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
              {t("fromLabel", { zone })}
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
              {t("until")}
            </label>
            {hasUntil ? (
              <div className="mt-2">
                <label htmlFor={`${id}-until`} className="text-xs font-medium text-stone-700">
                  {t("untilLabel", { zone: madridZoneName(fromMadridWallClock(until) ?? now) })}
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
            {t("goesOnSale", { at: madridTime(fromMadridWallClock(from)!, locale, { seconds: true }) })}
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
            {set.isPending ? t("saving") : t(`save.${channel}`)}
          </Button>
        </div>
      </form>
    </Panel>
  );
}
