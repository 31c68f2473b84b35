"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { clsx } from "clsx";
import { ArrowLeft, CheckCheck, ListChecks, Mail, Phone } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/trpc/react";
import { BarcodeScanner } from "@/app/staff/_components/scanner";
import { OrderStatusBadge, useOrderWords } from "@/app/_components/order-status";
import { Bone, LoadingStatus } from "@/ui/skeleton";
import { useFailureOf, useStaffWords } from "@/app/staff/_lib/format";
import { MissingDialog, PickLineItem, type PickLine } from "./pick-line";
import { Button, buttonClasses } from "@/ui/button";

/**
 * One pickup order on the picking tablet: scan or type each item (or tap its line), mark what the
 * shelf doesn't have, then mark the order ready. Live: another tablet's picks show up here too.
 */
export function Picking({ orderNumber, timeZone }: { orderNumber: string; timeZone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const t = useTranslations("staff.picking");
  const words = useStaffWords();
  const orderWords = useOrderWords();
  const failureOf = useFailureOf();
  const order = useQuery(
    trpc.pickup.order.queryOptions(
      { orderNumber },
      { retry: (n, err) => n < 2 && failureOf(err).code !== "NOT_FOUND" },
    ),
  );
  const [scanError, setScanError] = useState<string | null>(null);
  const [missingLine, setMissingLine] = useState<PickLine | null>(null);
  const [missingError, setMissingError] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.pickup.pathKey() });

  const pick = useMutation(trpc.pickup.pickLine.mutationOptions({ onSettled: refresh }));
  const pickAll = useMutation(
    trpc.pickup.pickAll.mutationOptions({ onSettled: refresh, onError: (e) => toast.error(failureOf(e).message) }),
  );
  const missing = useMutation(trpc.pickup.markMissing.mutationOptions({ onSettled: refresh }));
  const ready = useMutation(
    trpc.pickup.markReady.mutationOptions({
      onSuccess: () => {
        toast.success(t("readyToast", { number: orderNumber }), { description: t("customerEmailed") });
        refresh();
        router.push("/staff");
      },
      onError: (e) => {
        toast.error(t("readyFailed", { number: orderNumber }), { description: failureOf(e).message });
        refresh();
      },
    }),
  );

  async function onCode(code: string) {
    try {
      const done = await pick.mutateAsync({ orderNumber, code });
      setScanError(null);
      toast.success(
        t("pickedToast", { name: done.line.name, picked: done.line.picked, quantity: done.line.quantity }),
        {
          description: done.left ? t("left", { count: done.left }) : t("allPicked"),
        },
      );
      return true;
    } catch (err) {
      setScanError(failureOf(err).message);
      return false;
    }
  }

  if (order.isPending) return <PickingSkeleton />;
  if (order.isError) {
    return (
      <div role="alert" className="mx-auto max-w-lg rounded-3xl border border-stone-200 bg-white p-8 text-center">
        <h2 className="text-xl font-semibold text-stone-950">{t("didNotLoad")}</h2>
        <p className="mt-2 text-stone-600">{failureOf(order.error).message}</p>
        <BackToQueue className="mt-6" />
      </div>
    );
  }

  const o = order.data;
  const open = o.status === "placed" || o.status === "picking";
  const units = o.lines.reduce((n, l) => n + l.quantity, 0);
  const resolved = o.lines.reduce((n, l) => n + l.picked + l.missing, 0);
  const keptElsewhere = (line: PickLine) =>
    o.lines.some((l) => l.id !== line.id && l.quantity - l.missing > 0) || line.picked > 0;

  return (
    <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
      <div className="space-y-5">
        <div className="flex flex-wrap items-center gap-3">
          <BackToQueue />
          <h2 className="text-3xl font-semibold tracking-tight text-stone-950 tabular-nums">{o.orderNumber}</h2>
          <OrderStatusBadge status={o.status} />
        </div>

        {open ? (
          <section aria-label={t("scanSection")} className="rounded-3xl border border-stone-200 bg-white p-5">
            <BarcodeScanner
              kind="item"
              label={t("scanLabel")}
              hint={t("scanHint")}
              placeholder={t("scanPlaceholder")}
              submitLabel={t("pick")}
              onCode={onCode}
              busy={pick.isPending}
              error={scanError}
              autoFocus
            />
          </section>
        ) : null}

        <section aria-labelledby="lines-heading">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <h3 id="lines-heading" className="text-lg font-semibold text-stone-950">
              {t("done", { done: resolved, count: units })}
            </h3>
            {open && resolved < units ? (
              <Button
                variant="secondary"
                size="lg"
                onClick={() => pickAll.mutate({ orderNumber })}
                aria-disabled={pickAll.isPending}
                className="bg-white px-5"
              >
                <ListChecks aria-hidden="true" className="size-5" />
                {t("confirmAll")}
              </Button>
            ) : null}
          </div>
          <div
            role="progressbar"
            aria-label={t("progress")}
            aria-valuemin={0}
            aria-valuemax={units}
            aria-valuenow={resolved}
            className="mt-3 h-2 overflow-hidden rounded-full bg-stone-200"
          >
            <div
              className="h-full rounded-full bg-ok transition-[width]"
              style={{ width: `${units ? (resolved / units) * 100 : 0}%` }}
            />
          </div>
          <ul className="mt-4 space-y-3">
            {o.lines.map((line) => (
              <PickLineItem
                key={line.id}
                line={line}
                open={open}
                busy={pick.isPending}
                onPick={() =>
                  !pick.isPending &&
                  pick.mutate({ orderNumber, lineId: line.id }, { onError: (e) => toast.error(failureOf(e).message) })
                }
                onMissing={() => {
                  setMissingError(null);
                  setMissingLine(line);
                }}
              />
            ))}
          </ul>
        </section>

        {open ? (
          <div className="sticky bottom-0 -mx-4 flex items-center justify-end gap-3 border-t border-stone-200 bg-stone-100/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-3xl sm:border">
            <p className="mr-auto text-sm text-stone-700">
              {resolved < units ? t("stillToPick", { count: units - resolved }) : t("everythingPicked")}
            </p>
            <button
              type="button"
              onClick={() => !ready.isPending && ready.mutate({ orderNumber })}
              aria-disabled={resolved < units || ready.isPending}
              className={clsx(
                "inline-flex min-h-12 shrink-0 items-center gap-2 rounded-full px-6 text-base font-semibold whitespace-nowrap text-white",
                resolved < units
                  ? "cursor-not-allowed bg-stone-400"
                  : ready.isPending
                    ? "cursor-wait bg-stone-600"
                    : "bg-ok hover:bg-ok/90",
              )}
            >
              <CheckCheck aria-hidden="true" className="size-5" />
              {t("markReady")}
            </button>
          </div>
        ) : (
          <p className="rounded-2xl bg-white px-4 py-3 text-base text-stone-800">
            {o.status === "ready" ? t("readyWaiting") : t("closed", { status: o.status })}
          </p>
        )}
      </div>

      <aside className="space-y-4" aria-label={t("details")}>
        <section className="rounded-3xl border border-stone-200 bg-white p-5">
          <h3 className="text-base font-semibold text-stone-950">{t("customer")}</h3>
          <p className="mt-1 text-lg text-stone-900">{o.contactName}</p>
          {o.email ? (
            <p className="mt-1 flex items-center gap-2 text-sm break-all text-stone-700">
              <Mail aria-hidden="true" className="size-4 shrink-0" />
              {o.email}
            </p>
          ) : null}
          {o.phone ? (
            <p className="mt-1 flex items-center gap-2 text-sm text-stone-700">
              <Phone aria-hidden="true" className="size-4 shrink-0" />
              {o.phone}
            </p>
          ) : null}
          <h3 className="mt-4 text-base font-semibold text-stone-950">{t("payment")}</h3>
          <p className="mt-1 text-sm text-stone-700">{words.payment(o)}</p>
        </section>
        <section className="rounded-3xl border border-stone-200 bg-white p-5">
          <h3 className="text-base font-semibold text-stone-950">{t("history")}</h3>
          <ol className="mt-2 space-y-2 text-sm">
            {o.events.map((e, i) => (
              <li key={i} className="text-stone-700">
                <span className="font-medium text-stone-950">{orderWords.status(e.status)}</span> ·{" "}
                {words.clock(e.at, timeZone)}
                {e.by ? ` · ${e.by}` : ""}
                {e.note ? <span className="block text-stone-600">{e.note}</span> : null}
              </li>
            ))}
          </ol>
        </section>
      </aside>

      <MissingDialog
        line={missingLine}
        cancelsOrder={(n) => missingLine !== null && !keptElsewhere(missingLine) && n === missingLine.left}
        pending={missing.isPending}
        error={missingError}
        onClose={() => setMissingLine(null)}
        onConfirm={(quantity, reason) =>
          missingLine &&
          missing.mutate(
            { orderNumber, lineId: missingLine.id, quantity, ...(reason.trim() ? { reason } : {}) },
            {
              onSuccess: (r) => {
                setMissingLine(null);
                toast.success(
                  r.status === "cancelled" ? t("cancelledNothingFound", { number: orderNumber }) : t("markedMissing"),
                );
                if (r.status === "cancelled") router.push("/staff");
              },
              onError: (e) => setMissingError(failureOf(e).message),
            },
          )
        }
      />
    </div>
  );
}

function BackToQueue({ className }: { className?: string }) {
  const t = useTranslations("staff.picking");
  return (
    <Link
      href="/staff"
      className={buttonClasses({
        variant: "secondary",
        size: "lg",
        className: clsx("gap-1.5 bg-white px-4", className),
      })}
    >
      <ArrowLeft aria-hidden="true" className="size-5" />
      {t("queue")}
    </Link>
  );
}

function PickingSkeleton() {
  const t = useTranslations("staff.picking");
  return (
    <div>
      <LoadingStatus label={t("loading")} />
      <Bone className="h-10 w-64" />
      <Bone className="mt-5 h-32 w-full rounded-3xl" />
      <Bone className="mt-5 h-28 w-full rounded-3xl" />
      <Bone className="mt-3 h-28 w-full rounded-3xl" />
    </div>
  );
}
