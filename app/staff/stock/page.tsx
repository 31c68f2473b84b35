import type { Metadata } from "next";
import { signOutAction } from "@/app/_lib/actions";
import { StaffShell } from "@/app/staff/_components/shell";
import { Stock } from "@/app/staff/stock/_components/stock";
import { staffAccess } from "../_lib/access";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Stock" };

export default async function StaffStockPage() {
  // The role is checked here, in the page, not only in a layout.
  const access = await staffAccess("/staff/stock");
  return (
    <StaffShell place={access} signOutAction={signOutAction} title="Stock">
      <Stock store={access.store} />
    </StaffShell>
  );
}
