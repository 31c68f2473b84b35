import type { Metadata } from "next";
import { signOutAction } from "@/app/(shop)/_lib/actions";
import { StaffAccessMessage } from "@/app/_components/staff-access";
import { StaffConsole } from "@/app/_components/staff-console";
import { StaffTopBar } from "@/app/_components/staff-top-bar";
import { staffAccess } from "./_lib/access";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Pickup queue" };

export default async function StaffPage() {
  // The role is checked here, in the page, not only in a layout.
  const access = await staffAccess("/staff");
  if (!access.ok) {
    return (
      <>
        <StaffTopBar storeName={null} staffName={access.name} signOutAction={signOutAction} />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          <StaffAccessMessage kind={access.reason} email={access.email} />
        </main>
      </>
    );
  }
  return <StaffConsole store={access.store} staffName={access.name} signOutAction={signOutAction} />;
}
