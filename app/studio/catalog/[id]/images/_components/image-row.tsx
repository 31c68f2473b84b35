"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useMutation } from "@tanstack/react-query";
import { clsx } from "clsx";
import { GripVertical, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import type { RouterOutputs } from "@/app/_lib/types";
import { apiFailure } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { Button } from "@/ui/button";
import { Dialog } from "@/ui/dialog";
import { ImageFields, type ImageText } from "./image-fields";
import { thumbnailOf } from "./upload-zone";

export type StudioImage = RouterOutputs["studio"]["images"]["list"][number];

const textOf = (i: StudioImage): ImageText => ({ alt: i.alt, altEs: i.altEs, colour: i.colour });
const same = (a: ImageText, b: ImageText) => a.alt === b.alt && a.altEs === b.altEs && a.colour === b.colour;

/**
 * One image on the product: a handle to drag it (or, focused, Space then the arrow keys), its
 * alt text and colour with their own save, and remove after a confirmation.
 */
export function ImageRow({
  image,
  index,
  colours,
  onSaved,
  onRemoved,
}: {
  image: StudioImage;
  index: number;
  colours: string[];
  onSaved: (image: StudioImage) => void;
  onRemoved: () => void;
}) {
  const t = useTranslations("studio.editor.images.row");
  const trpc = useTRPC();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: image.id,
  });
  const [text, setText] = useState<ImageText>(() => textOf(image));
  const [saved, setSaved] = useState(image);
  if (saved !== image) {
    // The server's copy changed (another save, a reorder): keep what is being typed only if it differs.
    setSaved(image);
    if (same(text, textOf(saved))) setText(textOf(image));
  }
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const position = index + 1;
  const dirty = !same(text, textOf(image));

  const update = useMutation(
    trpc.studio.images.update.mutationOptions({
      onSuccess: (row) => {
        setError(null);
        onSaved(row);
        toast.success(t("savedToast", { position }));
      },
      onError: (err) => {
        const f = apiFailure(err);
        setError(f.answered ? f.message : t("unreachableSave"));
      },
    }),
  );
  const remove = useMutation(
    trpc.studio.images.remove.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        toast.success(t("removedToast"));
        onRemoved();
      },
      onError: (err) => {
        setConfirming(false);
        const f = apiFailure(err);
        setError(f.answered ? f.message : t("unreachableRemove"));
      },
    }),
  );

  const thumb = image.mediaHash && image.width ? thumbnailOf(image.mediaHash, image.width) : image.url;

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      aria-label={t("label", { position, alt: image.alt })}
      className={clsx(
        "flex gap-3 rounded-lg border bg-white p-3",
        isDragging ? "relative z-10 border-stone-400 shadow-lg" : "border-stone-200",
      )}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={t("move", { position })}
        className="flex w-7 shrink-0 cursor-grab touch-none items-center justify-center rounded-md text-stone-400 hover:bg-stone-100 hover:text-stone-700 focus-visible:ring-2 focus-visible:ring-accent-700/40 focus-visible:outline-none active:cursor-grabbing"
      >
        <GripVertical aria-hidden="true" className="size-4" />
      </button>
      <div className="relative h-25 w-20 shrink-0 overflow-hidden rounded-md bg-stone-100">
        {/* eslint-disable-next-line @next/next/no-img-element -- a small rendition made at upload, or the demo's file */}
        <img src={thumb} alt="" className="size-full object-cover" />
        <span className="absolute top-1 left-1 rounded bg-white/90 px-1.5 text-xs font-semibold text-stone-800 tabular-nums">
          {index + 1}
        </span>
      </div>
      <form
        className="min-w-0 flex-1"
        aria-label={t("details", { position })}
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ id: image.id, alt: text.alt, altEs: text.altEs, colour: text.colour });
        }}
      >
        <ImageFields idPrefix={image.id} text={text} colours={colours} position={position} onChange={setText} />
        <div className="mt-2 flex items-center justify-between gap-3">
          <p className="text-xs text-stone-500">
            {index === 0 ? `${t("cover")} ` : ""}
            {image.width ? `${image.width}×${image.height} px` : t("demo")}
          </p>
          <div className="flex items-center gap-2">
            {error ? (
              <p role="alert" className="text-sm text-out">
                {error}
              </p>
            ) : null}
            <Button
              variant="ghost"
              size="sm"
              className="min-h-9 rounded-lg px-2.5 text-out hover:bg-out-bg"
              onClick={() => setConfirming(true)}
            >
              <Trash2 aria-hidden="true" className="size-4" />
              {t("remove")}
            </Button>
            <Button
              type="submit"
              variant="primary"
              size="sm"
              className="min-h-9 rounded-lg px-3 disabled:cursor-not-allowed disabled:opacity-40"
              disabled={!dirty || !text.alt.trim()}
              pending={update.isPending}
            >
              {t("save")}
            </Button>
          </div>
        </div>
      </form>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t("confirmTitle", { position })}
        description={t("confirmDescription")}
      >
        <div className="mt-5 flex justify-end gap-2">
          <Button
            variant="secondary"
            size="sm"
            className="min-h-9 rounded-lg px-3"
            onClick={() => setConfirming(false)}
          >
            {t("keep")}
          </Button>
          <Button
            variant="danger"
            size="sm"
            className="min-h-9 rounded-lg px-3"
            pending={remove.isPending}
            onClick={() => remove.mutate({ id: image.id })}
            data-autofocus
          >
            {t("confirmRemove")}
          </Button>
        </div>
      </Dialog>
    </li>
  );
}
