"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useVirtualizer } from "@tanstack/react-virtual";
import { clsx } from "clsx";
import { CircleAlert, CircleCheck, Download, FileUp, Loader2 } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { toast } from "sonner";
import type { RouterOutputs } from "@/app/_lib/types";
import { formatNumber } from "@/lib/format";
import { IMPORT_MAX_CHARS, IMPORT_MAX_ROWS } from "@/server/domain/studio/inputs-csv";
import { useTRPC } from "@/trpc/react";
import { Panel } from "../../../_components/controls";
import { callWithProgress, CallError } from "../_lib/call-with-progress";

type Preview = RouterOutputs["studio"]["import"]["preview"];
type Applied = RouterOutputs["studio"]["import"]["commit"];

/** Where the file is: chosen and read, sent (with how much), checked, shown, applied. */
type Step =
  | { at: "idle"; error?: string }
  | { at: "sending"; name: string; sent: number; total: number; then: "checking" | "applying" }
  | { at: "checking"; name: string }
  | { at: "preview"; name: string; csv: string; preview: Preview; error?: string }
  | { at: "applying"; name: string; csv: string; preview: Preview }
  | { at: "done"; name: string; applied: Applied };

/**
 * The CSV round trip: export the catalog (for a Spanish Excel or as standard CSV), choose the
 * edited file, see every change and every problem by row and column, then apply it all or
 * nothing. Applying sends the preview's fingerprint, so a catalog that changed in between is
 * refused rather than half-overwritten.
 */
export function ImportFlow() {
  const t = useTranslations("studio.import");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ at: "idle" });
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const maxMegabytes = IMPORT_MAX_CHARS / 1_000_000;
  /** The server's words when it answered with some; ours otherwise. */
  const callProblem = (err: unknown, fallback: string) =>
    err instanceof CallError ? (err.serverMessage ?? t(`callError.${err.reason}`)) : fallback;

  async function choose(file: File | undefined) {
    if (!file) return;
    if (!/\.(csv|txt)$/i.test(file.name) && !file.type.includes("csv") && file.type !== "text/plain")
      return setStep({
        at: "idle",
        error: t("notCsv", { name: file.name }),
      });
    // Characters, not bytes, are what the server counts; a byte is at most one character.
    if (file.size > IMPORT_MAX_CHARS * 4)
      return setStep({
        at: "idle",
        error: t("tooBig", {
          name: file.name,
          size: formatNumber(file.size / 1_000_000, locale, { maximumFractionDigits: 1 }),
          max: maxMegabytes,
        }),
      });
    const csv = await file.text();
    if (csv.length > IMPORT_MAX_CHARS)
      return setStep({
        at: "idle",
        error: t("tooLong", { name: file.name, max: maxMegabytes }),
      });
    setStep({ at: "sending", name: file.name, sent: 0, total: csv.length, then: "checking" });
    try {
      const preview = await callWithProgress<Preview>("studio.import.preview", { csv }, (sent, total) =>
        sent >= total && total > 0
          ? setStep({ at: "checking", name: file.name })
          : setStep({ at: "sending", name: file.name, sent, total, then: "checking" }),
      );
      setStep({ at: "preview", name: file.name, csv, preview });
    } catch (err) {
      setStep({ at: "idle", error: callProblem(err, t("failed")) });
    }
  }

  async function apply(name: string, csv: string, preview: Preview) {
    setStep({ at: "applying", name, csv, preview });
    try {
      const applied = await callWithProgress<Applied>(
        "studio.import.commit",
        { csv, expected: preview.fingerprint },
        () => undefined,
      );
      setStep({ at: "done", name, applied });
      toast.success(t("importedToast", { count: applied.changes }));
      await queryClient.invalidateQueries({ queryKey: trpc.studio.pathKey() });
    } catch (err) {
      setStep({
        at: "preview",
        name,
        csv,
        preview,
        error: callProblem(err, t("applyFailed")),
      });
    }
  }

  const busy = step.at === "sending" || step.at === "checking" || step.at === "applying";
  // Once a file is in, the drop zone shrinks to a line and its results take the page's width.
  const compact = step.at !== "idle";
  return (
    <div className="mx-auto max-w-6xl space-y-5 pb-10">
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Panel title={t("importTitle")} description={t("importHint", { rows: IMPORT_MAX_ROWS })}>
          <div
            onDragOver={(e) => {
              e.preventDefault();
              if (!busy) setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              if (!busy) void choose(e.dataTransfer.files[0]);
            }}
            className={clsx(
              "flex items-center rounded-xl border-2 border-dashed text-center transition-colors",
              compact ? "flex-row flex-wrap justify-center gap-3 px-4 py-3" : "flex-col px-6 py-8",
              dragging ? "border-accent-600 bg-accent-50" : "border-stone-300",
            )}
          >
            <FileUp aria-hidden="true" className={clsx("text-stone-400", compact ? "size-5" : "size-7")} />
            <p className={clsx("text-sm text-stone-700", !compact && "mt-2")}>
              {compact ? t("dropAnother") : t("drop")}
            </p>
            <label
              className={clsx(
                !compact && "mt-2",
                "inline-flex h-9 cursor-pointer items-center rounded-lg border border-stone-300 bg-white px-3.5 text-sm font-semibold text-stone-900 hover:border-stone-400 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent-700/40",
                busy && "pointer-events-none opacity-50",
              )}
            >
              {t("choose")}
              <input
                ref={inputRef}
                type="file"
                accept=".csv,text/csv,text/plain"
                disabled={busy}
                className="sr-only"
                onChange={(e) => {
                  void choose(e.target.files?.[0]);
                  e.target.value = "";
                }}
              />
            </label>
            {compact ? null : <p className="mt-3 text-xs text-stone-500">{t("nothingSaved")}</p>}
          </div>
          {step.at === "idle" && step.error ? (
            <p role="alert" className="mt-3 flex items-start gap-2 rounded-lg bg-out-bg px-3 py-2.5 text-sm text-out">
              <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              {step.error}
            </p>
          ) : null}
        </Panel>

        <ExportPanel compact={compact} />
      </div>

      {step.at === "sending" || step.at === "checking" || step.at === "applying" ? <Progress step={step} /> : null}
      {step.at === "preview" || step.at === "applying" ? (
        <PreviewView
          name={step.name}
          preview={step.preview}
          error={step.at === "preview" ? step.error : undefined}
          applying={step.at === "applying"}
          onApply={() => void apply(step.name, step.csv, step.preview)}
          onAnother={() => inputRef.current?.click()}
        />
      ) : null}
      {step.at === "done" ? (
        <Done name={step.name} applied={step.applied} onAnother={() => setStep({ at: "idle" })} />
      ) : null}
    </div>
  );
}

/** The export's two dialects (their words: studio.import.export.<format>). */
const EXPORTS = ["excel", "standard"] as const;

/** `compact` once a file is in, so its results get the room. */
function ExportPanel({ compact }: { compact: boolean }) {
  const t = useTranslations("studio.import.export");
  return (
    <Panel title={t("title")} description={compact ? undefined : t("hint")}>
      <div className={compact ? "flex flex-wrap gap-2" : "space-y-3"}>
        {EXPORTS.map((format) => (
          <a
            key={format}
            href={`/api/studio/export?format=${format}`}
            download
            title={compact ? t(`${format}.hint`) : undefined}
            className={clsx(
              "hover:border-stone-400 hover:bg-stone-50",
              compact
                ? "inline-flex h-9 items-center gap-2 rounded-lg border border-stone-300 px-3 text-sm font-medium text-stone-900"
                : "flex items-start gap-3 rounded-lg border border-stone-200 px-3.5 py-3",
            )}
          >
            <Download aria-hidden="true" className={clsx("size-4 shrink-0 text-stone-500", !compact && "mt-0.5")} />
            {compact ? (
              t(`${format}.short`)
            ) : (
              <span>
                <span className="block text-sm font-semibold text-stone-950">{t(`${format}.title`)}</span>
                <span className="block text-xs text-stone-500">{t(`${format}.hint`)}</span>
              </span>
            )}
          </a>
        ))}
        {compact ? null : <p className="text-xs leading-relaxed text-stone-500">{t("note")}</p>}
      </div>
    </Panel>
  );
}

function Progress({ step }: { step: Extract<Step, { at: "sending" | "checking" | "applying" }> }) {
  const t = useTranslations("studio.import.progress");
  const percent =
    step.at === "sending" && step.total > 0 ? Math.min(100, Math.round((step.sent / step.total) * 100)) : null;
  const label =
    step.at === "sending"
      ? t("sending", { name: step.name })
      : step.at === "checking"
        ? t("checking", { name: step.name })
        : t("applying", { count: step.preview.changeCount });
  return (
    <div role="status" className="rounded-xl border border-stone-200 bg-white px-5 py-4">
      <p className="flex items-center gap-2 text-sm font-medium text-stone-900">
        <Loader2 aria-hidden="true" className="size-4 animate-spin text-stone-500" />
        {label}
        {percent !== null ? (
          <span className="ml-auto text-stone-500 tabular-nums">{t("percent", { percent })}</span>
        ) : null}
      </p>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        className="mt-3 h-1.5 overflow-hidden rounded-full bg-stone-100"
      >
        <div
          className={clsx("h-full rounded-full bg-stone-900", percent === null && "w-1/3 animate-pulse")}
          style={percent !== null ? { width: `${percent}%` } : undefined}
        />
      </div>
    </div>
  );
}

function PreviewView({
  name,
  preview,
  error,
  applying,
  onApply,
  onAnother,
}: {
  name: string;
  preview: Preview;
  error?: string;
  applying: boolean;
  onApply: () => void;
  onAnother: () => void;
}) {
  const t = useTranslations("studio.import.preview");
  const blocked = preview.errorCount > 0;
  const nothing = !blocked && preview.changeCount === 0;
  const changed = !preview.variants ? "products" : !preview.products ? "variants" : "both";
  return (
    <section aria-label={t("region")} className="space-y-5">
      <div
        className={clsx(
          "rounded-xl border px-5 py-4",
          blocked ? "border-out/30 bg-out-bg" : nothing ? "border-stone-200 bg-white" : "border-ok/30 bg-ok-bg",
        )}
      >
        <h2 className="flex items-center gap-2 text-base font-semibold text-stone-950">
          {blocked ? (
            <CircleAlert aria-hidden="true" className="size-5 text-out" />
          ) : (
            <CircleCheck aria-hidden="true" className="size-5 text-ok" />
          )}
          {blocked
            ? t("blocked", { count: preview.errorCount })
            : nothing
              ? t("nothing")
              : t("ready", { count: preview.changeCount, rows: preview.products + preview.variants })}
        </h2>
        <p className="mt-1 text-sm text-stone-700">
          {t("file", {
            name,
            rows: preview.rows,
            separator: preview.separator,
            decimal: preview.decimal === "," ? "comma" : preview.decimal ? "point" : "none",
          })}{" "}
          {blocked
            ? t("blockedHint")
            : nothing
              ? t("nothingHint")
              : t(`readyHint.${changed}`, { products: preview.products, variants: preview.variants })}
        </p>
        {preview.notes.length ? (
          <ul className="mt-2 list-disc pl-5 text-sm text-stone-700">
            {preview.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
        {error ? (
          <p role="alert" className="mt-3 rounded-lg bg-white px-3 py-2.5 text-sm font-medium text-out">
            {error}
          </p>
        ) : null}
        <div className="mt-4 flex flex-wrap gap-2">
          {!blocked && !nothing ? (
            <button
              type="button"
              onClick={onApply}
              disabled={applying}
              className="inline-flex h-9 items-center gap-2 rounded-lg bg-stone-950 px-3.5 text-sm font-semibold text-white hover:bg-stone-800 disabled:cursor-wait disabled:opacity-70"
            >
              {applying ? <Loader2 aria-hidden="true" className="size-4 animate-spin" /> : null}
              {applying ? t("applying") : t("apply", { count: preview.changeCount })}
            </button>
          ) : null}
          <button
            type="button"
            onClick={onAnother}
            disabled={applying}
            className="inline-flex h-9 items-center rounded-lg border border-stone-300 bg-white px-3.5 text-sm font-medium text-stone-900 hover:border-stone-400"
          >
            {blocked ? t("chooseFixed") : t("chooseAnother")}
          </button>
        </div>
      </div>

      {preview.errorCount ? (
        <RowTable
          title={t("problems")}
          caption={t("problemsCaption", { count: preview.errorCount })}
          more={preview.errorCount - preview.errors.length}
          rows={preview.errors}
          columns={[t("column.row"), t("column.column"), t("column.problem")]}
          cells={(p) => [String(p.row), p.column ?? "—", p.message]}
          tone="out"
        />
      ) : null}
      {preview.changeCount ? (
        <RowTable
          title={t("changes")}
          caption={t("changesCaption", { count: preview.changeCount })}
          more={preview.changeCount - preview.changes.length}
          rows={preview.changes}
          columns={[t("column.row"), t("column.column"), t("column.key"), t("column.now"), t("column.after")]}
          cells={(c) => [String(c.row), c.column, c.key, c.before || "—", c.after || "—"]}
        />
      ) : null}
    </section>
  );
}

const ROW = 36;

/** A long list of rows (up to 20,000) in a scrolling table: only those in view are in the page. */
function RowTable<T>({
  title,
  caption,
  more,
  rows,
  columns,
  cells,
  tone,
}: {
  title: string;
  caption: string;
  more: number;
  rows: T[];
  columns: string[];
  cells: (row: T) => string[];
  tone?: "out";
}) {
  const t = useTranslations("studio.import.preview");
  const scrollRef = useRef<HTMLDivElement>(null);
  // No React Compiler in this app: the virtualizer re-renders this component itself as it scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW,
    overscan: 10,
  });
  const widths = columns.length === 3 ? ["w-16", "w-28", "flex-1"] : ["w-16", "w-28", "w-56", "flex-1", "flex-1"];
  return (
    <Panel title={title} description={more > 0 ? t("firstListed", { caption, count: rows.length }) : caption}>
      <div ref={scrollRef} className="-mx-5 -my-4 max-h-[28rem] overflow-auto">
        <table aria-label={title} aria-rowcount={rows.length + 1} className="grid min-w-[40rem] text-sm">
          <thead className="sticky top-0 z-10 grid border-b border-stone-200 bg-stone-50">
            <tr className="flex">
              {columns.map((c, i) => (
                <th
                  key={c}
                  scope="col"
                  className={clsx(
                    widths[i],
                    "shrink-0 px-3 py-2 text-left text-xs font-medium tracking-wide text-stone-500 uppercase first:pl-5",
                  )}
                >
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="relative grid" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const values = cells(rows[item.index]!);
              return (
                <tr
                  key={item.key}
                  aria-rowindex={item.index + 2}
                  className="absolute inset-x-0 flex border-b border-stone-100"
                  style={{ height: ROW, transform: `translateY(${item.start}px)` }}
                >
                  {values.map((v, i) => (
                    <td
                      key={i}
                      title={v}
                      className={clsx(
                        widths[i],
                        "flex shrink-0 items-center truncate px-3 first:pl-5",
                        i === 0 && "font-mono text-xs text-stone-500 tabular-nums",
                        i === 1 && "font-mono text-xs text-stone-700",
                        i === 2 && columns.length > 3 && "font-mono text-xs",
                        tone === "out" && i === 2 && "text-out",
                        columns.length > 3 && i === 3 && "text-stone-500 line-through decoration-stone-300",
                        columns.length > 3 && i === 4 && "font-medium text-stone-950",
                      )}
                    >
                      <span className="truncate">{v}</span>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}

function Done({ name, applied, onAnother }: { name: string; applied: Applied; onAnother: () => void }) {
  const t = useTranslations("studio.import.done");
  return (
    <div role="status" className="rounded-xl border border-ok/30 bg-ok-bg px-5 py-4">
      <h2 className="flex items-center gap-2 text-base font-semibold text-stone-950">
        <CircleCheck aria-hidden="true" className="size-5 text-ok" />
        {t("title", { name })}
      </h2>
      <p className="mt-1 text-sm text-stone-700">
        {t("body", { changes: applied.changes, products: applied.products, variants: applied.variants })}
      </p>
      <div className="mt-4 flex gap-2">
        <Link
          href="/studio/catalog?sort=updated"
          className="inline-flex h-9 items-center rounded-lg bg-stone-950 px-3.5 text-sm font-semibold text-white hover:bg-stone-800"
        >
          {t("seeProducts")}
        </Link>
        <button
          type="button"
          onClick={onAnother}
          className="inline-flex h-9 items-center rounded-lg border border-stone-300 bg-white px-3.5 text-sm font-medium text-stone-900 hover:border-stone-400"
        >
          {t("another")}
        </button>
      </div>
    </div>
  );
}
