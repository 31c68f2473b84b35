import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/_lib/actions";
import { StaffShell } from "@/app/staff/_components/shell";
import { Stock } from "@/app/staff/stock/_components/stock";
import { staffAccess } from "../_lib/access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.meta"))("stock") };
}

export default async function StaffStockPage() {
  // The role is checked here, in the page, not only in a layout.
  const access = await staffAccess("/staff/stock");
  const t = await getTranslations("staff.meta");
  return (
    <StaffShell place={access} signOutAction={signOutAction} title={t("stock")}>
      <Stock store={access.store} />
    </StaffShell>
  );
}
