"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/ui/button";

/** In place of a dialog's form when its order left the queue meanwhile (another till acted on it). */
export function GoneNotice({ orderNumber, onClose }: { orderNumber: string; onClose: () => void }) {
  const ok = useRef<HTMLButtonElement>(null);
  // It replaces the form under the staff member's fingers: focus moves with it.
  useEffect(() => ok.current?.focus(), []);
  return (
    <div>
      <p role="alert" className="rounded-2xl bg-stone-100 px-4 py-3 text-base text-stone-800">
        {orderNumber} is no longer in the queue: it was collected or cancelled on another device.
      </p>
      <div className="mt-6 flex justify-end">
        <Button ref={ok} size="lg" onClick={onClose}>
          OK
        </Button>
      </div>
    </div>
  );
}
