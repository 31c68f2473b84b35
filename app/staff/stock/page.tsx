import type { Metadata } from "next";
import { signOutAction } from "@/app/(shop)/_lib/actions";
import { StaffRefused, StaffShell } from "@/app/_components/staff-shell";
import { StaffStock } from "@/app/_components/staff-stock";
import { staffAccess } from "../_lib/access";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Stock" };

export default async function StaffStockPage() {
  // The role is checked here, in the page, not only in a layout.
  const access = await staffAccess("/staff/stock");
  if (!access.ok) return <StaffRefused reason={access.reason} name={access.name} email={access.email} signOutAction={signOutAction} />;
  return (
    <StaffShell place={access} signOutAction={signOutAction} title="Stock">
      <StaffStock store={access.store} />
    </StaffShell>
  );
}
