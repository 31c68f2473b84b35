import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { signOutAction } from "@/app/_lib/actions";
import { PickingConsole } from "@/app/staff/pickups/_components/picking-console";
import { staffAccess } from "../../_lib/access";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ number: string }> };

const ORDER_NUMBER = /^[A-Za-z]{2,4}-\d{1,10}$/;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { number } = await params;
  return { title: ORDER_NUMBER.test(number) ? `Pick ${number.toUpperCase()}` : "Pick" };
}

export default async function PickOrderPage({ params }: Props) {
  const { number } = await params;
  if (!ORDER_NUMBER.test(number)) notFound();
  const orderNumber = number.toUpperCase();
  // The role is checked here, in the page; the API checks the store again on every call.
  const access = await staffAccess(`/staff/pickups/${orderNumber}`);
  return <PickingConsole place={access} orderNumber={orderNumber} signOutAction={signOutAction} />;
}
