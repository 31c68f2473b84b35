import type { Locale } from "@/i18n/locales";
import type { Translate } from "@/app/studio/_lib/translate";
import { madridTime } from "@/app/studio/_lib/when";

export type Window = { from: Date | null; until: Date | null };
export type ChannelState = "on" | "scheduled" | "ended" | "off";

/** The dot beside a channel's state, in the header and on the publishing tab alike. */
export const STATE_DOT: Record<ChannelState, string> = {
  on: "bg-ok",
  scheduled: "bg-amber-500",
  ended: "bg-stone-400",
  off: "ring-1 ring-stone-400",
};

/** Where one channel's window stands at `now`. */
export function channelState(w: Window, now: Date): ChannelState {
  if (!w.from) return "off";
  if (w.from > now) return "scheduled";
  if (w.until && w.until <= now) return "ended";
  return "on";
}

/** One line a marketer reads: "On sale since 2 Dec 2026, 10:00 CET, until …". */
export function channelSentence(w: Window, now: Date, t: Translate<"studio.editor.channel">, locale: Locale): string {
  const state = channelState(w, now);
  if (state === "off") return t("off");
  const from = madridTime(w.from!, locale);
  const until = w.until ? madridTime(w.until, locale) : null;
  if (state === "ended") return t("ended", { until: until! });
  if (state === "scheduled") return until ? t("scheduledUntil", { from, until }) : t("scheduled", { from });
  return until ? t("onUntil", { from, until }) : t("on", { from });
}
