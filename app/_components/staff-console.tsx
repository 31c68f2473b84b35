"use client";

import { LiveIndicator } from "./live";
import { useChime, useLivePickupQueue, SoundToggle } from "./staff-live";
import { StaffQueue } from "./staff-queue";
import { StaffTopBar } from "./staff-top-bar";

type Props = {
  store: { id: string; name: string; timezone: string };
  staffName: string;
  signOutAction: () => Promise<void>;
};

/** The click-and-collect console for one store: its bar (live status, sound) and its queue. */
export function StaffConsole({ store, staffName, signOutAction }: Props) {
  const status = useLivePickupQueue();
  const sound = useChime();
  return (
    <>
      <StaffTopBar storeName={store.name} staffName={staffName} signOutAction={signOutAction}>
        <LiveIndicator status={status} className="min-h-8 rounded-full bg-white px-3" />
        <SoundToggle on={sound.on} onToggle={sound.toggle} />
      </StaffTopBar>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-screen-2xl flex-1 px-4 py-5 focus:outline-none sm:px-6 lg:px-8 lg:py-6">
        <h1 className="sr-only">Click &amp; collect queue, {store.name}</h1>
        <StaffQueue timeZone={store.timezone} onNewOrders={sound.chime} />
      </main>
    </>
  );
}
