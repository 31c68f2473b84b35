import { clsx } from "clsx";
import { useLocale, useTranslations } from "next-intl";
import type { RouterOutputs } from "@/app/_lib/types";
import { formatDate } from "@/lib/format";
import { formatMoney } from "@/lib/money";

type Mix = Pick<
  RouterOutputs["insights"]["customer"],
  "segment" | "channels" | "orders" | "revenueMinor" | "averageMinor" | "firstPurchase"
>;

/**
 * One customer's channel mix, for the studio and the console's customer view: where they buy,
 * how often and how much on each channel, and where they first bought. Its words are in `common`,
 * which both surfaces give their pages.
 */
export function CustomerChannelMix({ mix, surface = "studio" }: { mix: Mix; surface?: "studio" | "console" }) {
  const t = useTranslations("common.channelMix");
  const locale = useLocale();
  // A shop day ("2026-03-01") read in UTC, so no zone moves it to the day before.
  const day = (d: string) => formatDate(new Date(`${d}T00:00:00Z`), locale, { timeZone: "UTC" });
  return (
    <section
      aria-labelledby="channel-mix"
      className={clsx(
        "bg-white",
        // The console's cards are rounder, for fingers on a tablet.
        surface === "console"
          ? "rounded-3xl p-5 ring-1 ring-stone-200"
          : "rounded-xl border border-stone-200 px-5 py-4",
      )}
    >
      <h2 id="channel-mix" className="text-base font-semibold text-stone-950">
        {t("title")}
      </h2>
      {mix.segment === null ? (
        <p className="mt-2 text-sm text-stone-600">{t("none")}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-stone-700">
            {t(`segment.${mix.segment}`)} ·{" "}
            {t("summary", {
              orders: mix.orders,
              revenue: formatMoney(mix.revenueMinor),
              average: formatMoney(mix.averageMinor),
            })}
            {mix.firstPurchase
              ? ` · ${t("firstBought", { channel: mix.firstPurchase.channel, day: day(mix.firstPurchase.day) })}`
              : null}
          </p>
          <div className="mt-3 flex h-2.5 overflow-hidden rounded-full bg-stone-100" aria-hidden="true">
            {mix.channels.map((c) => (
              <span
                key={c.channel}
                className={c.channel === "web" ? "bg-sky-600" : "bg-accent-600"}
                style={{ width: `${mix.revenueMinor ? (c.revenueMinor / mix.revenueMinor) * 100 : 0}%` }}
              />
            ))}
          </div>
          <dl className="mt-3 grid grid-cols-2 gap-3 text-sm">
            {mix.channels.map((c) => (
              <div key={c.channel}>
                <dt className="text-xs font-medium text-stone-500">{t(`channel.${c.channel}`)}</dt>
                <dd className="text-stone-900 tabular-nums">
                  {t("orders", { count: c.orders })} · {formatMoney(c.revenueMinor)}
                </dd>
                <dd className="text-xs text-stone-500">
                  {c.lastDay ? t("last", { day: day(c.lastDay) }) : t("never")}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
