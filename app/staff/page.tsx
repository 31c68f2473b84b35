import type { Metadata } from "next";
import { signOutAction } from "@/app/(shop)/_lib/actions";
import { StaffConsole } from "@/app/_components/staff-console";
import { StaffRefused } from "@/app/_components/staff-shell";
import { staffAccess } from "./_lib/access";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Pickup queue" };

export default async function StaffPage() {
  // The role is checked here, in the page, not only in a layout.
  const access = await staffAccess("/staff");
  if (!access.ok) return <StaffRefused reason={access.reason} name={access.name} email={access.email} signOutAction={signOutAction} />;
  return <StaffConsole place={access} signOutAction={signOutAction} />;
}
