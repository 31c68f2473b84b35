"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/ui/button";

/** In place of a dialog's form when its order left the queue meanwhile (another till acted on it). */
export function GoneNotice({ orderNumber, onClose }: { orderNumber: string; onClose: () => void }) {
  const t = useTranslations("staff.gone");
  const ok = useRef<HTMLButtonElement>(null);
  // It replaces the form under the staff member's fingers: focus moves with it.
  useEffect(() => ok.current?.focus(), []);
  return (
    <div>
      <p role="alert" className="rounded-2xl bg-stone-100 px-4 py-3 text-base text-stone-800">
        {t("body", { number: orderNumber })}
      </p>
      <div className="mt-6 flex justify-end">
        <Button ref={ok} size="lg" onClick={onClose}>
          {t("ok")}
        </Button>
      </div>
    </div>
  );
}
