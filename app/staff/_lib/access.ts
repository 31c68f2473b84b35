import "server-only";
import { redirect } from "next/navigation";
import { auth } from "@/server/auth";
import type { ConsoleStore } from "@/server/domain/staff/console-store";
import { api } from "@/trpc/server";

type Who = { name: string; email: string };

export type StaffAccess =
  | (Who & { ok: true; store: ConsoleStore; stores: ConsoleStore[]; canSwitchStore: boolean })
  | (Who & { ok: false; reason: "not-staff" | "no-store" });

/**
 * Who may use the console, for a page to check before it renders anything: signed-out people
 * sign in and come back to `path`; store staff get their store, admins the one they chose;
 * everyone else gets a reason. The API checks the same again on every call.
 */
export async function staffAccess(path: `/staff${string}`): Promise<StaffAccess> {
  const session = await auth();
  if (!session?.user?.id) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  const { role, staffLocationId, name, email } = session.user;
  const who = { name: name || email || "Staff", email: email ?? "this account" };
  if (role !== "staff" && role !== "admin") return { ok: false, reason: "not-staff", ...who };
  // Staff whose store is gone (or who have none) have no queue to work; admins work for the
  // store they switched to.
  if (role === "staff" && !staffLocationId) return { ok: false, reason: "no-store", ...who };
  const place = await api.staff.whereAmI().catch(() => null);
  if (!place) return { ok: false, reason: "no-store", ...who };
  return { ok: true, ...who, ...place };
}
