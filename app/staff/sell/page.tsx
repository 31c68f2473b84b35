import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/_lib/actions";
import { Sale } from "@/app/staff/sell/_components/sale";
import { StaffShell } from "@/app/staff/_components/shell";
import { staffAccess } from "../_lib/access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.meta"))("sell") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function StaffSellPage({
  searchParams,
}: {
  searchParams: Promise<{ customer?: string | string[]; from?: string | string[] }>;
}) {
  const params = await searchParams;
  const access = await staffAccess("/staff/sell");
  const customer = typeof params.customer === "string" && UUID.test(params.customer) ? params.customer : null;
  const t = await getTranslations("staff.meta");
  return (
    <StaffShell place={access} signOutAction={signOutAction} title={t("sellHeading")}>
      {/* A new key per customer: a fresh basket when staff come from another customer's page. */}
      <Sale
        key={customer ?? "walk-in"}
        storeName={access.store.name}
        initialCustomerId={customer}
        fromCart={customer !== null && params.from === "cart"}
      />
    </StaffShell>
  );
}
