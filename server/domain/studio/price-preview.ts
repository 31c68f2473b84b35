import "server-only";
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { formatMoney } from "@/lib/money";
import type { Locale } from "@/i18n/locales";
import { formatDateTime } from "@/lib/format";
import { madridZoneName, SHOP_TIME_ZONE } from "@/lib/shop-time";
import { say, type Said } from "@/server/errors";
import type { PriceChannel, PriceListDraft } from "./inputs-prices";
import { resolvePrices } from "./price-lists";

type Row = {
  variant_id: string;
  base_at_start: number;
  now_price: number;
  reference: number;
  other_list: number | null;
  raised_at: string | Date | null;
};

/**
 * What a price list would show, before it is saved: per variant and channel, the new price and
 * the struck-through "was" price the storefront would derive (the lowest price of the 30 days
 * before the start, LOCM art. 20.1), with a warning wherever that reference would mislead, in the
 * reader's language.
 */
export async function previewPriceList(
  db: Db,
  draft: Pick<PriceListDraft, "startsAt" | "endsAt" | "channels" | "prices" | "rule">,
  locale: Locale = "en",
) {
  const items = await resolvePrices(db, draft);
  const start = sql`greatest(${draft.startsAt.toISOString()}::timestamptz, now())`;
  const wanted = JSON.stringify(items.map((i) => ({ variant_id: i.variantId })));
  const byChannel = new Map<PriceChannel, Map<string, Row>>();
  for (const channel of draft.channels) {
    const ch = sql.raw(`'${channel}'`);
    const rows = await queryRows<Row>(
      db,
      sql`select x.variant_id,
          base_price_at(x.variant_id, ${start}) as base_at_start,
          channel_price(x.variant_id, ${ch}, now()) as now_price,
          lowest_price(x.variant_id, ${ch}, ${start} - interval '30 days', ${start}) as reference,
          list_price(x.variant_id, ${ch}, ${start}) as other_list,
          (select max(h.at) from variant_price_history h
            where h.variant_id = x.variant_id and h.at > ${start} - interval '30 days' and h.at <= ${start}
              and h.price_minor > base_price_at(x.variant_id, h.at - interval '1 microsecond')) as raised_at
        from jsonb_to_recordset(${wanted}::jsonb) as x(variant_id uuid)`,
    );
    byChannel.set(channel, new Map(rows.map((r) => [r.variant_id, r])));
  }
  const money = (minor: number) => formatMoney(minor, "EUR");
  const many = draft.channels.length > 1;
  const out = items.map((item) => {
    const warnings: string[] = [];
    const warn = (said: Said) => warnings.push(say(said, locale));
    const channels = draft.channels.map((channel) => {
      const r = byChannel.get(channel)!.get(item.variantId)!;
      // Which channel a warning is about, when the list has both.
      const on = many ? channel : "none";
      const reduced = item.amountMinor < r.base_at_start;
      if (!reduced)
        warn({
          key: "errors.studio.priceWarning.notReduction",
          values: { on, price: money(item.amountMinor), base: money(r.base_at_start) },
        });
      if (r.other_list !== null && r.other_list < item.amountMinor)
        warn({ key: "errors.studio.priceWarning.otherList", values: { on, other: money(r.other_list) } });
      if (reduced && r.raised_at && r.reference < r.base_at_start) {
        const raisedAt = new Date(r.raised_at);
        warn({
          key: "errors.studio.priceWarning.raisedWithin",
          values: {
            on,
            base: money(r.base_at_start),
            // Price lists run on Madrid's clock: "2 dic 2026, 10:00 CET".
            date: `${formatDateTime(raisedAt, locale, { timeZone: SHOP_TIME_ZONE })} ${madridZoneName(raisedAt)}`,
            reference: money(r.reference),
          },
        });
      } else if (reduced && r.reference <= item.amountMinor)
        warn({ key: "errors.studio.priceWarning.noWas", values: { on, reference: money(r.reference) } });
      return {
        channel,
        nowMinor: r.now_price,
        referenceMinor: r.reference,
        /** What the storefront or counter would strike through; null when it would show none. */
        wasMinor: r.reference > item.amountMinor ? r.reference : null,
      };
    });
    return {
      variantId: item.variantId,
      productId: item.productId,
      productName: item.productName,
      sku: item.sku,
      label: item.label,
      baseMinor: item.baseMinor,
      newMinor: item.amountMinor,
      channels,
      warnings,
    };
  });
  return { items: out, count: out.length, warnings: out.filter((i) => i.warnings.length).length };
}
