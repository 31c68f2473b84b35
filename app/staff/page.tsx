import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/_lib/actions";
import { PickupConsole } from "@/app/staff/pickups/_components/console";
import { staffAccess } from "./_lib/access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.meta"))("pickupQueue") };
}

export default async function StaffPage() {
  // The role is checked here, in the page, not only in a layout.
  const place = await staffAccess("/staff");
  return <PickupConsole place={place} signOutAction={signOutAction} />;
}
