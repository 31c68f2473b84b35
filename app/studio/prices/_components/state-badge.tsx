import type { PriceChannel, PriceListState } from "@/server/domain/studio/inputs-prices";
import { Badge, type BadgeTone } from "@/ui/badge";

const TONE: Record<PriceListState, BadgeTone> = { active: "ok", scheduled: "accent", ended: "quiet", cancelled: "out" };
const LABEL: Record<PriceListState, string> = {
  active: "Active",
  scheduled: "Scheduled",
  ended: "Ended",
  cancelled: "Cancelled",
};

/** A price list's state as the database's clock sees it now. */
export function PriceListStateBadge({ state }: { state: PriceListState }) {
  return <Badge tone={TONE[state]}>{LABEL[state]}</Badge>;
}

export function channelWords(channels: PriceChannel[]) {
  return channels.length === 2 ? "Web and stores" : channels[0] === "web" ? "Web only" : "Stores only";
}
