import "server-only";
import { redirect } from "next/navigation";
import { auth } from "@/server/auth";
import { api } from "@/trpc/server";

type Who = { name: string; email: string };

export type StaffAccess =
  | (Who & { ok: true; store: { id: string; name: string; timezone: string } })
  | (Who & { ok: false; reason: "not-staff" | "no-store" });

/**
 * Who may use the console, for a page to check before it renders anything: signed-out people
 * sign in and come back to `path`; store staff (and admins assigned to a store) get their store;
 * everyone else gets a reason. The API checks the same again on every call.
 */
export async function staffAccess(path: `/staff${string}`): Promise<StaffAccess> {
  const session = await auth();
  if (!session?.user?.id) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  const { role, staffLocationId, name, email } = session.user;
  const who = { name: name || email || "Staff", email: email ?? "this account" };
  if (role !== "staff" && role !== "admin") return { ok: false, reason: "not-staff", ...who };
  // Admins without a store, and staff whose store is gone, have no queue to work (yet).
  const store = staffLocationId ? (await api.locations.list()).find((l) => l.id === staffLocationId) : undefined;
  if (!store) return { ok: false, reason: "no-store", ...who };
  return { ok: true, ...who, store: { id: store.id, name: store.name, timezone: store.timezone } };
}
