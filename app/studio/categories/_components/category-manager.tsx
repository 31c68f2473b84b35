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
import { useId, useState } from "react";
import { toast } from "sonner";
import type { RouterOutputs } from "@/app/_lib/types";
import { Panel, TextField } from "@/app/studio/_components/controls";
import { apiFailure } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { Button } from "@/ui/button";
import { MoveProductsDialog } from "./move-products";

export type StudioCategory = RouterOutputs["studio"]["categories"]["list"][number];

const failed = (err: unknown, what: string) => {
  const f = apiFailure(err);
  return f.answered ? f.message : `The studio could not be reached. ${what}`;
};

/**
 * Every category in the storefront menu's order: drag (or pick up with Space and move with the
 * arrow keys) to reorder, rename in place, create, and move a category's products into another.
 */
export function CategoryManager({ initial }: { initial: StudioCategory[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const listKey = trpc.studio.categories.list.queryKey();
  const list = useQuery({ ...trpc.studio.categories.list.queryOptions(), initialData: initial });
  const categories = list.data;
  const [moving, setMoving] = useState<StudioCategory | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: listKey });

  const reorder = useMutation(
    trpc.studio.categories.reorder.mutationOptions({
      onSuccess: () => toast.success("Menu order saved"),
      onError: (err) => {
        toast.error(failed(err, "The order was not saved."));
        void refresh();
      },
    }),
  );
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  // Read out by name and position: dnd-kit's own announcements would read the categories' ids.
  const nameOf = (id: UniqueIdentifier) => categories.find((c) => c.id === id)?.name ?? "The category";
  const positionOf = (id: UniqueIdentifier) => categories.findIndex((c) => c.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, position ${positionOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${nameOf(active.id)} is over position ${positionOf(over.id)}.` : undefined,
    onDragEnd: ({ active, over }) =>
      over ? `${nameOf(active.id)} dropped at position ${positionOf(over.id)}.` : `${nameOf(active.id)} dropped.`,
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled.`,
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
    <div className="mx-auto grid w-full max-w-5xl gap-6 lg:grid-cols-[1fr_18rem]">
      <Panel title={`${categories.length} categories`}>
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={dropped}
          accessibility={{
            announcements,
            screenReaderInstructions: {
              draggable:
                "To move a category, press Space or Enter, move it with the up and down arrow keys, and press Space or Enter again to drop it, or Escape to cancel.",
            },
          }}
        >
          <SortableContext items={categories.map((c) => c.id)} strategy={verticalListSortingStrategy}>
            <ol aria-label="Categories in menu order" className="-mx-5 -my-4 divide-y divide-stone-100">
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
  const trpc = useTRPC();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(category.name);
  const [error, setError] = useState<string | null>(null);
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: category.id });
  const rename = useMutation(
    trpc.studio.categories.update.mutationOptions({
      onSuccess: () => {
        setEditing(false);
        setError(null);
        toast.success(`Renamed to “${name.trim()}”`);
        onSaved();
      },
      onError: (err) => setError(failed(err, "The name was not saved.")),
    }),
  );
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition: transition }}
      className={clsx(
        "flex items-center gap-3 bg-white px-5 py-2.5",
        isDragging && "relative z-10 rounded-lg shadow-lg ring-1 ring-stone-200",
      )}
    >
      <button
        type="button"
        {...attributes}
        {...listeners}
        aria-label={`Move ${category.name}, position ${position}`}
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
            label={<span className="sr-only">New name for {category.name}</span>}
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
            Save
          </Button>
        </form>
      ) : (
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-medium text-stone-950">{category.name}</p>
          <p className="text-xs text-stone-500">
            /c/{category.slug} ·{" "}
            {category.productCount === 1 ? "1 product" : `${category.productCount.toLocaleString("en")} products`}
          </p>
        </div>
      )}
      {editing ? null : (
        <div className="flex shrink-0 items-center gap-1">
          <Button variant="ghost" size="sm" className="min-h-8 px-3" onClick={() => setEditing(true)}>
            Rename<span className="sr-only"> {category.name}</span>
          </Button>
          <Button
            variant="ghost"
            size="sm"
            className="min-h-8 px-3"
            disabled={category.productCount === 0}
            onClick={onMove}
          >
            Move products<span className="sr-only"> of {category.name}</span>
          </Button>
          <Link
            href={`/studio/catalog?category=${category.id}`}
            className="rounded-md px-3 py-1.5 text-sm text-stone-700 hover:bg-stone-100 focus-visible:ring-2 focus-visible:ring-accent-700/40 focus-visible:outline-none"
          >
            Products<span className="sr-only"> in {category.name}</span>
          </Link>
          <a
            href={`/c/${category.slug}`}
            target="_blank"
            rel="noreferrer"
            className="rounded-md p-2 text-stone-500 hover:bg-stone-100 hover:text-stone-800 focus-visible:ring-2 focus-visible:ring-accent-700/40 focus-visible:outline-none"
          >
            <ExternalLink aria-hidden="true" className="size-4" />
            <span className="sr-only">Open {category.name} in the shop (new tab)</span>
          </a>
        </div>
      )}
    </li>
  );
}

function NewCategory({ onCreated }: { onCreated: () => void }) {
  const trpc = useTRPC();
  const id = useId();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const create = useMutation(
    trpc.studio.categories.create.mutationOptions({
      onSuccess: (made) => {
        toast.success(`“${made.name}” added at the end of the menu`);
        setName("");
        setError(null);
        onCreated();
      },
      onError: (err) => setError(failed(err, "The category was not created.")),
    }),
  );
  return (
    <Panel title="New category">
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return setError("Give the category a name.");
          create.mutate({ name: name.trim() });
        }}
      >
        <TextField
          id={`${id}-name`}
          label="Name"
          value={name}
          maxLength={60}
          error={error}
          hint="Its address is made from the name and keeps working after a rename."
          onChange={(e) => setName(e.target.value)}
        />
        <Button type="submit" size="sm" className="min-h-9 w-full" pending={create.isPending}>
          <Plus aria-hidden="true" className="size-4" />
          Add category
        </Button>
      </form>
    </Panel>
  );
}
