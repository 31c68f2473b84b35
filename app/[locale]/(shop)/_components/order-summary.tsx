import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import { formatMoney, type Money } from "@/lib/money";
import { Link } from "@/i18n/navigation";

export type SummaryLine = {
  key: string;
  name: string;
  colour: string | null;
  size: string | null;
  quantity: number;
  unitPrice: Money;
  lineTotal: Money;
  href?: string;
  image?: { url: string; alt: string } | null;
  /** A warning about this line (e.g. not available where the customer chose). */
  problem?: string | null;
};

type Props = {
  lines: SummaryLine[];
  subtotal: Money;
  /** How it is received and what that costs: "Free", a price, or null while not chosen yet. */
  /** How it reaches the customer and what that costs; null when there is nothing to say (bought at a counter). */
  fulfilment: { label: string; cost: Money | null; hint?: string } | null;
  total: Money;
  heading?: string;
  headingLevel?: "h2" | "h3";
  className?: string;
  children?: React.ReactNode;
};

const money = (m: Money) => formatMoney(m.amountMinor, m.currency);

/** Lines and totals, for the checkout's cart and for a placed order. */
export function OrderSummary({
  lines,
  subtotal,
  fulfilment,
  total,
  heading,
  headingLevel: H = "h2",
  className,
  children,
}: Props) {
  const t = useTranslations("shop.orders");
  const count = lines.reduce((n, l) => n + l.quantity, 0);
  return (
    <section
      aria-labelledby="order-summary-heading"
      className={clsx("rounded-3xl border border-stone-200 bg-white p-5 sm:p-6", className)}
    >
      <div className="flex items-baseline justify-between gap-3">
        <H id="order-summary-heading" className="text-lg font-semibold text-stone-950">
          {heading ?? t("summary")}
        </H>
        <p className="text-sm text-stone-500">{t("items", { count })}</p>
      </div>
      <ul className="mt-4 divide-y divide-stone-100">
        {lines.map((line) => {
          const options = [line.colour, line.size].filter(Boolean).join(" · ");
          return (
            <li key={line.key} className="flex gap-3 py-3 first:pt-0">
              {line.image !== undefined ? (
                <div className="relative size-16 shrink-0 overflow-hidden rounded-xl bg-canvas">
                  {line.image ? (
                    // Product photos are already sized by the catalog; next/image adds nothing at 64px.
                    // eslint-disable-next-line @next/next/no-img-element
                    <img
                      src={line.image.url}
                      alt=""
                      width={64}
                      height={80}
                      loading="lazy"
                      className="size-full object-cover"
                    />
                  ) : null}
                  <span className="absolute right-1 bottom-1 grid h-5 min-w-5 place-items-center rounded-full bg-stone-950 px-1 text-[0.6875rem] font-semibold text-white tabular-nums">
                    <span className="sr-only">{t("quantity")} </span>
                    {line.quantity}
                  </span>
                </div>
              ) : null}
              <div className="min-w-0 flex-1">
                <p className="text-sm font-medium text-stone-950">
                  {line.href ? (
                    <Link href={line.href} className="hover:underline hover:underline-offset-4">
                      {line.name}
                    </Link>
                  ) : (
                    line.name
                  )}
                </p>
                {options ? <p className="mt-0.5 text-sm text-stone-600">{options}</p> : null}
                <p className="mt-0.5 text-xs text-stone-500 tabular-nums">
                  {line.quantity} × {money(line.unitPrice)}
                </p>
                {line.problem ? <p className="mt-1 text-xs font-medium text-out">{line.problem}</p> : null}
              </div>
              <p className="text-sm font-medium text-stone-950 tabular-nums">{money(line.lineTotal)}</p>
            </li>
          );
        })}
      </ul>
      <dl className="mt-4 space-y-2 border-t border-stone-200 pt-4 text-sm">
        <div className="flex justify-between gap-4">
          <dt className="text-stone-600">{t("subtotal")}</dt>
          <dd className="text-stone-950 tabular-nums">{money(subtotal)}</dd>
        </div>
        {fulfilment ? (
          <div className="flex justify-between gap-4">
            <dt className="text-stone-600">
              {fulfilment.label}
              {fulfilment.hint ? <span className="block text-xs text-stone-500">{fulfilment.hint}</span> : null}
            </dt>
            <dd className="text-stone-950 tabular-nums">
              {fulfilment.cost === null ? "—" : fulfilment.cost.amountMinor === 0 ? t("free") : money(fulfilment.cost)}
            </dd>
          </div>
        ) : null}
        <div className="flex justify-between gap-4 border-t border-stone-200 pt-3 text-base font-semibold text-stone-950">
          <dt>{t("total")}</dt>
          <dd className="tabular-nums">{money(total)}</dd>
        </div>
      </dl>
      {children}
    </section>
  );
}
