import type { Metadata } from "next";
import { signOutAction } from "@/app/_lib/actions";
import { CustomerSearch } from "@/app/staff/_components/customer-search";
import { StaffShell } from "@/app/staff/_components/shell";
import { staffAccess } from "../_lib/access";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Customers" };

export default async function StaffCustomersPage() {
  // The role is checked here, in the page, not only in a layout.
  const access = await staffAccess("/staff/customers");
  return (
    <StaffShell place={access} signOutAction={signOutAction} title="Customers">
      <div className="mx-auto max-w-3xl">
        <h2 className="text-2xl font-semibold tracking-tight text-stone-950">Find a customer</h2>
        <p className="mt-1 text-stone-600">By name, email, phone or one of their order numbers.</p>
        <div className="mt-5">
          <CustomerSearch mode="link" />
        </div>
      </div>
    </StaffShell>
  );
}
