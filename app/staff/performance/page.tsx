import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/_lib/actions";
import { StaffShell } from "@/app/staff/_components/shell";
import { PickupPerformance } from "@/app/staff/performance/_components/pickup-performance";
import { staffAccess } from "../_lib/access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.meta"))("performance") };
}

export default async function StaffPerformancePage() {
  // The role is checked here, in the page, not only in a layout.
  const access = await staffAccess("/staff/performance");
  const t = await getTranslations("staff.meta");
  return (
    <StaffShell place={access} signOutAction={signOutAction} title={t("performance")}>
      <PickupPerformance store={access.store} />
    </StaffShell>
  );
}
