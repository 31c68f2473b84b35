"use server";

import { signOut } from "@/server/auth";

/** The one server action: signing out from the header menu or the account page. */
export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
