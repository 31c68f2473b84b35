import type { Metadata } from "next";
import { signOutAction } from "@/app/_lib/actions";
import { Mailbox } from "@/app/staff/mailbox/_components/mailbox";
import { StaffShell } from "@/app/staff/_components/shell";
import { env } from "@/env";
import { staffAccess } from "../_lib/access";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Mailbox" };

/**
 * What the store's customers were told (order ready, items missing, cancelled), from the outbox.
 * Store staff and admins only, and only their store's orders: customers' mail is never public.
 */
export default async function MailboxPage() {
  const access = await staffAccess("/staff/mailbox");
  return (
    <StaffShell place={access} signOutAction={signOutAction} title="Mailbox">
      <Mailbox timeZone={access.store.timezone} devMailbox={env.MAIL_TRANSPORT === "dev-mailbox"} />
    </StaffShell>
  );
}
