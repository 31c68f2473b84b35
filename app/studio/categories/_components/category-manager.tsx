"use client";

import {
  closestCenter,
  DndContext,
  type Announcements,
  type UniqueIdentifier,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { clsx } from "clsx";
import { ExternalLink, GripVertical, Plus } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";
import type { RouterOutputs } from "@/app/_lib/types";
import { Panel, TextField } from "@/app/studio/_components/controls";
import { apiFailure } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { Button } from "@/ui/button";
import { MoveProductsDialog } from "./move-products";

export type StudioCategory = RouterOutputs["studio"]["categories"]["list"][number];

/** The server's words when it answered; ours (`unreachable`, which says what did not happen) otherwise. */
const failed = (err: unknown, unreachable: string) => {
  const f = apiFailure(err);
  return f.answered ? f.message : unreachable;
};

/**
 * Every category in the storefront menu's order: drag (or pick up with Space and move with the
 * arrow keys) to reorder, rename in place, create, and move a category's products into another.
 */
export function CategoryManager({ initial }: { initial: StudioCategory[] }) {
  const t = useTranslations("studio.categories");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const listKey = trpc.studio.categories.list.queryKey();
  const list = useQuery({ ...trpc.studio.categories.list.queryOptions(), initialData: initial });
  const categories = list.data;
  const [moving, setMoving] = useState<StudioCategory | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: listKey });

  const reorder = useMutation(
    trpc.studio.categories.reorder.mutationOptions({
      onSuccess: () => toast.success(t("orderSaved")),
      onError: (err) => {
        toast.error(failed(err, t("unreachable.order")));
        void refresh();
      },
    }),
  );
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  // Read out by name and position: dnd-kit's own announcements would read the categories' ids.
  const nameOf = (id: UniqueIdentifier) => categories.find((c) => c.id === id)?.name ?? t("theCategory");
  const positionOf = (id: UniqueIdentifier) => categories.findIndex((c) => c.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("drag.start", { name: nameOf(active.id), position: positionOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t("drag.over", { name: nameOf(active.id), position: positionOf(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t("drag.endAt", { name: nameOf(active.id), position: positionOf(over.id) })
        : t("drag.end", { name: nameOf(active.id) }),
    onDragCancel: ({ active }) => t("drag.cancel", { name: nameOf(active.id) }),
  };
  function dropped({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = categories.findIndex((c) => c.id === active.id);
    const to = categories.findIndex((c) => c.id === over.id);
    const next = arrayMove(categories, from, to);
    // Shown at once; put back from the server if the save is refused.
    queryClient.setQueryData(listKey, next);
    reorder.mutate({ ids: next.map((c) => c.id) });
  }

  return (
    <div className="mx-auto grid w-full max-w-5xl gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <Panel title={t("count", { count: categories.length })}>
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={dropped}
          accessibility={{
            announcements,
            screenReaderInstructions: {
              draggable: t("drag.instructions"),
            },
          }}
        >
          <SortableContext items={categories.map((c) => c.id)} strategy={verticalListSortingStrategy}>
            <ol aria-label={t("inOrder")} className="-mx-5 -my-4 divide-y divide-stone-100">
              {categories.map((c, i) => (
                <CategoryRow key={c.id} category={c} position={i + 1} onMove={() => setMoving(c)} onSaved={refresh} />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      </Panel>
      <NewCategory onCreated={refresh} />
      <MoveProductsDialog
        key={moving?.id ?? "none"}
        from={moving}
        categories={categories}
        onClose={() => setMoving(null)}
        onMoved={() => {
          setMoving(null);
          void refresh();
        }}
      />
    </div>
  );
}

function CategoryRow({
  category,
  position,
  onMove,
  onSaved,
}: {
  category: StudioCategory;
  position: number;
  onMove: () => void;
  onSaved: () => void;
}) {
  const t = useTranslations("studio.categories");
  const trpc = useTRPC();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(category.name);
  const [error, setError] = useState<string | null>(null);
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: category.id });
  const shopPath = `/c/${category.slug}`;
  // Each button says which category it acts on, for screen readers only.
  const named = { name: category.name, hidden: (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span> };
  const words = {
    rename: t.rich("rename", named),
    moveProducts: t.rich("moveProducts", named),
    productsIn: t.rich("productsIn", named),
  };
  const rename = useMutation(
    trpc.studio.categories.update.mutationOptions({
      onSuccess: () => {
        setEditing(false);
        setError(null);
        toast.success(t("renamedToast", { name: name.trim() }));
        onSaved();
      },
      onError: (err) => setError(failed(err, t("unreachable.rename"))),
    }),
  );
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition: transition }}
      className={clsx(
        "flex flex-wrap items-center gap-x-3 gap-y-1 bg-white px-5 py-2.5",
        isDragging && "relative z-10 rounded-lg shadow-lg ring-1 ring-stone-200",
      )}
    >
      <button
        type="button"
        {...attributes}
        {...listeners}
        aria-label={t("handle", { name: category.name, position })}
        className="-ml-1 flex size-8 shrink-0 cursor-grab touch-none items-center justify-center rounded-md text-stone-400 hover:bg-stone-100 hover:text-stone-700 focus-visible:ring-2 focus-visible:ring-accent-700/40 focus-visible:outline-none active:cursor-grabbing"
      >
        <GripVertical aria-hidden="true" className="size-4" />
      </button>
      {editing ? (
        <form
          className="flex min-w-0 flex-1 items-start gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim() === category.name) return setEditing(false);
            rename.mutate({ id: category.id, name: name.trim() });
          }}
        >
          <TextField
            id={`${id}-name`}
            label={<span className="sr-only">{t("newName", { name: category.name })}</span>}
            value={name}
            maxLength={60}
            autoFocus
            error={error}
            className="min-w-0 flex-1"
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape") {
                setEditing(false);
                setName(category.name);
                setError(null);
              }
            }}
          />
          <Button type="submit" size="sm" className="mt-1 min-h-9 px-4" pending={rename.isPending}>
            {t("save")}
          </Button>
        </form>
      ) : (
        <div className="min-w-32 flex-1">
          <p className="truncate text-sm font-medium text-stone-950">{category.name}</p>
          <p className="text-xs text-stone-500">
            {shopPath} · {t("products", { count: category.productCount })}
          </p>
        </div>
      )}
      {editing ? null : (
        <div className="ml-auto flex shrink-0 items-center gap-1">
          <Button variant="ghost" size="sm" className="min-h-8 px-3" onClick={() => setEditing(true)}>
            {words.rename}
          </Button>
          <Button
            variant="ghost"
            size="sm"
            className="min-h-8 px-3"
            disabled={category.productCount === 0}
            onClick={onMove}
          >
            {words.moveProducts}
          </Button>
          <Link
            href={`/studio/catalog?category=${category.id}`}
            className="rounded-md px-3 py-1.5 text-sm text-stone-700 hover:bg-stone-100 focus-visible:ring-2 focus-visible:ring-accent-700/40 focus-visible:outline-none"
          >
            {words.productsIn}
          </Link>
          <a
            href={`/c/${category.slug}`}
            target="_blank"
            rel="noreferrer"
            className="rounded-md p-2 text-stone-500 hover:bg-stone-100 hover:text-stone-800 focus-visible:ring-2 focus-visible:ring-accent-700/40 focus-visible:outline-none"
          >
            <ExternalLink aria-hidden="true" className="size-4" />
            <span className="sr-only">{t("openInShop", { name: category.name })}</span>
          </a>
        </div>
      )}
    </li>
  );
}

function NewCategory({ onCreated }: { onCreated: () => void }) {
  const t = useTranslations("studio.categories.new");
  const trpc = useTRPC();
  const id = useId();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const create = useMutation(
    trpc.studio.categories.create.mutationOptions({
      onSuccess: (made) => {
        toast.success(t("addedToast", { name: made.name }));
        setName("");
        setError(null);
        onCreated();
      },
      onError: (err) => setError(failed(err, t("unreachable"))),
    }),
  );
  return (
    <Panel title={t("title")}>
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return setError(t("needName"));
          create.mutate({ name: name.trim() });
        }}
      >
        <TextField
          id={`${id}-name`}
          label={t("name")}
          value={name}
          maxLength={60}
          error={error}
          hint={t("hint")}
          onChange={(e) => setName(e.target.value)}
        />
        <Button type="submit" size="sm" className="min-h-9 w-full" pending={create.isPending}>
          <Plus aria-hidden="true" className="size-4" />
          {t("add")}
        </Button>
      </form>
    </Panel>
  );
}
