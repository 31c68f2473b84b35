"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button } from "@/ui/button";
import { Spinner } from "@/ui/spinner";

/** Leaving the page (closing the tab, reloading) with unsaved edits asks first. */
export function useLeaveGuard(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
}

type Props = {
  dirty: boolean;
  saving: boolean;
  onDiscard: () => void;
  /** What is wrong with the save, in words, next to the buttons. */
  problem?: React.ReactNode;
  /** The form this bar submits. */
  form: string;
};

/** Sticks to the bottom of the editor while there is something to save, so Save is always in reach. */
export function SaveBar({ dirty, saving, onDiscard, problem, form }: Props) {
  const t = useTranslations("studio.editor.saveBar");
  return (
    <div className="sticky bottom-0 z-10 -mx-6 mt-6 border-t border-stone-200 bg-stone-50 px-6 py-3 xl:-mx-8 xl:px-8">
      <div className="flex flex-wrap items-center justify-end gap-3">
        <p role="status" className="mr-auto text-sm text-stone-600">
          {problem ? null : saving ? t("saving") : dirty ? t("unsaved") : t("saved")}
        </p>
        {problem ? <div className="mr-auto">{problem}</div> : null}
        <Button
          variant="ghost"
          size="sm"
          className="min-h-9 rounded-lg px-3 disabled:cursor-not-allowed disabled:opacity-40"
          onClick={onDiscard}
          disabled={!dirty || saving}
        >
          {t("discard")}
        </Button>
        <Button
          type="submit"
          form={form}
          size="sm"
          className="min-h-9 rounded-lg px-4 disabled:cursor-not-allowed disabled:opacity-40"
          disabled={!dirty || saving}
          pending={saving}
        >
          {saving ? <Spinner className="size-4" /> : null}
          {t("save")}
        </Button>
      </div>
    </div>
  );
}
