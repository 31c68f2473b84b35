import type { Metadata } from "next";
import { signOutAction } from "@/app/_lib/actions";
import { StaffShell } from "@/app/staff/_components/shell";
import { PickupPerformance } from "@/app/staff/performance/_components/pickup-performance";
import { staffAccess } from "../_lib/access";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Pickup performance" };

export default async function StaffPerformancePage() {
  // The role is checked here, in the page, not only in a layout.
  const access = await staffAccess("/staff/performance");
  return (
    <StaffShell place={access} signOutAction={signOutAction} title="Pickup performance">
      <PickupPerformance store={access.store} />
    </StaffShell>
  );
}
