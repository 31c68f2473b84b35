"use client";

import { useTranslations } from "next-intl";
import { LiveIndicator } from "@/app/_components/live";
import { useChime, useLivePickupQueue, SoundToggle } from "@/app/staff/_components/live";
import { Queue } from "./queue";
import { StaffShell, type StaffPlace } from "@/app/staff/_components/shell";

type Props = { place: StaffPlace; signOutAction: () => Promise<void> };

/** The click-and-collect console for one store: its bar (live status, sound) and its queue. */
export function PickupConsole({ place, signOutAction }: Props) {
  const status = useLivePickupQueue();
  const sound = useChime();
  const t = useTranslations("staff.meta");
  return (
    <StaffShell
      place={place}
      signOutAction={signOutAction}
      title={t("queueHeading")}
      barExtras={
        <>
          <LiveIndicator status={status} className="min-h-8 rounded-full bg-white px-3" />
          <SoundToggle on={sound.on} onToggle={sound.toggle} />
        </>
      }
    >
      <Queue timeZone={place.store.timezone} onNewOrders={sound.chime} />
    </StaffShell>
  );
}
