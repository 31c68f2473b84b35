import { clsx } from "clsx";
import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import type { RouterOutputs } from "@/app/_lib/types";
import { formatMoney } from "@/lib/money";

export type PricePreview = RouterOutputs["studio"]["prices"]["preview"];

const SHOWN = 200;

/**
 * Each variant's new price and the struck-through "was" the storefront or counter would derive
 * (the lowest price of the 30 days before the start), with the warnings where it would mislead.
 */
export function PreviewTable({ preview }: { preview: PricePreview }) {
  const t = useTranslations("studio.prices.preview");
  const channels = preview.items[0]?.channels.map((c) => c.channel) ?? [];
  const items = t.rich("items", {
    count: preview.count,
    strong: (chunks) => <span className="font-medium text-stone-950">{chunks}</span>,
  });
  return (
    <div>
      <p className="mb-3 text-sm text-stone-700" role="status">
        {items}
        {preview.warnings ? (
          <span className="text-low"> · {t("warnings", { count: preview.warnings })}</span>
        ) : (
          <span className="text-stone-500"> · {t("noWarnings")}</span>
        )}
      </p>
      <table className="w-full text-sm">
        <thead className="text-left text-xs text-stone-500">
          <tr>
            <th className="py-2 pr-3 font-medium">{t("column.item")}</th>
            <th className="py-2 pr-3 text-right font-medium">{t("column.base")}</th>
            <th className="py-2 pr-3 text-right font-medium">{t("column.new")}</th>
            {channels.map((c) => (
              <th key={c} className="py-2 pr-3 text-right font-medium">
                {t(`column.was.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {preview.items.slice(0, SHOWN).map((i) => (
            <tr key={i.variantId} className={clsx("align-top", i.warnings.length && "bg-low-bg/40")}>
              <td className="py-2 pr-3">
                <span className="text-stone-950">{i.productName}</span>
                <span className="text-stone-500"> · {i.label}</span>
                {i.warnings.map((w) => (
                  <p key={w} className="mt-1 flex items-start gap-1.5 text-xs text-low">
                    <TriangleAlert aria-hidden="true" className="mt-0.5 size-3.5 shrink-0" />
                    {w}
                  </p>
                ))}
              </td>
              <td className="py-2 pr-3 text-right text-stone-600 tabular-nums">{formatMoney(i.baseMinor)}</td>
              <td className="py-2 pr-3 text-right font-medium text-stone-950 tabular-nums">
                {formatMoney(i.newMinor)}
              </td>
              {i.channels.map((c) => (
                <td key={c.channel} className="py-2 pr-3 text-right text-stone-600 tabular-nums">
                  {c.wasMinor !== null ? (
                    <s>{formatMoney(c.wasMinor)}</s>
                  ) : (
                    <span className="text-stone-400">{t("none")}</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {preview.count > SHOWN ? (
        <p className="mt-2 text-xs text-stone-500">{t("more", { count: preview.count - SHOWN })}</p>
      ) : null}
    </div>
  );
}
