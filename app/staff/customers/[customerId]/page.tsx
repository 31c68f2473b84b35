import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { signOutAction } from "@/app/_lib/actions";
import { CustomerView } from "@/app/staff/customers/_components/customer-view";
import { StaffShell } from "@/app/staff/_components/shell";
import { staffAccess } from "../../_lib/access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.meta"))("customer") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function StaffCustomerPage({ params }: { params: Promise<{ customerId: string }> }) {
  const { customerId } = await params;
  const access = await staffAccess(`/staff/customers/${encodeURIComponent(customerId)}`);
  if (!UUID.test(customerId)) notFound();
  const t = await getTranslations("staff.meta");
  return (
    <StaffShell place={access} signOutAction={signOutAction} title={t("customer")}>
      <CustomerView customerId={customerId} timeZone={access.store.timezone} />
    </StaffShell>
  );
}
