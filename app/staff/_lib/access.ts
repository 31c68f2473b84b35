import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { auth } from "@/server/auth";
import type { ConsoleStore } from "@/server/domain/staff/console-store";
import { api } from "@/trpc/server";

type Who = { name: string; email: string };

export type StaffAccess = Who & { store: ConsoleStore; stores: ConsoleStore[]; canSwitchStore: boolean };

async function who() {
  const session = await auth();
  if (!session?.user?.id) return null;
  const { role, staffLocationId, name, email } = session.user;
  // Every account has an email today; the words are for one that somehow has neither.
  const fallback = name || email ? null : (await getTranslations("staff.access"))("someone");
  return { role, staffLocationId, name: name || email || fallback || "", email: email ?? "" };
}

/**
 * Who may use the console, for a page to check before it renders anything: signed-out people
 * sign in and come back to `path`; store staff get their store, admins the one they chose;
 * anyone else gets the console's 403 page (./forbidden.tsx says why). The API checks the same
 * again on every call.
 */
export async function staffAccess(path: `/staff${string}`): Promise<StaffAccess> {
  const person = await who();
  if (!person) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  const place =
    person.role === "staff" || person.role === "admin" ? await api.staff.whereAmI().catch(() => null) : null;
  if (!place) forbidden();
  return { name: person.name, email: person.email, ...place };
}

/** Why the signed-in person was refused the console, for the 403 page. */
export async function whyRefused(): Promise<(Who & { reason: "not-staff" | "no-store" }) | null> {
  const person = await who();
  if (!person) return null;
  // Staff with no store (or whose store is gone) have nothing to work.
  return {
    reason: person.role === "staff" || person.role === "admin" ? "no-store" : "not-staff",
    name: person.name,
    email: person.email,
  };
}
