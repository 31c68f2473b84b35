"use client";

import { useMutation } from "@tanstack/react-query";
import { clsx } from "clsx";
import { ImageUp, X } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { toast } from "sonner";
import { Panel } from "@/app/studio/_components/controls";
import { formatNumber } from "@/lib/format";
import { mediaUrl, renditionName, renditionWidths } from "@/lib/media";
import { MAX_UPLOAD_BYTES, MIN_IMAGE_SIDE } from "@/server/domain/studio/inputs-images";
import { apiFailure } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { Button, buttonClasses } from "@/ui/button";
import { ImageFields, type ImageText } from "./image-fields";
import { UploadFailed, uploadImage, type Uploaded } from "./upload";

type Pending = {
  key: string;
  name: string;
  progress: number;
  error: string | null;
  uploaded: Uploaded | null;
  text: ImageText;
};

const MB = 1024 * 1024;
let nextKey = 0;

/** The smallest WebP of an upload: enough for a thumbnail. */
export const thumbnailOf = (hash: string, width: number) =>
  mediaUrl(hash, renditionName(renditionWidths(width)[0]!, "webp"));

/**
 * Drop images here or choose them: each is uploaded with its progress shown (one at a time, so a
 * big batch does not stall the server), then waits for its alt text before it joins the product.
 */
export function UploadZone({
  productId,
  colours,
  onAdded,
}: {
  productId: string;
  colours: string[];
  onAdded: () => void;
}) {
  const t = useTranslations("studio.editor.images.upload");
  const locale = useLocale();
  const trpc = useTRPC();
  const inputId = useId();
  const [pending, setPending] = useState<Pending[]>([]);
  const [over, setOver] = useState(false);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const change = (key: string, patch: Partial<Pending>) =>
    setPending((all) => all.map((p) => (p.key === key ? { ...p, ...patch } : p)));

  function take(files: FileList | File[]) {
    for (const file of files) {
      const key = `upload-${nextKey++}`;
      const tooBig = file.size > MAX_UPLOAD_BYTES;
      setPending((all) => [
        ...all,
        {
          key,
          name: file.name,
          progress: 0,
          error: tooBig
            ? t("tooBig", {
                max: MAX_UPLOAD_BYTES / MB,
                size: formatNumber(file.size / MB, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
              })
            : null,
          uploaded: null,
          text: { alt: "", altEs: "", colour: null },
        },
      ]);
      if (tooBig) continue;
      queue.current = queue.current.then(() =>
        uploadImage(file, (progress) => change(key, { progress })).then(
          (uploaded) => change(key, { uploaded, progress: 1 }),
          (err: unknown) => change(key, { error: uploadProblem(err) }),
        ),
      );
    }
  }

  /** The server's own words when it gave some; otherwise ours. */
  function uploadProblem(err: unknown): string {
    if (!(err instanceof UploadFailed)) return t("failed");
    if (err.serverMessage) return err.serverMessage;
    return err.status === null ? t("unreachable") : t("failedStatus", { status: err.status });
  }

  const add = useMutation(trpc.studio.images.add.mutationOptions());
  async function attach(p: Pending) {
    if (!p.uploaded) return;
    try {
      await add.mutateAsync({
        productId,
        mediaHash: p.uploaded.hash,
        alt: p.text.alt,
        altEs: p.text.altEs,
        colour: p.text.colour,
      });
      setPending((all) => all.filter((x) => x.key !== p.key));
      toast.success(t("addedToast"));
      onAdded();
    } catch (err) {
      const f = apiFailure(err);
      change(p.key, { error: f.answered ? f.message : t("unreachableAdd") });
    }
  }

  return (
    <Panel title={t("title")} description={t("hint", { max: MAX_UPLOAD_BYTES / MB, side: MIN_IMAGE_SIDE })}>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          take(e.dataTransfer.files);
        }}
        className={clsx(
          "flex flex-col items-center justify-center gap-3 rounded-xl border-2 border-dashed px-6 py-8 text-center transition-colors",
          over ? "border-accent-700 bg-accent-50" : "border-stone-300 bg-stone-50",
        )}
      >
        <ImageUp aria-hidden="true" className="size-7 text-stone-400" />
        <p className="text-sm text-stone-700">{t("drop")}</p>
        <label
          htmlFor={inputId}
          className={buttonClasses({
            variant: "secondary",
            size: "sm",
            className: "min-h-9 cursor-pointer rounded-lg px-3 focus-within:ring-2 focus-within:ring-accent-700/40",
          })}
        >
          {t("choose")}
          <input
            id={inputId}
            type="file"
            multiple
            accept="image/jpeg,image/png,image/webp"
            className="sr-only"
            onChange={(e) => {
              if (e.target.files) take(e.target.files);
              e.target.value = "";
            }}
          />
        </label>
      </div>

      {pending.length ? (
        <ul className="mt-4 space-y-3" aria-label={t("new")}>
          {pending.map((p) => (
            <li key={p.key} className="flex gap-4 rounded-lg border border-stone-200 p-3">
              <div className="grid h-25 w-20 shrink-0 place-items-center overflow-hidden rounded-md bg-stone-100">
                {p.uploaded ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a rendition the server just made
                  <img src={thumbnailOf(p.uploaded.hash, p.uploaded.width)} alt="" className="size-full object-cover" />
                ) : null}
              </div>
              <div className="min-w-0 flex-1">
                <div className="flex items-start justify-between gap-2">
                  <p className="truncate text-sm font-medium text-stone-900">{p.name}</p>
                  <button
                    type="button"
                    onClick={() => setPending((all) => all.filter((x) => x.key !== p.key))}
                    aria-label={t("discard", { name: p.name })}
                    className="rounded p-1 text-stone-500 hover:bg-stone-100 hover:text-stone-900"
                  >
                    <X aria-hidden="true" className="size-4" />
                  </button>
                </div>
                {p.error ? (
                  <p role="alert" className="mt-1 text-sm text-out">
                    {p.error}
                  </p>
                ) : null}
                {!p.uploaded && !p.error ? (
                  <div className="mt-2">
                    <div
                      role="progressbar"
                      aria-label={t("uploading", { name: p.name })}
                      aria-valuemin={0}
                      aria-valuemax={100}
                      aria-valuenow={Math.round(p.progress * 100)}
                      className="h-1.5 overflow-hidden rounded-full bg-stone-200"
                    >
                      <div
                        className="h-full bg-stone-900 transition-[width]"
                        style={{ width: `${p.progress * 100}%` }}
                      />
                    </div>
                    <p className="mt-1 text-xs text-stone-500">
                      {p.progress < 1 ? t("progress", { percent: Math.round(p.progress * 100) }) : t("resizing")}
                    </p>
                  </div>
                ) : null}
                {p.uploaded ? (
                  <form
                    className="mt-2"
                    aria-label={t("details", { name: p.name })}
                    onSubmit={(e) => {
                      e.preventDefault();
                      void attach(p);
                    }}
                  >
                    <ImageFields
                      idPrefix={p.key}
                      text={p.text}
                      colours={colours}
                      onChange={(text) => change(p.key, { text, error: null })}
                    />
                    <div className="mt-3 flex justify-end">
                      <Button
                        type="submit"
                        variant="primary"
                        size="sm"
                        className="min-h-9 rounded-lg px-3 disabled:cursor-not-allowed disabled:opacity-40"
                        pending={add.isPending}
                        disabled={!p.text.alt.trim()}
                      >
                        {t("add")}
                      </Button>
                    </div>
                  </form>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </Panel>
  );
}
