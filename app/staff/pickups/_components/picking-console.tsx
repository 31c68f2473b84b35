"use client";

import { useTranslations } from "next-intl";
import { LiveIndicator } from "@/app/_components/live";
import { useLivePickupQueue } from "@/app/staff/_components/live";
import { Picking } from "./picking";
import { StaffShell, type StaffPlace } from "@/app/staff/_components/shell";

/** The console frame around one order being picked, live like the queue. */
export function PickingConsole({
  place,
  orderNumber,
  signOutAction,
}: {
  place: StaffPlace;
  orderNumber: string;
  signOutAction: () => Promise<void>;
}) {
  const status = useLivePickupQueue();
  const t = useTranslations("staff.meta");
  return (
    <StaffShell
      place={place}
      signOutAction={signOutAction}
      title={t("pickingHeading", { number: orderNumber })}
      barExtras={<LiveIndicator status={status} className="min-h-8 rounded-full bg-white px-3" />}
    >
      <Picking orderNumber={orderNumber} timeZone={place.store.timezone} />
    </StaffShell>
  );
}
