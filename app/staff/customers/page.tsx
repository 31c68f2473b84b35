import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/_lib/actions";
import { CustomerSearch } from "@/app/staff/_components/customer-search";
import { StaffShell } from "@/app/staff/_components/shell";
import { staffAccess } from "../_lib/access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.meta"))("customers") };
}

export default async function StaffCustomersPage() {
  // The role is checked here, in the page, not only in a layout.
  const access = await staffAccess("/staff/customers");
  const t = await getTranslations("staff.customers");
  return (
    <StaffShell place={access} signOutAction={signOutAction} title={t("title")}>
      <div className="mx-auto max-w-3xl">
        <h2 className="text-2xl font-semibold tracking-tight text-stone-950">{t("heading")}</h2>
        <p className="mt-1 text-stone-600">{t("intro")}</p>
        <div className="mt-5">
          <CustomerSearch mode="link" />
        </div>
      </div>
    </StaffShell>
  );
}
