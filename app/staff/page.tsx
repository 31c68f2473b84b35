import type { Metadata } from "next";
import { signOutAction } from "@/app/_lib/actions";
import { PickupConsole } from "@/app/staff/pickups/_components/console";
import { staffAccess } from "./_lib/access";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Pickup queue" };

export default async function StaffPage() {
  // The role is checked here, in the page, not only in a layout.
  const place = await staffAccess("/staff");
  return <PickupConsole place={place} signOutAction={signOutAction} />;
}
