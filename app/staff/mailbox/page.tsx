import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/_lib/actions";
import { Mailbox } from "@/app/staff/mailbox/_components/mailbox";
import { StaffShell } from "@/app/staff/_components/shell";
import { env } from "@/env";
import { staffAccess } from "../_lib/access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.meta"))("mailbox") };
}

/**
 * What the store's customers were told (order ready, items missing, cancelled), from the outbox.
 * Store staff and admins only, and only their store's orders: customers' mail is never public.
 */
export default async function MailboxPage() {
  const access = await staffAccess("/staff/mailbox");
  const t = await getTranslations("staff.meta");
  return (
    <StaffShell place={access} signOutAction={signOutAction} title={t("mailbox")}>
      <Mailbox timeZone={access.store.timezone} devMailbox={env.MAIL_TRANSPORT === "dev-mailbox"} />
    </StaffShell>
  );
}
