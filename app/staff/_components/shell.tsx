import type { ConsoleStore } from "@/server/domain/staff/console-store";
import { AccessNotice } from "./access-notice";
import { TopBar } from "./top-bar";

export type StaffPlace = {
  name: string;
  email: string;
  store: ConsoleStore;
  stores: ConsoleStore[];
  canSwitchStore: boolean;
};

type Props = {
  place: StaffPlace;
  signOutAction: () => Promise<void>;
  /** The page's heading, for screen readers and the tab title's sake (sections show it visibly). */
  title: string;
  /** Controls for the bar (live status, sound). */
  barExtras?: React.ReactNode;
  children: React.ReactNode;
};

/** A console section: the dark bar with the store and sections, and the page below it. */
export function StaffShell({ place, signOutAction, title, barExtras, children }: Props) {
  return (
    <>
      <TopBar
        storeName={place.store.name}
        switchable={place.canSwitchStore ? { store: place.store, stores: place.stores } : null}
        staffName={place.name}
        signOutAction={signOutAction}
      >
        {barExtras}
      </TopBar>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-screen-2xl flex-1 px-4 py-5 focus:outline-none sm:px-6 lg:px-8 lg:py-6"
      >
        <h1 className="sr-only">
          {title}, {place.store.name}
        </h1>
        {children}
      </main>
    </>
  );
}

/** The console refused: who is signed in and why (the page answers 403). */
export function StaffRefused({
  reason,
  name,
  email,
  signOutAction,
}: {
  reason: "not-staff" | "no-store";
  name: string;
  email: string;
  signOutAction: () => Promise<void>;
}) {
  return (
    <>
      <TopBar storeName={null} staffName={name} signOutAction={signOutAction} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        <AccessNotice kind={reason} email={email} />
      </main>
    </>
  );
}
