import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { isOrderNumber } from "@/lib/order-number";
import { signOutAction } from "@/app/_lib/actions";
import { PickingConsole } from "@/app/staff/pickups/_components/picking-console";
import { staffAccess } from "../../_lib/access";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { number } = await params;
  const t = await getTranslations("staff.meta");
  return { title: isOrderNumber(number) ? t("pickOrder", { number: number.toUpperCase() }) : t("pick") };
}

export default async function PickOrderPage({ params }: Props) {
  const { number } = await params;
  if (!isOrderNumber(number)) notFound();
  const orderNumber = number.toUpperCase();
  // The role is checked here, in the page; the API checks the store again on every call.
  const access = await staffAccess(`/staff/pickups/${orderNumber}`);
  return <PickingConsole place={access} orderNumber={orderNumber} signOutAction={signOutAction} />;
}
