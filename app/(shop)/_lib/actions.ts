"use server";

import { cookies } from "next/headers";
import { GUEST_COOKIE } from "@/server/api/shopper";
import { signOut } from "@/server/auth";

/**
 * The one server action: signing out from the header menu or the account page. The browser
 * starts again as a new guest, so the next person at a shared computer sees none of this one's
 * guest cart, history or orders.
 */
export async function signOutAction() {
  (await cookies()).delete(GUEST_COOKIE);
  await signOut({ redirectTo: "/" });
}
