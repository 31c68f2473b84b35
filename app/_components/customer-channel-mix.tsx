import { clsx } from "clsx";
import { formatMoney } from "@/lib/money";
import { pluralise } from "@/lib/words";
import type { RouterOutputs } from "@/app/_lib/types";

type Mix = Pick<
  RouterOutputs["insights"]["customer"],
  "segment" | "channels" | "orders" | "revenueMinor" | "averageMinor" | "firstPurchase"
>;

const SEGMENT_WORDS = {
  web: "Buys on the web only",
  store: "Buys in store only",
  both: "Buys on the web and in store",
};
const CHANNEL_WORDS = { web: "Web", store: "Store" } as const;
const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const day = (d: string) => dayFormat.format(new Date(`${d}T00:00:00Z`));

/**
 * One customer's channel mix, for the studio and the console's customer view: where they buy,
 * how often and how much on each channel, and where they first bought.
 */
export function CustomerChannelMix({ mix, surface = "studio" }: { mix: Mix; surface?: "studio" | "console" }) {
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
        Channel mix
      </h2>
      {mix.segment === null ? (
        <p className="mt-2 text-sm text-stone-600">No purchases yet, on the web or in store.</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-stone-700">
            {SEGMENT_WORDS[mix.segment]} · {pluralise(mix.orders, "order")}, {formatMoney(mix.revenueMinor)} (average{" "}
            {formatMoney(mix.averageMinor)})
            {mix.firstPurchase
              ? ` · first bought ${mix.firstPurchase.channel === "web" ? "on the web" : "in store"} on ${day(mix.firstPurchase.day)}`
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
                <dt className="text-xs font-medium text-stone-500">{CHANNEL_WORDS[c.channel]}</dt>
                <dd className="text-stone-900 tabular-nums">
                  {pluralise(c.orders, "order")} · {formatMoney(c.revenueMinor)}
                </dd>
                <dd className="text-xs text-stone-500">{c.lastDay ? `Last ${day(c.lastDay)}` : "Never"}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
