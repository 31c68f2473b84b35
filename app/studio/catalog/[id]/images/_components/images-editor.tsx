"use client";

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from "@dnd-kit/core";
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ImageOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Panel } from "@/app/studio/_components/controls";
import { apiFailure } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { FormAlert } from "@/ui/field";
import { Bones, LoadingStatus } from "@/ui/skeleton";
import { ImageRow, type StudioImage } from "./image-row";
import { UploadZone } from "./upload-zone";

/**
 * The product's images: uploads, then the gallery in its order. Dragging a handle (or Space and
 * the arrow keys on it) reorders; the new order is saved at once, in one transaction, and put back
 * on screen if the save fails.
 */
export function ImagesEditor({
  productId,
  colours,
  initial,
}: {
  productId: string;
  colours: string[];
  initial: StudioImage[];
}) {
  const t = useTranslations("studio.editor.images");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const listOptions = trpc.studio.images.list.queryOptions({ productId });
  const list = useQuery({ ...listOptions, initialData: initial });
  const images = list.data;
  const [order, setOrder] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = order ? order.flatMap((id) => images.filter((i) => i.id === id)) : images;

  const refresh = () => queryClient.invalidateQueries({ queryKey: listOptions.queryKey });
  const reorder = useMutation(
    trpc.studio.images.reorder.mutationOptions({
      onSuccess: (rows) => {
        queryClient.setQueryData(listOptions.queryKey, rows);
        setOrder(null);
        setError(null);
      },
      onError: (err) => {
        setOrder(null);
        const f = apiFailure(err);
        setError(f.answered ? f.message : t("unreachableOrder"));
        void refresh();
      },
    }),
  );

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const positionOf = (id: string | number) => shown.findIndex((i) => i.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("drag.start", { position: positionOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t("drag.over", { position: positionOf(active.id), target: positionOf(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t("drag.endAt", { target: positionOf(over.id) }) : t("drag.end", { position: positionOf(active.id) }),
    onDragCancel: ({ active }) => t("drag.cancel", { position: positionOf(active.id) }),
  };

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const ids = shown.map((i) => i.id);
    const next = arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
    setOrder(next);
    reorder.mutate({ productId, ids: next });
  }

  const onSaved = (row: StudioImage) =>
    queryClient.setQueryData(listOptions.queryKey, (rows) => rows?.map((r) => (r.id === row.id ? row : r)));

  return (
    <div className="mx-auto max-w-5xl space-y-5 pb-10">
      <UploadZone productId={productId} colours={colours} onAdded={() => void refresh()} />
      <Panel
        title={t("gallery")}
        description={t("galleryHint")}
        actions={
          <span role="status" className="text-xs text-stone-500">
            {reorder.isPending
              ? t("savingOrder")
              : list.isFetching
                ? t("refreshing")
                : t("count", { count: images.length })}
          </span>
        }
      >
        {error ? (
          <div className="mb-3">
            <FormAlert>{error}</FormAlert>
          </div>
        ) : null}
        {list.isPending ? (
          <div>
            <LoadingStatus label={t("loading")} />
            <Bones count={3} className="mb-3 h-28" />
          </div>
        ) : shown.length === 0 ? (
          <div className="flex flex-col items-center gap-2 py-10 text-center">
            <ImageOff aria-hidden="true" className="size-7 text-stone-300" />
            <p className="text-sm font-medium text-stone-800">{t("none")}</p>
            <p className="max-w-sm text-sm text-stone-500">{t("noneHint")}</p>
          </div>
        ) : (
          <DndContext
            sensors={sensors}
            collisionDetection={closestCenter}
            onDragEnd={onDragEnd}
            accessibility={{
              announcements,
              screenReaderInstructions: {
                draggable: t("drag.instructions"),
              },
            }}
          >
            <SortableContext items={shown.map((i) => i.id)} strategy={verticalListSortingStrategy}>
              <ol className="space-y-3" aria-label={t("inOrder")}>
                {shown.map((image, index) => (
                  <ImageRow
                    key={image.id}
                    image={image}
                    index={index}
                    colours={colours}
                    onSaved={onSaved}
                    onRemoved={() => void refresh()}
                  />
                ))}
              </ol>
            </SortableContext>
          </DndContext>
        )}
      </Panel>
    </div>
  );
}
