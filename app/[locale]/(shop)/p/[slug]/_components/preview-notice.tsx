import { Eye } from "lucide-react";
import { formatMadrid } from "@/lib/shop-time";

/** Over a marketer's preview: this is the page as shoppers will see it, and whether they can yet. */
export function PreviewNotice({ onWeb, from, until }: { onWeb: boolean; from: Date | null; until: Date | null }) {
  const when = onWeb
    ? until
      ? `On sale on the web until ${formatMadrid(until)}.`
      : "On sale on the web now."
    : from && from > new Date()
      ? `Goes on sale on the web on ${formatMadrid(from)}. Shoppers get “not found” until then.`
      : "Not on the web: shoppers get “not found”.";
  return (
    <div
      role="status"
      className="mb-4 flex items-start gap-3 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <Eye aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <p>
        <strong className="font-semibold">Preview.</strong> This is the page exactly as shoppers will see it. {when}
      </p>
    </div>
  );
}
