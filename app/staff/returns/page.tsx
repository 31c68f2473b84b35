import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/_lib/actions";
import { Returns } from "@/app/staff/returns/_components/returns";
import { StaffShell } from "@/app/staff/_components/shell";
import { staffAccess } from "../_lib/access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.meta"))("returns") };
}

/** ?order=MAD-1042 opens that order, so a customer's page or a scanned receipt can link straight here. */
export default async function StaffReturnsPage({
  searchParams,
}: {
  searchParams: Promise<{ order?: string | string[] }>;
}) {
  const { order } = await searchParams;
  const orderNumber = typeof order === "string" ? order.trim().slice(0, 20) : "";
  // The role is checked here, in the page, not only in a layout.
  const access = await staffAccess(
    orderNumber ? `/staff/returns?order=${encodeURIComponent(orderNumber)}` : "/staff/returns",
  );
  const t = await getTranslations("staff.meta");
  return (
    <StaffShell place={access} signOutAction={signOutAction} title={t("returns")}>
      <Returns initialOrder={orderNumber} store={access.store} />
    </StaffShell>
  );
}
