import { formatMadrid } from "@/lib/shop-time";

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
export function channelSentence(w: Window, now: Date): string {
  const state = channelState(w, now);
  const until = w.until ? `, until ${formatMadrid(w.until)}` : "";
  if (state === "off") return "Not published";
  if (state === "scheduled") return `From ${formatMadrid(w.from!)}${until}`;
  if (state === "ended") return `Ended ${formatMadrid(w.until!)}`;
  return `On sale since ${formatMadrid(w.from!)}${until}`;
}
