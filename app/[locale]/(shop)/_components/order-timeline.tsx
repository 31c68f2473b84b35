import { clsx } from "clsx";
import { Check, X } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { orderDateTime, useOrderWords, type OrderData, type OrderStatus } from "@/app/_components/order-status";

type Props = Pick<OrderData, "fulfilment" | "status" | "timeline" | "soldAtCounter"> & {
  /** The location's time zone: times read as the store's clock. */
  timeZone: string;
  /** A one-line bar for order lists; the full version lists each step with its time. */
  compact?: boolean;
  className?: string;
};

const PICKUP_STEPS = ["placed", "picking", "ready", "collected"] as const satisfies OrderStatus[];
const DELIVERY_STEPS = ["placed", "shipped", "delivered"] as const satisfies OrderStatus[];
/** Bought at the counter: the customer took it home there and then. */
const COUNTER_STEPS = ["collected"] as const satisfies OrderStatus[];

type Step = {
  status: OrderStatus;
  state: "done" | "current" | "upcoming" | "stopped";
  at: Date | null;
  note: string | null;
};

/**
 * The order's path: steps it went through (with their time), the one it is at, and the ones
 * still to come. A cancelled or expired order ends where it stopped, with that as its last step.
 */
export function orderSteps({
  fulfilment,
  status,
  timeline,
  soldAtCounter,
}: Pick<OrderData, "fulfilment" | "status" | "timeline" | "soldAtCounter">): Step[] {
  const path: readonly OrderStatus[] = soldAtCounter
    ? COUNTER_STEPS
    : fulfilment === "delivery"
      ? DELIVERY_STEPS
      : PICKUP_STEPS;
  const lastEvent = (s: OrderStatus) => timeline.findLast((e) => e.status === s) ?? null;
  const stopped = status === "cancelled" || status === "expired";
  const reached = stopped
    ? Math.max(0, ...timeline.map((e) => path.indexOf(e.status)))
    : Math.max(0, path.indexOf(status));
  const finished = !stopped && reached === path.length - 1;

  const steps: Step[] = path.slice(0, stopped ? reached + 1 : path.length).map((s, i) => ({
    status: s,
    state: i < reached || (i === reached && (finished || stopped)) ? "done" : i === reached ? "current" : "upcoming",
    at: i <= reached ? (lastEvent(s)?.at ?? null) : null,
    note: i <= reached ? (lastEvent(s)?.note ?? null) : null,
  }));
  if (stopped)
    steps.push({ status, state: "stopped", at: lastEvent(status)?.at ?? null, note: lastEvent(status)?.note ?? null });
  return steps;
}

export function OrderTimeline({ compact, timeZone, className, ...order }: Props) {
  const steps = orderSteps(order);
  return compact ? (
    <CompactTimeline steps={steps} className={className} />
  ) : (
    <FullTimeline steps={steps} timeZone={timeZone} className={className} />
  );
}

/** A step's name and, for screen readers, where the order stands on it: "Ready (current step)". */
function StepLabel({ step }: { step: Step }) {
  const t = useTranslations("shop.orders.timeline");
  const name = useOrderWords().status(step.status, "step");
  return (
    <>
      {name}
      <span className="sr-only"> ({t(step.state)})</span>
    </>
  );
}

function CompactTimeline({ steps, className }: { steps: Step[]; className?: string }) {
  const t = useTranslations("shop.orders.timeline");
  return (
    <ol
      aria-label={t("label")}
      className={clsx("grid gap-1.5", className)}
      style={{ gridTemplateColumns: `repeat(${steps.length}, minmax(0, 1fr))` }}
    >
      {steps.map((step) => (
        <li key={step.status} aria-current={step.state === "current" ? "step" : undefined} className="min-w-0">
          <span
            aria-hidden="true"
            className={clsx(
              "block h-1.5 rounded-full",
              step.state === "done" && "bg-stone-800",
              step.state === "current" && "bg-accent-600",
              step.state === "upcoming" && "bg-stone-200",
              step.state === "stopped" && "bg-out",
            )}
          />
          <span
            className={clsx(
              "mt-1.5 block truncate text-xs",
              step.state === "done" && "text-stone-700",
              step.state === "current" && "font-semibold text-accent-700",
              step.state === "upcoming" && "text-stone-400",
              step.state === "stopped" && "font-semibold text-out",
            )}
          >
            <StepLabel step={step} />
          </span>
        </li>
      ))}
    </ol>
  );
}

function FullTimeline({ steps, timeZone, className }: { steps: Step[]; timeZone: string; className?: string }) {
  const t = useTranslations("shop.orders.timeline");
  const locale = useLocale();
  return (
    <ol aria-label={t("label")} className={clsx("space-y-0", className)}>
      {steps.map((step, i) => {
        const last = i === steps.length - 1;
        return (
          <li
            key={step.status}
            aria-current={step.state === "current" ? "step" : undefined}
            className="relative flex gap-3.5 pb-6 last:pb-0"
          >
            {!last ? (
              <span
                aria-hidden="true"
                className={clsx(
                  "absolute top-7 bottom-1 left-[0.6875rem] w-0.5 rounded-full",
                  step.state === "done" ? "bg-stone-800" : "bg-stone-200",
                )}
              />
            ) : null}
            <span
              aria-hidden="true"
              className={clsx(
                "relative grid size-6 shrink-0 place-items-center rounded-full border-2",
                step.state === "done" && "border-stone-800 bg-stone-800 text-white",
                step.state === "current" && "border-accent-600 bg-white ring-4 ring-accent-100",
                step.state === "upcoming" && "border-stone-200 bg-white",
                step.state === "stopped" && "border-out bg-out text-white",
              )}
            >
              {step.state === "done" ? <Check className="size-3.5" strokeWidth={3} /> : null}
              {step.state === "current" ? <span className="size-2 rounded-full bg-accent-600" /> : null}
              {step.state === "stopped" ? <X className="size-3.5" strokeWidth={3} /> : null}
            </span>
            <div className="min-w-0 pt-0.5">
              <p
                className={clsx(
                  "text-sm",
                  step.state === "done" && "font-medium text-stone-900",
                  step.state === "current" && "font-semibold text-accent-700",
                  step.state === "upcoming" && "text-stone-400",
                  step.state === "stopped" && "font-semibold text-out",
                )}
              >
                <StepLabel step={step} />
              </p>
              {step.at ? (
                <p className="mt-0.5 text-xs text-stone-500 tabular-nums">
                  <time dateTime={step.at.toISOString()}>{orderDateTime(step.at, timeZone, false, locale)}</time>
                </p>
              ) : null}
              {step.note ? <p className="mt-1 text-sm text-stone-600">{step.note}</p> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
