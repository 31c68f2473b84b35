import { Eye } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/format";
import { madridZoneName } from "@/lib/shop-time";

/** Over a marketer's preview: this is the page as shoppers will see it, and whether they can yet. */
export function PreviewNotice({ onWeb, from, until }: { onWeb: boolean; from: Date | null; until: Date | null }) {
  const t = useTranslations("shop.product.preview");
  const locale = useLocale();
  // As marketers schedule it: Madrid's clock, with its zone ("2 dic 2026, 10:00 CET").
  const madrid = (at: Date) => `${formatDateTime(at, locale)} ${madridZoneName(at)}`;
  const when = onWeb
    ? until
      ? t("onWebUntil", { date: madrid(until) })
      : t("onWebNow")
    : from && from > new Date()
      ? t("goesOnSale", { date: madrid(from) })
      : t("notOnWeb");
  return (
    <div
      role="status"
      className="mb-4 flex items-start gap-3 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <Eye aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <p>
        <strong className="font-semibold">{t("title")}</strong> {t("text")} {when}
      </p>
    </div>
  );
}
