import { useTranslations } from "next-intl";
import type { PriceChannel, PriceListState } from "@/server/domain/studio/inputs-prices";
import type { Translate } from "@/app/studio/_lib/translate";
import { Badge, type BadgeTone } from "@/ui/badge";

const TONE: Record<PriceListState, BadgeTone> = { active: "ok", scheduled: "accent", ended: "quiet", cancelled: "out" };

/** A price list's state as the database's clock sees it now. */
export function PriceListStateBadge({ state }: { state: PriceListState }) {
  const t = useTranslations("studio.prices.state");
  return <Badge tone={TONE[state]}>{t(state)}</Badge>;
}

/** "Web and stores", "Web only", "Stores only". */
export function channelWords(channels: PriceChannel[], t: Translate<"studio.prices.channels">) {
  return channels.length === 2 ? t("both") : channels[0] === "web" ? t("web") : t("store");
}
