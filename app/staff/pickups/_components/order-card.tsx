"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { clsx } from "clsx";
import {
  Banknote,
  CalendarClock,
  CheckCheck,
  Clock,
  CreditCard,
  Package,
  PackageCheck,
  ScanBarcode,
  ShoppingBasket,
  Timer,
} from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/trpc/react";
import { orderDateTime, OrderStatusBadge } from "@/app/_components/order-status";
import { CardMenu } from "./card-menu";
import {
  isOverdue,
  OrderAge,
  paysAtCounter,
  PROMISE_MS,
  useFailureOf,
  useStaffWords,
  type QueueOrder,
} from "@/app/staff/_lib/format";
import { buttonClasses } from "@/ui/button";
import { Spinner } from "@/ui/spinner";
import { Badge } from "@/ui/badge";

type Props = {
  order: QueueOrder;
  now: number;
  timeZone: string;
  /** Arrived while the console was open: highlighted until someone acts on it. */
  fresh: boolean;
  /** In the Overdue view orders of every status sit together, so each says its status. */
  showStatus: boolean;
  onHandover: (order: QueueOrder) => void;
  onCancel: (order: QueueOrder) => void;
  onActed: (orderNumber: string) => void;
};

export function OrderCard({ order, now, timeZone, fresh, showStatus, onHandover, onCancel, onActed }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const t = useTranslations("staff.card");
  const words = useStaffWords();
  const failureOf = useFailureOf();
  const titleId = useId();
  const queueKey = trpc.pickup.queue.queryKey();
  const overdue = isOverdue(order, now);
  const pickHref = `/staff/pickups/${order.orderNumber}`;
  /** Every unit picked or marked missing: it can be marked ready from the card. */
  const resolved = order.resolvedCount >= order.itemCount;
  const dueAt = new Date(order.placedAt.getTime() + PROMISE_MS);

  const options = {
    onSuccess: ({ orderNumber, status }: { orderNumber: string; status: "picking" | "ready" }) => {
      // The card moves to its new tab at once; the refetch (and the live event) confirm it.
      queryClient.setQueryData(queueKey, (queue) =>
        queue?.map((o) => (o.orderNumber === orderNumber ? { ...o, status } : o)),
      );
      void queryClient.invalidateQueries({ queryKey: queueKey });
      toast.success(
        status === "picking" ? t("movedPicking", { number: orderNumber }) : t("movedReady", { number: orderNumber }),
      );
      // Picking happens line by line on the order's own page.
      if (status === "picking") router.push(pickHref);
    },
    onError: (err: unknown) => {
      toast.error(t("updateFailed", { number: order.orderNumber }), { description: failureOf(err).message });
      void queryClient.invalidateQueries({ queryKey: queueKey });
    },
  };
  const startPicking = useMutation(trpc.pickup.startPicking.mutationOptions(options));
  const markReady = useMutation(trpc.pickup.markReady.mutationOptions(options));
  const pending = startPicking.isPending || markReady.isPending;

  function act() {
    if (pending) return;
    onActed(order.orderNumber);
    if (order.status === "placed") startPicking.mutate({ orderNumber: order.orderNumber });
    else if (order.status === "picking" && !resolved) router.push(pickHref);
    else if (order.status === "picking") markReady.mutate({ orderNumber: order.orderNumber });
    else onHandover(order);
  }

  const action =
    order.status === "placed"
      ? {
          label: t("startPicking"),
          pendingLabel: t("starting"),
          Icon: ShoppingBasket,
          tone: "bg-stone-950 hover:bg-stone-800",
        }
      : order.status === "picking" && !resolved
        ? {
            label: t("continuePicking"),
            pendingLabel: "",
            Icon: ScanBarcode,
            tone: "bg-stone-950 hover:bg-stone-800",
          }
        : order.status === "picking"
          ? { label: t("markReady"), pendingLabel: t("markingReady"), Icon: CheckCheck, tone: "bg-ok hover:bg-ok/90" }
          : { label: t("handOver"), pendingLabel: "", Icon: PackageCheck, tone: "bg-accent-600 hover:bg-accent-700" };
  const counter = paysAtCounter(order) && order.paymentStatus !== "paid";

  return (
    <li className="flex">
      <article
        aria-labelledby={titleId}
        className={clsx(
          "flex w-full flex-col rounded-3xl border bg-white p-5 shadow-sm transition-shadow",
          fresh
            ? "border-accent-400 shadow-lg ring-4 shadow-accent-900/10 ring-accent-200"
            : overdue
              ? "border-out/40"
              : "border-stone-200",
        )}
      >
        <div className="flex items-start justify-between gap-3">
          <h3
            id={titleId}
            className="text-[1.75rem] leading-none font-semibold tracking-tight text-stone-950 tabular-nums"
          >
            <Link
              href={pickHref}
              className="-m-2 inline-flex min-h-11 items-center p-2 underline-offset-4 hover:underline"
            >
              {order.orderNumber}
              <span className="sr-only">{t("open")}</span>
            </Link>
          </h3>
          <div className="flex flex-wrap justify-end gap-1.5">
            {fresh ? (
              <Badge tone="accent" className="motion-safe:animate-shimmer">
                {t("new")}
              </Badge>
            ) : null}
            {showStatus ? <OrderStatusBadge status={order.status} /> : null}
          </div>
        </div>
        <p className="mt-2 truncate text-lg font-medium text-stone-900" title={order.contactName}>
          {order.contactName}
        </p>
        <div className="mt-3 space-y-1.5 text-sm text-stone-700">
          <p className="flex items-center gap-2">
            <Package aria-hidden="true" className="size-4 shrink-0 text-stone-500" />
            {order.status === "picking"
              ? t("picked", { done: order.resolvedCount, count: order.itemCount })
              : words.t("items", { count: order.itemCount })}
            <span aria-hidden="true" className="text-stone-300">
              ·
            </span>
            <Clock aria-hidden="true" className="size-4 shrink-0 text-stone-500" />
            <span>
              <span className="sr-only">{t("placed")} </span>
              <OrderAge placedAt={order.placedAt} now={now} timeZone={timeZone} />
            </span>
          </p>
          <p className={clsx("flex items-center gap-2", counter && "font-semibold text-low")}>
            {paysAtCounter(order) ? (
              <Banknote aria-hidden="true" className="size-4 shrink-0" />
            ) : (
              <CreditCard aria-hidden="true" className="size-4 shrink-0 text-stone-500" />
            )}
            {words.payment(order)}
          </p>
          {order.status !== "ready" ? (
            <p className={clsx("flex items-center gap-2", overdue && "font-semibold text-out")}>
              <Timer aria-hidden="true" className={clsx("size-4 shrink-0", !overdue && "text-stone-500")} />
              {overdue
                ? t("overdueBy", { time: words.duration(now - dueAt.getTime()) })
                : t("promisedBy", { time: words.clock(dueAt, timeZone) })}
            </p>
          ) : order.collectBy ? (
            // Ready and unpaid: it expires, and its items go back on sale, if not collected by then.
            <p className="flex items-center gap-2">
              <CalendarClock aria-hidden="true" className="size-4 shrink-0 text-stone-500" />
              {t("heldUntil", { time: orderDateTime(order.collectBy, timeZone, false, words.locale) })}
            </p>
          ) : null}
        </div>
        <div className="mt-auto flex items-center justify-between gap-3 pt-5">
          <CardMenu orderNumber={order.orderNumber} onCancel={() => onCancel(order)} />
          <button
            type="button"
            onClick={act}
            aria-disabled={pending}
            aria-busy={pending}
            className={buttonClasses({
              variant: null,
              size: "lg",
              className: clsx(
                "flex-1 px-5 whitespace-nowrap text-white",
                pending ? "cursor-wait bg-stone-600" : action.tone,
              ),
            })}
          >
            {pending ? (
              <>
                <Spinner />
                {action.pendingLabel}
              </>
            ) : (
              <>
                <action.Icon aria-hidden="true" className="size-5" />
                {action.label}
                <span className="sr-only"> {order.orderNumber}</span>
              </>
            )}
          </button>
        </div>
      </article>
    </li>
  );
}
